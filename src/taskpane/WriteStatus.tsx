import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";
import type { GradeResult, Lang } from "../engine/types";
import type { PaneStrings } from "./i18n";

const useStyles = makeStyles({
  written: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorStatusSuccessForeground1, flexShrink: 0, marginTop: "2px" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface WriteStatusProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly result: GradeResult;
  readonly written: boolean;
}

/**
 * What happened to the output sheets. A run blocked by OUTPUT_CONFLICT wrote
 * nothing at all, which the user must not miss: it is an error bar naming the
 * sheets, not a line in the list of warnings.
 */
export function WriteStatus({ lang, strings, result, written }: WriteStatusProps) {
  const styles = useStyles();
  if (!written) {
    const conflicts = result.diagnostics.filter((d) => d.code === "OUTPUT_CONFLICT");
    return (
      <MessageBar intent="error" layout="multiline" data-testid="output-conflict">
        <MessageBarBody>
          <MessageBarTitle>{strings.conflictTitle}</MessageBarTitle>
          {strings.conflictBody}
          {conflicts.length > 0 && (
            <ul className={styles.list}>
              {conflicts.map((d, i) => (
                <li key={i}>{d.message[lang]}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (result.resultsWithheld) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.withheldTitle}</MessageBarTitle>
          {strings.withheldBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.written}>
      <CheckmarkCircle16Filled className={styles.ok} aria-hidden />
      <Caption1>{strings.written}</Caption1>
    </div>
  );
}
