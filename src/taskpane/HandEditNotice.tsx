import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../engine/types";
import { describeEdit, describeEditedValue, type ResultsAudit } from "../workbook/history/auditResults";
import { OUTPUT_SHEETS } from "../workbook/port";
import type { PaneStrings } from "./i18n";
import { SheetAddress } from "./SheetAddress";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Cells listed before "…": the count in the title tells the rest. */
const SHOWN = 20;

export interface HandEditNoticeProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly audit: ResultsAudit;
  readonly onSelectCell: (address: string) => void;
}

/**
 * The audit when the pane opens (SPEC §7, as `appraise verify`): "考评结果 has
 * 2 cells edited by hand", each cell a link that selects it, and whether the
 * inputs changed since the last run. Nothing when Results match.
 */
export function HandEditNotice({ lang, strings, audit, onSelectCell }: HandEditNoticeProps) {
  const styles = useStyles();
  if (!audit.hasResults || audit.edited.length === 0) return null;
  const sheet = OUTPUT_SHEETS.results.sheet;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.handEditTitle(sheet, audit.edited.length)}</MessageBarTitle>
        {strings.handEditBody}
        {audit.inputsChanged && ` ${strings.inputsChangedSinceRun}`}
        <ul className={styles.list}>
          {audit.edited.slice(0, SHOWN).map((e) => (
            <li key={e.cell}>
              <Link as="button" inline onClick={() => onSelectCell(e.cell)} aria-label={describeEdit(e, lang)}>
                <SheetAddress address={e.cell} />
              </Link>{" "}
              {describeEditedValue(e, lang)}
            </li>
          ))}
          {audit.edited.length > SHOWN && <li>…</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
