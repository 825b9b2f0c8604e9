import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { describeEdit, describeEditedValue, type ResultsAudit } from "../../workbook/audit/auditResults";
import { OUTPUT_SHEETS } from "../../workbook/port";
import type { PaneStrings } from "../strings/i18n";
import { CellLink, type SelectCell } from "./CellLink";
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
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/** The notice's body: how the cells are known, edits that cannot be named, inputs changed. */
function bodyText(strings: PaneStrings, audit: ResultsAudit): string {
  const named = audit.edited.length > 0 ? (audit.edited.some((e) => e.basis === "history") ? strings.handEditHistoryBody : strings.handEditBody) : "";
  const parts = [named, audit.editsUnattributed === true ? strings.handEditUnattributed : "", audit.inputsChanged ? strings.inputsChangedSinceRun : ""];
  return parts.filter((t) => t !== "").join(" ");
}

/**
 * The audit when the pane opens (SPEC §7, as `appraise verify`): "考评结果 has
 * 2 cells edited by hand", each cell a link that selects it, and whether the
 * inputs changed since the last run; or that Results were changed after the
 * last run wrote them in cells that cannot be named. Only cells proven edited
 * are named (audit/auditWorkbook.ts); nothing when no edit is found (Results
 * merely out of date are StaleNotice's).
 */
export function HandEditNotice({ lang, strings, audit, onSelectCell }: HandEditNoticeProps) {
  const styles = useStyles();
  const n = audit.edited.length;
  if (!audit.hasResults || (n === 0 && audit.editsUnattributed !== true)) return null;
  const sheet = OUTPUT_SHEETS.results.sheet;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{n > 0 ? strings.handEditTitle(sheet, n) : strings.handEditUnattributedTitle(sheet)}</MessageBarTitle>
        {bodyText(strings, audit)}
        {n > 0 && (
          <ul className={styles.list}>
            {audit.edited.slice(0, SHOWN).map((e) => (
              <li key={e.cell}>
                <CellLink address={e.cell} onSelectCell={onSelectCell} inline aria-label={describeEdit(e, lang)}>
                  <SheetAddress address={e.cell} />
                </CellLink>{" "}
                {describeEditedValue(e, lang)}
              </li>
            ))}
            {n > SHOWN && <li>…</li>}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
