import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { describeChange, type ChangesSinceLastRun } from "../../workbook/history/changes";
import type { PaneStrings } from "../strings/i18n";
import { localTime } from "../strings/localTime";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface ChangesNoticeProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly changes: ChangesSinceLastRun;
  readonly decimals: number;
}

/**
 * After a Recompute: the units whose composite, rank or tier changed since
 * the last History block ("区财政局 二等 → 一等，综合得分 948.50 → 951.00").
 * Nothing when nothing changed or there was no earlier block.
 */
export function ChangesNotice({ lang, strings, changes, decimals }: ChangesNoticeProps) {
  const styles = useStyles();
  if (changes.since === null || changes.changes.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.changesTitle(changes.changes.length)}</MessageBarTitle>
        {strings.changesSince(localTime(changes.since))}
        <ul className={styles.list}>
          {changes.changes.map((c) => (
            <li key={c.unit}>{describeChange(c, lang, decimals)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
