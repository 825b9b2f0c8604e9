/**
 * The input fingerprint of the last recorded run: the RunLog table's last
 * row, when the RunLog sheet is Appraise's. The task pane compares it with
 * the current inputs' fingerprint to tell whether Results are stale.
 */
import { refersTo, sameName } from "../ownership";
import { OUTPUT_SHEETS, OWNERSHIP_NAMES } from "../port";
import { RUNLOG_COLUMNS } from "../outputColumns";
import { officeRun, runBatch, type ExcelRunner } from "./excelRun";

const FINGERPRINT_COLUMN = RUNLOG_COLUMNS.findIndex((c) => c.en === "InputFingerprint");

/**
 * "sha256:…" of the last RunLog row, or null when there is no recorded run
 * (no RunLog table on an owned RunLog sheet, or an empty last row). One sync.
 */
export async function lastRunFingerprint(run: ExcelRunner = officeRun): Promise<string | null> {
  return runBatch(run, async (context) => {
    const { sheet, table: tableName } = OUTPUT_SHEETS.runlog;
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    table.load("worksheet/name");
    const last = table.getDataBodyRange().getLastRow();
    last.load("values");
    const owner = context.workbook.names.getItemOrNullObject(OWNERSHIP_NAMES.runlog);
    owner.load("formula");
    await context.sync();
    if (table.isNullObject || owner.isNullObject) return null;
    if (!sameName(table.worksheet.name, sheet) || !refersTo(owner.formula, sheet)) return null;
    const [row = []] = last.values;
    const value = row[FINGERPRINT_COLUMN];
    return typeof value === "string" && value.startsWith("sha256:") ? value : null;
  });
}
