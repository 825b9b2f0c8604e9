/** The page's language: 中文 / English, two buttons of which the current one is pressed, and what it decides. */
import { Caption1, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { LANG_NAMES, LANG_STRINGS } from "./langStrings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", justifyContent: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground2, maxWidth: "680px", textAlign: "end" },
});

const LANGS: readonly Lang[] = ["zh", "en"];

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly onChange: (lang: Lang) => void;
}

export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const strings = LANG_STRINGS[lang];
  return (
    <div className={styles.root}>
      <Caption1 className={styles.note} data-testid="copy-language">
        {strings.copyNote}
      </Caption1>
      <div role="group" aria-label={strings.group} className={styles.buttons}>
        {LANGS.map((l) => (
          <ToggleButton
            key={l}
            size="small"
            appearance={l === lang ? "primary" : "secondary"}
            checked={l === lang}
            lang={LANG_NAMES[l].tag}
            data-lang={l}
            onClick={() => onChange(l)}
          >
            {LANG_NAMES[l].name}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}
