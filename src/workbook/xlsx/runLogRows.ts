/**
 * The rows already in an appended-to table of a package (RunLog, History),
 * so a run appends below them and never drops one, and the layout of the
 * run: the plan's headers (the current language), with any column kept from
 * an older layout.
 */
import { parseLocalBox, type LocalRange } from "../../engine/address";
import type { LoggedTable } from "../audit/loggedTable";
import type { OutputSheetPlan } from "../port";
import { dateStyles } from "./cellStyles";
import { partText, type WorkbookPackage } from "./readPackage";
import type { SheetLayout, SheetValue } from "./renderSheet";
import { readBoxes } from "./sheetCells";
import { sharedStrings } from "./sharedStrings";

/** An owned table's cells: its box on the sheet, header and body rows (totals row left out). */
export interface TableCells {
  readonly box: LocalRange;
  readonly headers: SheetValue[];
  readonly body: SheetValue[][];
}

/**
 * The cells of the table on an output sheet (the one named `table`, else the
 * sheet's first), or null when the sheet or its table is not there.
 * @example
 * tableCells(pkg, OUTPUT_SHEETS.results)?.box.row //=> 1
 */
export function tableCells(pkg: WorkbookPackage, plan: { readonly sheet: string; readonly table: string }): TableCells | null {
  const sheet = pkg.sheets.find((s) => s.name === plan.sheet);
  const table = sheet?.tables.find((t) => t.definition.name.toLowerCase() === plan.table.toLowerCase()) ?? sheet?.tables[0];
  const box = table ? parseLocalBox(table.definition.ref) : null;
  if (!sheet?.part || !table || !box) return null;
  const context = {
    strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)),
    dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)),
    date1904: pkg.workbook.date1904,
  };
  const [cells] = readBoxes(partText(pkg.parts, sheet.part) ?? "", [box], context);
  return { box, headers: cells[0] ?? [], body: cells.slice(1, table.definition.totalsRow ? -1 : undefined) };
}

/**
 * The header and non-blank body rows of an appended-to table, or empty when there is none.
 * @example
 * loggedRows(pkg, OUTPUT_SHEETS.history).headers[0] //=> "运行时间"
 */
export function loggedRows(pkg: WorkbookPackage, plan: { readonly sheet: string; readonly table: string }): { headers: SheetValue[]; rows: SheetValue[][] } {
  const cells = tableCells(pkg, plan);
  if (cells === null) return { headers: [], rows: [] };
  // A table's placeholder row (all blank) is not a run.
  return { headers: cells.headers, rows: cells.body.filter((row) => row.some((v) => v !== null && v !== "")) };
}

/**
 * An appended-to table (RunLog, History) as the audit reads it: header, body
 * as it stands (blank rows included) and the sheet row of the body's first row.
 * @example
 * loggedTable(pkg, OUTPUT_SHEETS.runlog).firstRow //=> 2
 */
export function loggedTable(pkg: WorkbookPackage, plan: { readonly sheet: string; readonly table: string }): LoggedTable {
  const cells = tableCells(pkg, plan);
  if (cells === null) return { headers: [], rows: [], firstRow: 2 };
  return { headers: cells.headers, rows: cells.body, firstRow: cells.box.row + 1 };
}

/**
 * An appended-to sheet's layout (RunLog, History): the rows logged so far,
 * then the plan's rows.
 * @example
 * runLogLayout(pkg, plan.runLog).rows.length //=> rows already logged + 1
 */
export function runLogLayout(pkg: WorkbookPackage, plan: OutputSheetPlan): SheetLayout & { readonly headers: readonly string[] } {
  const existing = loggedRows(pkg, plan);
  const width = Math.max(plan.headers.length, existing.headers.length);
  const headers = Array.from({ length: width }, (_, c) => plan.headers[c] ?? String(existing.headers[c] ?? `Column${c + 1}`));
  const pad = (row: readonly SheetValue[]): SheetValue[] => Array.from({ length: width }, (_, c) => row[c] ?? null);
  return {
    headers,
    rows: [...existing.rows.map(pad), ...plan.rows.map(pad)],
    numberFormats: Array.from({ length: width }, (_, c) => plan.numberFormats[c] ?? null),
    columnWidths: Array.from({ length: width }, (_, c) => plan.columnWidths[c] ?? 12),
    rowFills: [],
    links: [],
  };
}
