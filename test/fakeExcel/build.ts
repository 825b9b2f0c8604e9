/**
 * Setting up and inspecting a fake workbook directly, outside any sync (not
 * counted, no events): build it from TableGrid-like data, read cells back for
 * assertions.
 */
import { columnLetters, formatRect, parseRect, splitAddress, type Rect } from "./a1";
import { validationsOf } from "./dataValidation";
import { recordOf, valueTypeOf, type CellInput, type CellRec, type ErrorValue, type Hyperlink, type ValueType } from "./cells";
import { itemNotFound } from "./errors";
import { createFakeExcel, type FakeExcelHost, type FakeExcelOptions } from "./host";
import type { SheetRec } from "./store";

/** A table to put in a fake workbook (a TableGrid fits). */
export interface TableSpec {
  readonly name: string;
  readonly sheet: string;
  readonly header: readonly CellInput[];
  readonly rows: readonly (readonly CellInput[])[];
  /** 1-based sheet row of the header; 1 unless given. */
  readonly headerRow?: number;
  /** 1-based sheet column of the first column; 1 unless given. */
  readonly firstColumn?: number;
  /** The header's first cell ("C4"), instead of headerRow and firstColumn. */
  readonly address?: string;
  /** A totals row below the data (labels and SUBTOTAL formulas with their results). */
  readonly totals?: readonly CellInput[];
  /** False: the header row is hidden (Table Design › Header Row unticked); the names stay the columns'. */
  readonly showHeaders?: boolean;
}

/** A cell as the engine sees it: null blank, the value, or `{error}`. */
export type PlainCell = null | string | number | boolean | ErrorValue;

export function sheetOf(host: FakeExcelHost, name: string): SheetRec {
  const sheet = host.store.sheetByName(name);
  if (sheet === undefined) throw itemNotFound(`the worksheet "${name}"`);
  return sheet;
}

/** The sheet, created at the end of the workbook when missing. */
export function ensureSheet(host: FakeExcelHost, name: string): SheetRec {
  return host.store.sheetByName(name) ?? host.store.addSheet(name);
}

/** Puts cells (stored as given: strings stay text) at `topLeft` ("Sheet!B2"). */
export function setCells(host: FakeExcelHost, topLeft: string, rows: readonly (readonly CellInput[])[]): void {
  const { sheet, address } = splitAddress(topLeft);
  const rect = parseRect(address);
  if (sheet === null || rect === null) throw new Error(`setCells needs "Sheet!A1", not "${topLeft}"`);
  const ws = ensureSheet(host, sheet);
  rows.forEach((line, r) =>
    line.forEach((v, c) => host.store.setCell(ws, rect.row + r, rect.col + c, recordOf(v, host.store.cell(ws, rect.row + r, rect.col + c).numberFormat))),
  );
}

/** Adds a table with its cells; the sheet is created when missing. */
export function addTable(host: FakeExcelHost, spec: TableSpec): void {
  const at = spec.address === undefined ? null : parseRect(spec.address);
  const row = at?.row ?? (spec.headerRow ?? 1) - 1;
  const col = at?.col ?? (spec.firstColumn ?? 1) - 1;
  const ws = ensureSheet(host, spec.sheet);
  const topLeft = `'${ws.name.replace(/'/g, "''")}'!${columnLetters(col)}${row + 1}`;
  setCells(host, topLeft, [spec.header, ...spec.rows]);
  const rect: Rect = { row, col, rows: spec.rows.length + 1, cols: spec.header.length };
  const table = host.store.addTable(ws.id, rect, true);
  host.store.renameTable(table.id, spec.name);
  if (spec.totals !== undefined) {
    setCells(host, `'${ws.name.replace(/'/g, "''")}'!${columnLetters(col)}${row + rect.rows + 1}`, [spec.totals]);
    table.rect = { ...table.rect, rows: table.rect.rows + 1 };
    table.showTotals = true;
  }
  if (spec.showHeaders === false) host.store.setShowHeaders(table.id, false);
}

/** A PivotTable (or chart) on `sheet` whose source is the table `source`. */
export function addBound(host: FakeExcelHost, kind: "pivot" | "chart", name: string, sheet: string, source: string): void {
  host.store.bind(kind, name, ensureSheet(host, sheet).id, source);
}

/** The name of the table a PivotTable or chart is built on, or null once its source is gone. */
export function boundSource(host: FakeExcelHost, name: string): string | null {
  const rec = host.store.bound.find((b) => b.name === name);
  if (rec === undefined) throw itemNotFound(`the PivotTable or chart "${name}"`);
  return rec.sourceTableId === null ? null : (host.store.tables.find((t) => t.id === rec.sourceTableId)?.name ?? null);
}

/** The user filters a table: rows whose cell in `column` (0-based) fails `keep` are hidden. */
export function filterTable(host: FakeExcelHost, name: string, column: number, keep: (value: PlainCell) => boolean): void {
  const table = host.store.tableByName(name);
  if (table === undefined) throw itemNotFound(`the table "${name}"`);
  host.store.filterTable(table.id, column, keep);
}

/** Merges "Sheet!A2:A3" as a file from another program may have it (Excel itself refuses to merge inside a table). */
export function mergeCells(host: FakeExcelHost, address: string): void {
  const { sheet, address: local } = splitAddress(address);
  const rect = parseRect(local);
  if (sheet === null || rect === null) throw new Error(`mergeCells needs "Sheet!A1:B2", not "${address}"`);
  host.store.merge(sheetOf(host, sheet).id, rect);
}

/** The 1-based sheet rows hidden on `sheet`. */
export function hiddenRows(host: FakeExcelHost, sheet: string): number[] {
  return [...sheetOf(host, sheet).hiddenRows].map((r) => r + 1).sort((a, b) => a - b);
}

/** A fake host holding the given tables (and any extra empty sheets). */
export function buildWorkbook(tables: readonly TableSpec[], options: FakeExcelOptions & { readonly sheets?: readonly string[] } = {}): FakeExcelHost {
  const host = createFakeExcel(options);
  for (const name of options.sheets ?? []) ensureSheet(host, name);
  for (const t of tables) addTable(host, t);
  if (host.store.sheets.length === 0) host.store.addSheet("Sheet1");
  return host;
}

function plain(rec: CellRec): PlainCell {
  return rec.value;
}

/** The cells of "Sheet!A1:C3" as the engine would see them. */
export function readCells(host: FakeExcelHost, address: string): PlainCell[][] {
  const { sheet, address: local } = splitAddress(address);
  const rect = parseRect(local);
  if (sheet === null || rect === null) throw new Error(`readCells needs "Sheet!A1:B2", not "${address}"`);
  return host.store.grid(sheetOf(host, sheet).id, rect, plain);
}

/** Every cell of a sheet's used range (values only), or [] for an empty sheet. */
export function readSheet(host: FakeExcelHost, sheet: string): PlainCell[][] {
  const ws = sheetOf(host, sheet);
  const used = host.store.usedRect(ws.id, true);
  return used === null ? [] : host.store.grid(ws.id, { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols }, plain);
}

export interface CellInfo {
  readonly value: PlainCell;
  /** The formula, or null when the cell holds a constant (text stays text). */
  readonly formula: string | null;
  readonly valueType: ValueType;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly hyperlink: Hyperlink | null;
}

/** Everything about one cell ("Sheet!B3"). */
export function cellInfo(host: FakeExcelHost, address: string): CellInfo {
  const { sheet, address: local } = splitAddress(address);
  const rect = parseRect(local);
  if (sheet === null || rect === null) throw new Error(`cellInfo needs "Sheet!B3", not "${address}"`);
  const rec = host.store.cell(sheetOf(host, sheet), rect.row, rect.col);
  return { value: rec.value, formula: rec.formula, valueType: valueTypeOf(rec), numberFormat: rec.numberFormat, fill: rec.fill, hyperlink: rec.hyperlink };
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** "A1:P46" */
  readonly address: string;
  readonly header: PlainCell[];
  readonly rows: PlainCell[][];
}

/** A table's cells, or undefined when the workbook has no table by that name. */
export function tableInfo(host: FakeExcelHost, name: string): TableInfo | undefined {
  const t = host.store.tableByName(name);
  if (t === undefined) return undefined;
  const [header, ...rows] = host.store.grid(t.sheetId, t.rect, plain);
  return { name: t.name, sheet: host.store.sheetById(t.sheetId).name, address: formatRect(t.rect), header, rows };
}

/** Every table, for before/after comparisons. */
export function allTables(host: FakeExcelHost): TableInfo[] {
  return host.store.tables.map((t) => tableInfo(host, t.name) as TableInfo);
}

/** Sheet names in tab order. */
export function sheetNames(host: FakeExcelHost): string[] {
  return host.store.sheets.map((s) => s.name);
}

/** A defined name's formula ("='考评结果'!$A$1"), or undefined. */
export function nameFormula(host: FakeExcelHost, name: string): string | undefined {
  const rec = host.store.nameByName(name);
  return rec === undefined ? undefined : host.store.nameFormula(rec);
}

/** Frozen rows and column widths (points) of a sheet. */
export function sheetLayout(host: FakeExcelHost, sheet: string): { frozenRows: number; columnWidths: number[] } {
  const ws = sheetOf(host, sheet);
  const used = host.store.usedRect(ws.id, false);
  const cols = used === null ? 0 : used.col + used.cols;
  return { frozenRows: ws.frozenRows, columnWidths: Array.from({ length: cols }, (_, c) => host.store.columnWidth(ws, c)) };
}

/** A sheet's drop-down lists: each rule's address, its words and its error alert's style. */
export function listValidations(host: FakeExcelHost, sheet: string): { address: string; words: string[]; alert: string | null; message: string | null }[] {
  return validationsOf(host.store, sheetOf(host, sheet).id).map((v) => ({
    address: formatRect(v.rect),
    words: String(v.rule.list?.source ?? "").split(","),
    alert: v.errorAlert?.style ?? null,
    message: v.errorAlert?.message ?? null,
  }));
}

export { formatRect };
