/**
 * The page with its language: first the browser's, then the one chosen with
 * the switch (kept on <html lang> for screen readers and fonts). A run uses
 * the language of the moment it starts, as `appraise score --lang` does.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../engine/types";
import { LanguageSwitch } from "./LanguageSwitch";
import { LANG_NAMES } from "./langStrings";
import { WebApp } from "./WebApp";

const useStyles = makeStyles({
  header: { maxWidth: "960px", margin: "0 auto", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL} 0` },
});

export function WebRoot({ initial }: { readonly initial: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initial);
  useEffect(() => {
    document.documentElement.lang = LANG_NAMES[lang].tag;
  }, [lang]);
  return (
    <>
      <header className={styles.header}>
        <LanguageSwitch lang={lang} onChange={setLang} />
      </header>
      <WebApp lang={lang} />
    </>
  );
}
