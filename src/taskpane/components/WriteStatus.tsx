import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { GradeResult, Lang } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";

const useStyles = makeStyles({
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
 * sheets, not a line in the list of warnings. A run that wrote is told by
 * the Headline.
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
  return null;
}
