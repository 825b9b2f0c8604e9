/**
 * The pane's audit when it opens (SPEC §7, as `appraise verify` does it):
 * grades the inputs again and compares every cell of the Results table with
 * what they give, and the inputs' fingerprint with the last RunLog row.
 * Writes nothing. Two syncs after the read: Results' cells, the RunLog's
 * last row.
 */
import { grade } from "../../engine/grade";
import { editedCells, resultsLang, type ResultsAudit } from "../history/auditResults";
import { buildOutputPlan } from "../outputs";
import { OUTPUT_SHEETS } from "../port";
import { runBatch, type ExcelRunner } from "./excelRun";
import { lastRunFingerprint } from "./lastRunFingerprint";
import { readWorkbook } from "./readWorkbook";

/** The Results table's cells: header, body and where it starts. */
async function readResultsCells(run: ExcelRunner) {
  return runBatch(run, async (context) => {
    const table = context.workbook.tables.getItem(OUTPUT_SHEETS.results.table);
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex, columnIndex");
    const body = table.getDataBodyRange();
    body.load("values");
    await context.sync();
    return {
      sheet: OUTPUT_SHEETS.results.sheet,
      headerRow: header.rowIndex + 1,
      firstColumn: header.columnIndex + 1,
      header: header.values[0] ?? [],
      rows: body.values,
    };
  });
}

/**
 * @example
 * const audit = await auditInExcel(Excel.run);
 * audit.edited.map((e) => e.cell) //=> ["考评结果!N5"]
 */
export async function auditInExcel(run: ExcelRunner): Promise<ResultsAudit> {
  const { snapshot, layout } = await readWorkbook(run);
  const result = grade(snapshot.input);
  const last = await lastRunFingerprint(run);
  const base = { inputFingerprint: result.inputFingerprint, lastRunFingerprint: last, inputsChanged: last !== result.inputFingerprint };
  const owned = layout.outputs.results.ownership === "owned" && layout.outputs.results.tableRows !== null;
  if (!owned || result.resultsWithheld) return { ...base, hasResults: false, edited: [] };
  const cells = await readResultsCells(run);
  const plan = buildOutputPlan(result, { lang: resultsLang(cells.header), version: "", now: new Date(0) }).results;
  if (plan === null) return { ...base, hasResults: false, edited: [] };
  return { ...base, hasResults: true, edited: editedCells(plan, cells) };
}
