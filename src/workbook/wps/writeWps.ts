/**
 * The WPS adapter's write: the same plan the Office.js adapter writes
 * (../port.ts OutputPlan), through WPS's synchronous object model. Results
 * and Warnings are refilled in place when Appraise's table is on the sheet
 * (ListObject.Resize: never deleted, so formulas naming the table keep
 * working, SPEC §6), else created with their ownership name; the History
 * block and the RunLog row go right under their tables. Every string cell
 * is given the Text format ("@") before its value, so "=1+1", "001" or
 * "2016-11-25" stay text, as in the Office.js adapter (writePlan.ts).
 * Protected sheets are unprotected first and every written sheet protected
 * again last; a sheet protected with a password makes the run fail before
 * anything is written (Appraise does not ask for passwords).
 */
import { cellFormat, cellValue } from "../outputCell";
import { OWNERSHIP_NAMES, type OutputPlan, type OutputSheetPlan } from "../port";
import type { AppendState, OutputState, WorkbookLayout } from "../layout";
import { columnLetters, quoteSheet } from "../../engine/address";
import { get, type WpsWorkbook, type WpsWorksheet } from "./facade";
import { freezeHeaders } from "./freezeWps";
import { writePrintSheet } from "./printWps";
import { sheetNamed, viewOf } from "./readWps";

/** "A1:C3" from a 1-based top-left cell and a size. */
export const block = (row: number, col: number, rows: number, cols: number): string =>
  `${columnLetters(col)}${row}:${columnLetters(col + cols - 1)}${row + rows - 1}`;

function writeRows(ws: WpsWorksheet, plan: OutputSheetPlan, top: number, left: number, width = plan.headers.length): void {
  if (plan.rows.length === 0) return;
  const rows = plan.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const range = ws.Range(block(top, left, rows.length, width));
  range.NumberFormat = rows.map((r) => r.map((v, c) => cellFormat(v, plan.numberFormats[c] ?? null)));
  range.Value2 = rows.map((r) => r.map(cellValue));
}

function writeHeader(ws: WpsWorksheet, plan: OutputSheetPlan, top: number): void {
  const header = ws.Range(block(top, 1, 1, plan.headers.length));
  header.NumberFormat = [plan.headers.map(() => "@")];
  header.Value2 = [[...plan.headers]];
}

/** Widths, fills and links of a Results/Warnings sheet. */
function layOut(ws: WpsWorksheet, plan: OutputSheetPlan): void {
  plan.columnWidths.forEach((w, c) => (ws.Range(block(1, c + 1, 1, 1)).ColumnWidth = w));
  plan.rowFills.forEach((fill, r) => {
    if (fill !== null) ws.Range(block(r + 2, 1, 1, plan.headers.length)).Interior.Color = bgrOf(fill);
  });
  for (const link of plan.links) ws.Hyperlinks.Add(ws.Range(block(link.row + 2, link.col + 1, 1, 1)), "", link.target, link.target);
}

/** VBA's Color: RGB(r, g, b) = r + 256 g + 65536 b, from "RRGGBB". */
export function bgrOf(hex: string): number {
  const n = parseInt(hex, 16);
  return ((n >> 16) & 255) + (n & 0xff00) + ((n & 255) << 16);
}

function claim(wb: WpsWorkbook, ws: WpsWorksheet, kind: OutputSheetPlan["kind"], state: OutputState): void {
  if (state.ownership === "owned") return;
  if (state.ownerNameExists) wb.Names.Item(OWNERSHIP_NAMES[kind]).Delete();
  wb.Names.Add(OWNERSHIP_NAMES[kind], `=${quoteSheet(ws.Name)}!$A$1`);
}

function sheetFor(wb: WpsWorkbook, plan: OutputSheetPlan, exists: boolean): WpsWorksheet {
  const view = viewOf(wb);
  const found = sheetNamed(view, plan.sheet);
  if (exists && found !== undefined) return found;
  const ws = wb.Worksheets.Add(undefined, view.sheets[view.sheets.length - 1]);
  ws.Name = plan.sheet;
  return ws;
}

function checkNotForeign(plan: OutputSheetPlan, state: OutputState): void {
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
}

/** Results or Warnings: the owned table refilled and resized in place, or a new one. */
function replaceSheet(wb: WpsWorkbook, plan: OutputSheetPlan, state: OutputState): void {
  checkNotForeign(plan, state);
  const ws = sheetFor(wb, plan, state.sheetExists);
  const cols = plan.headers.length;
  const newRows = Math.max(1, plan.rows.length);
  const own = state.ownership === "owned" && state.tableRows !== null;
  for (const name of state.tablesOnSheet) if (!own || name.toLowerCase() !== plan.table.toLowerCase()) ws.ListObjects.Item(name).Delete();
  if (own) {
    const table = ws.ListObjects.Item(plan.table);
    const old = table.Range;
    ws.Range(block(2, 1, Math.max(state.tableRows ?? 0, newRows, get(old.Rows.Count) - 1), Math.max(cols, get(old.Columns.Count)))).Clear();
    table.Resize(ws.Range(block(1, 1, newRows + 1, cols)));
  } else {
    get(ws.UsedRange).Clear();
  }
  writeHeader(ws, plan, 1);
  writeRows(ws, plan, 2, 1);
  if (!own) ws.ListObjects.Add(1, ws.Range(block(1, 1, newRows + 1, cols)), undefined, 1).Name = plan.table;
  layOut(ws, plan);
  claim(wb, ws, plan.kind, state);
}

/** RunLog or History: the rows right under the table (pushed down with ListRows.Add where the sheet holds something under it), or a new table. */
function append(wb: WpsWorkbook, plan: OutputSheetPlan, state: OutputState, log: AppendState): void {
  checkNotForeign(plan, state);
  const ws = sheetFor(wb, plan, state.sheetExists);
  if (state.sheetExists && log.tableColumns !== null && log.below !== null) {
    const table = ws.ListObjects.Item(plan.table);
    const width = Math.max(log.tableColumns, plan.headers.length);
    const { top, row, col } = log.below;
    if (!log.below.clear) for (let i = 0; i < plan.rows.length; i++) table.ListRows.Add();
    writeRows(ws, plan, row + 1, col + 1, width);
    if (width > log.tableColumns)
      ws.Range(block(top + 1, col + 1 + log.tableColumns, 1, width - log.tableColumns)).Value2 = [plan.headers.slice(log.tableColumns)];
    table.Resize(ws.Range(block(top + 1, col + 1, row - top + plan.rows.length, width)));
    return;
  }
  const first = state.sheetExists && log.lastUsedRow > 0 ? log.lastUsedRow + 2 : 1;
  writeHeader(ws, plan, first);
  writeRows(ws, plan, first + 1, 1);
  ws.ListObjects.Add(1, ws.Range(block(first, 1, plan.rows.length + 1, plan.headers.length)), undefined, 1).Name = plan.table;
  if (first === 1) plan.columnWidths.forEach((w, c) => (ws.Range(block(1, c + 1, 1, 1)).ColumnWidth = w));
  claim(wb, ws, plan.kind, state);
}

/** Every sheet a plan writes, print sheets included, with whether each is protected now. */
function writtenSheets(plan: OutputPlan, layout: WorkbookLayout): { sheet: string; protected: boolean }[] {
  const tables = [plan.results, plan.warnings, plan.runLog, plan.history].filter((p): p is OutputSheetPlan => p !== null);
  return [
    ...tables.map((p) => ({ sheet: p.sheet, protected: layout.outputs[p.kind].protected })),
    ...(plan.print ?? []).map((p) => ({ sheet: p.sheet, protected: layout.print[p.kind].protected })),
  ];
}

/** The output sheets this write created (they did not exist when the layout was read). */
function createdSheets(plan: OutputPlan, layout: WorkbookLayout, view: ReturnType<typeof viewOf>): WpsWorksheet[] {
  const written = [plan.results, plan.warnings, plan.history, plan.runLog].filter((p) => p !== null);
  return written.filter((p) => !layout.outputs[p.kind].sheetExists).flatMap((p) => sheetNamed(view, p.sheet) ?? []);
}

/**
 * Writes the plan. Protection: lifted where on, restored on every written
 * sheet last, without a password, filtering and column widths allowed
 * (Protect's AllowFormattingColumns, 7th, and AllowFiltering, 15th). The
 * header row is frozen on the output sheets it creates (./freezeWps.ts).
 */
export function writeWps(wb: WpsWorkbook, plan: OutputPlan, layout: WorkbookLayout): void {
  const sheets = writtenSheets(plan, layout);
  for (const p of sheets) if (p.protected) sheetNamed(viewOf(wb), p.sheet)?.Unprotect();
  if (plan.results !== null) replaceSheet(wb, plan.results, layout.outputs.results);
  replaceSheet(wb, plan.warnings, layout.outputs.warnings);
  for (const p of plan.print ?? []) writePrintSheet(wb, p, layout.print[p.kind]);
  if (plan.history !== null) append(wb, plan.history, layout.outputs.history, layout.history);
  append(wb, plan.runLog, layout.outputs.runlog, layout.runLog);
  const view = viewOf(wb);
  freezeHeaders(wb, createdSheets(plan, layout, view));
  for (const p of sheets)
    sheetNamed(view, p.sheet)?.Protect(
      undefined,
      undefined,
      true,
      undefined,
      undefined,
      undefined,
      true,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      true,
    );
}
