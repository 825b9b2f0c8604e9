/**
 * The pane's audit when it opens (SPEC §7, as `appraise verify` does it, by
 * the same audit: ../audit/auditWorkbook.ts): grades the inputs again and
 * reads the Results, the RunLog and the History as they stand. Writes
 * nothing. One sync after the read: the three tables' headers and bodies.
 */
import { grade } from "../../engine/grade";
import { auditWorkbook } from "../audit/auditWorkbook";
import { NO_TABLE, type LoggedTable } from "../audit/loggedTable";
import type { ResultsAudit, ResultsCells } from "../audit/auditResults";
import { OUTPUT_SHEETS, type OutputKind } from "../port";
import { runBatch, type ExcelRunner } from "./excelRun";
import type { WorkbookLayout } from "../layout";
import { readWorkbook } from "./readWorkbook";

interface TableRead {
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

function queueTable(context: Excel.RequestContext, kind: OutputKind): TableRead {
  const table = context.workbook.tables.getItem(OUTPUT_SHEETS[kind].table);
  const header = table.getHeaderRowRange();
  header.load("values, rowIndex, columnIndex");
  const body = table.getDataBodyRange();
  body.load("values");
  return { header, body };
}

const owned = (layout: WorkbookLayout, kind: OutputKind) => layout.outputs[kind].ownership === "owned" && layout.outputs[kind].tableRows !== null;

const logged = (t: TableRead | null): LoggedTable =>
  t === null ? NO_TABLE : { headers: t.header.values[0] ?? [], rows: t.body.values, firstRow: t.header.rowIndex + 2 };

function resultsCells(t: TableRead | null): ResultsCells | null {
  if (t === null) return null;
  const { header, body } = t;
  return {
    sheet: OUTPUT_SHEETS.results.sheet,
    headerRow: header.rowIndex + 1,
    firstColumn: header.columnIndex + 1,
    header: header.values[0] ?? [],
    rows: body.values,
  };
}

/** The owned Results, RunLog and History tables' cells, in one sync. */
async function readAuditedTables(run: ExcelRunner, layout: WorkbookLayout) {
  return runBatch(run, async (context) => {
    const read = (kind: OutputKind) => (owned(layout, kind) ? queueTable(context, kind) : null);
    const [results, runLog, history] = [read("results"), read("runlog"), read("history")];
    await context.sync();
    return { results: resultsCells(results), runLog: logged(runLog), history: logged(history) };
  });
}

/**
 * @example
 * const audit = await auditInExcel(Excel.run);
 * audit.edited.map((e) => e.cell) //=> ["考评结果!N5"]
 */
export async function auditInExcel(run: ExcelRunner): Promise<ResultsAudit> {
  const { snapshot, layout } = await readWorkbook(run);
  const tables = await readAuditedTables(run, layout);
  return auditWorkbook({ result: grade(snapshot.input), ...tables });
}
