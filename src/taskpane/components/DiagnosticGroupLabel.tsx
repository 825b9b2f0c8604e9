import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CODE_TITLES } from "../../engine/codeTitles";
import type { DiagnosticGroup } from "../../engine/groupDiagnostics";
import type { Lang } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { SeverityIcon } from "./SeverityIcon";
import { useVisuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, textAlign: "start", paddingBlock: tokens.spacingVerticalXS },
  title: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  icon: { paddingTop: "2px" },
  cause: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface DiagnosticGroupLabelProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly group: DiagnosticGroup;
}

/**
 * A group's collapsed line, "90 × 缺少满意度评价" after its severity icon (and
 * the severity in words for screen readers), with its cause under it: the
 * message itself when every item says the same, else the kind's cause.
 */
export function DiagnosticGroupLabel({ lang, strings, group: g }: DiagnosticGroupLabelProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const first = g.items[0].message[lang];
  const cause = g.items.every((d) => d.message[lang] === first) ? first : CODE_TITLES[g.code].cause[lang];
  return (
    <span className={styles.label}>
      <span className={styles.title}>
        <span className={styles.icon}>
          <SeverityIcon severity={g.severity} />
        </span>
        <span>
          <span className={hidden.root}>
            {strings.severityOne[g.severity]}
            {strings.colon}
          </span>
          {strings.groupLine(g.items.length, CODE_TITLES[g.code].title[lang])}
        </span>
      </span>
      <Caption1 className={styles.cause}>{cause}</Caption1>
    </span>
  );
}
