/**
 * `appraise verify` in the page: choose a graded copy, the grading worker
 * audits it (xlsx/auditPackage.ts, the command line's audit) and the page
 * says whether it is as Appraise wrote it, in the command line's words, line
 * by line. A file that is not a workbook gets the command line's reason.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../engine/types";
import { FilePicker } from "./FilePicker";
import type { Verified } from "./verifyBytes";
import { WEB_STRINGS } from "./webStrings";
import { verifyInWorker } from "./workers";

const useStyles = makeStyles({
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

type Check =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly name: string; readonly verified: Verified }
  | { readonly kind: "failed"; readonly message: string };

function Answer({ lang, check }: { readonly lang: Lang; readonly check: Check }) {
  const styles = useStyles();
  const web = WEB_STRINGS[lang];
  if (check.kind === "idle") return null;
  if (check.kind === "running") return <Spinner size="tiny" label={web.verifying} />;
  if (check.kind === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{web.bug(check.message)}</MessageBarBody>
      </MessageBar>
    );
  const { name, verified } = check;
  if (!verified.ok)
    return (
      <MessageBar intent="error" data-testid="verify-refused">
        <MessageBarBody>{web.notWorkbook(name) + verified.reason[lang]}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent={verified.passes ? "success" : "warning"} layout="multiline" data-testid="verified" data-passes={String(verified.passes)}>
      <MessageBarBody>
        <MessageBarTitle>{verified.passes ? web.verifyPasses(name) : web.verifyFails(name)}</MessageBarTitle>
        <ul className={styles.lines}>
          {verified.lines[lang].map((line, i) => (
            <li key={i} data-testid="verify-line">
              {line.trim()}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function VerifySection({ lang, className }: { readonly lang: Lang; readonly className: string }) {
  const web = WEB_STRINGS[lang];
  const [check, setCheck] = useState<Check>({ kind: "idle" });
  const verify = async (file: File): Promise<void> => {
    setCheck({ kind: "running" });
    try {
      setCheck({ kind: "done", name: file.name, verified: await verifyInWorker(await file.arrayBuffer()) });
    } catch (e) {
      setCheck({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section className={className} aria-labelledby="verify-heading" data-testid="verify">
      <Subtitle2 as="h2" id="verify-heading">
        {web.verifyHeading}
      </Subtitle2>
      <Text>{web.verifyIntro}</Text>
      <div>
        <FilePicker
          label={web.verifyChoose}
          testId="verify-file"
          appearance="secondary"
          disabled={check.kind === "running"}
          onFile={(file) => void verify(file)}
        />
      </div>
      <Answer lang={lang} check={check} />
    </section>
  );
}
