/**
 * Writes an output plan into an ExcelJS workbook: the Results and Warnings
 * sheets are rebuilt, the RunLog gets one row appended (and History its
 * block, when the run appends one), and each sheet is
 * recorded as Appraise's own. Cells are written first, then the table is
 * defined over them (ExcelJS cannot edit a loaded table in place).
 */
import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { OutCell, OutputKind, OutputPlan, OutputSheetPlan } from "../port";
import { patchExcelJs } from "./patchExcelJs";
import { markOwned } from "./ownership";
import { decodeRange, tableModels } from "./readTables";

/** ExcelJS table style of the output tables: light, with a visible header. */
const TABLE_STYLE = { theme: "TableStyleLight9", showRowStripes: false, showColumnStripes: false } as const;
const LINK_FONT = { color: { argb: "FF0563C1" }, underline: true } as const;

/**
 * Removes the sheet named `name` if present and adds an empty one in its place
 * (same tab position), with the header row frozen.
 */
function freshSheet(wb: Workbook, name: string): Worksheet {
  const old = wb.getWorksheet(name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

/**
 * Lays a table out on an empty sheet from A1: header row, data rows, formats,
 * fills, widths, links. Strings are set as string values, which ExcelJS writes
 * as shared strings: a unit named "=1+1" stays text, never a formula.
 */
function writeTable(ws: Worksheet, plan: OutputSheetPlan, rows: readonly (readonly CellValue[])[], fills: readonly (string | null)[]): void {
  const width = plan.headers.length;
  // Excel wants at least one data row under a table's header.
  const body = rows.length > 0 ? rows.map((r) => [...r]) : [Array<CellValue>(width).fill(null)];
  ws.addTable({
    name: plan.table,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: TABLE_STYLE,
    columns: plan.headers.map((name) => ({ name, filterButton: true })),
    rows: body,
  });
  plan.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (let r = 0; r < body.length; r++) {
    const row = ws.getRow(r + 2);
    const fill = fills[r] ?? null;
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      const format = plan.numberFormats[c];
      if (format) cell.numFmt = format;
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill}` } };
    }
  }
}

const toValue = (v: OutCell): CellValue => v;

function writeLinks(ws: Worksheet, plan: OutputSheetPlan): void {
  for (const link of plan.links) {
    const cell = ws.getCell(link.row + 2, link.col + 1);
    const text = cell.value === null || cell.value === undefined ? link.target : String(cell.value);
    cell.value = { text, hyperlink: `#${link.target}` };
    cell.font = LINK_FONT;
  }
}

function replaceSheet(wb: Workbook, plan: OutputSheetPlan): void {
  const ws = freshSheet(wb, plan.sheet);
  writeTable(
    ws,
    plan,
    plan.rows.map((r) => r.map(toValue)),
    plan.rowFills,
  );
  writeLinks(ws, plan);
}

/** The rows already in an appended-to table's sheet (RunLog, History; header excluded), values as stored. */
export function existingRunLog(ws: Worksheet, tableName: string): { headers: CellValue[]; rows: CellValue[][] } {
  const model = tableModels(ws).find((t) => t.name.toLowerCase() === tableName.toLowerCase()) ?? tableModels(ws)[0];
  const box = model?.tableRef !== undefined ? decodeRange(model.tableRef) : null;
  const top = box?.top ?? 1;
  const left = box?.left ?? 1;
  const bottom = box ? box.bottom - (model?.totalsRow ? 1 : 0) : ws.actualRowCount > 0 ? ws.rowCount : 0;
  const right = box?.right ?? Math.max(ws.columnCount, 1);
  const read = (r: number): CellValue[] => {
    const out: CellValue[] = [];
    for (let c = left; c <= right; c++) out.push(ws.findCell(r, c)?.value ?? null);
    return out;
  };
  if (bottom < top) return { headers: [], rows: [] };
  const rows: CellValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) rows.push(read(r));
  // A table's placeholder row (all blank) is not a run.
  return { headers: read(top), rows: rows.filter((row) => row.some((v) => v !== null && v !== "")) };
}

/**
 * Appends the plan's rows (the RunLog row, the History block) below the rows
 * already logged; never drops one. Headers follow the plan (the current
 * language); a column the plan does not know, kept from an older layout,
 * keeps its header.
 */
function appendRunLog(wb: Workbook, plan: OutputSheetPlan): void {
  const old = wb.getWorksheet(plan.sheet);
  const existing = old ? existingRunLog(old, plan.table) : { headers: [], rows: [] };
  const width = Math.max(plan.headers.length, existing.headers.length);
  const headers = Array.from({ length: width }, (_, c) => plan.headers[c] ?? String(existing.headers[c] ?? `Column${c + 1}`));
  const pad = (row: readonly CellValue[]): CellValue[] => Array.from({ length: width }, (_, c) => row[c] ?? null);
  const rows = [...existing.rows.map(pad), ...plan.rows.map((r) => pad(r.map(toValue)))];
  const ws = freshSheet(wb, plan.sheet);
  const layout: OutputSheetPlan = {
    ...plan,
    headers,
    numberFormats: Array.from({ length: width }, (_, c) => plan.numberFormats[c] ?? null),
    columnWidths: Array.from({ length: width }, (_, c) => plan.columnWidths[c] ?? 12),
  };
  writeTable(ws, layout, rows, []);
}

/**
 * Writes the plan into the workbook and records ownership. The caller has
 * checked that no output sheet is foreign.
 */
export function writePlan(wb: Workbook, plan: OutputPlan): void {
  patchExcelJs();
  const written: OutputKind[] = [];
  if (plan.results) {
    replaceSheet(wb, plan.results);
    written.push("results");
  }
  replaceSheet(wb, plan.warnings);
  // The History block too: the RunLog row's chain digest covers it (SPEC §6).
  if (plan.history) {
    appendRunLog(wb, plan.history);
    written.push("history");
  }
  appendRunLog(wb, plan.runLog);
  written.push("warnings", "runlog");
  for (const kind of written) markOwned(wb, kind);
}
