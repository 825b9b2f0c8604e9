/**
 * Finds the input tables by name and reads each one against its declaration:
 * headers to columns, cells to typed values, every problem a diagnostic at
 * its cell. One pass, never stopping at the first problem.
 */
import { cellRange, localAddress, type LocalRange, type SheetRange } from "./address";
import { dayFromSerial, describeCell, readDate, readFixed, readText, readYesNo, type CellProblem, type Day, type Read } from "./cells";
import { isBlank, isTrimmable, normalizeText } from "./text";
import { compareFixedTo, fixedFromNumber, fixedToString, isWholeFixed, type Fixed } from "./fixed";
import { Decimal } from "./decimal";
import { closestName } from "./closestName";
import { diagnostic, type DiagnosticLocation, type NamedTable, type PlainData } from "./messages";
import {
  ENUMS,
  ENUM_HINTS,
  TABLES,
  type CheckedRowValues,
  type ColumnDecl,
  type ColumnName,
  type EnumType,
  type RowValues,
  type TableDecl,
  type TableDeclOf,
  type TableName,
} from "./tables";
import type { Cell, Diagnostic, TableGrid, WorkbookInput } from "./types";
import { namedAs } from "./tableNames";

/** A cell's value, of any column type: numbers are exact Fixed values (see fixed.ts). */
export type Value = Fixed | Day | boolean | string;

interface RowBase {
  /** 1-based data row (blank rows counted). */
  readonly row: number;
  /** The row's cells as in the grid. */
  readonly raw: readonly Cell[];
  /** The Unit text, when the table has a readable Unit cell. */
  readonly unit: string | null;
}

/**
 * A non-blank data row of table N, its readable values by column name typed
 * by its table's declaration (`row.values.Date` of a Penalties row is a
 * `Day | undefined`). `ok` is false when any cell of the row has an error;
 * a row that is ok has a value in every required column (see CheckedRowValues).
 * Of any table, by default.
 */
export type ParsedRow<N extends TableName = TableName> = N extends TableName
  ? (RowBase & { readonly ok: true; readonly values: CheckedRowValues<N> }) | (RowBase & { readonly ok: false; readonly values: RowValues<N> })
  : never;

/** A table as read against its declaration: table N's (of any table, by default). */
export interface ParsedTable<out N extends TableName = TableName> {
  readonly decl: TableDeclOf<N>;
  readonly grid: TableGrid;
  /** Column name → index in the grid's rows. */
  readonly columns: ReadonlyMap<ColumnName<N>, number>;
  /** Non-blank rows. */
  readonly rows: readonly ParsedRow<N>[];
}

/**
 * Every table by name, each typed by its declaration. `readTable` gives its
 * table as `TableMap[N]`, so that a record of tables can be filled by name.
 */
export type TableMap = { [N in TableName]: ParsedTable<N> };

/** Where a data row's cell in a column is on its sheet, or null if the column is absent. */
export function cellOf<N extends TableName>(table: ParsedTable<N>, row: number, column: ColumnName<N>): SheetRange | null {
  const index = table.columns.get(column);
  if (index === undefined) return null;
  return cellRange(table.grid.sheet, table.grid.headerRow + row, table.grid.firstColumn + index);
}

/** A diagnostic location for a cell of a data row. */
export function locate<N extends TableName>(table: ParsedTable<N>, row: ParsedRow<N>, column: ColumnName<N> | null): DiagnosticLocation {
  return { table: table.decl.name, row: row.row, column, at: column ? cellOf(table, row.row, column) : null, unit: row.unit };
}

const lower = (s: string): string => normalizeText(s).toLowerCase();

/**
 * The biggest block of plain cells that looks like a table: the used range
 * of a sheet that holds no table, at least 2 rows by 2 columns; null when
 * there is none, or when the adapter did not read the sheets.
 */
export function plainData(input: WorkbookInput): { readonly data: PlainData; readonly at: SheetRange } | null {
  const withTables = new Set(input.tables.map((t) => t.sheet));
  let best: { sheet: string; used: LocalRange; area: number } | null = null;
  for (const { sheet, used } of input.sheets ?? []) {
    if (used === null || withTables.has(sheet)) continue;
    const rows = used.lastRow - used.row + 1;
    const columns = used.lastColumn - used.column + 1;
    if (rows < 2 || columns < 2) continue;
    if (best === null || rows * columns > best.area) best = { sheet, used, area: rows * columns };
  }
  return best === null ? null : { data: { sheet: best.sheet, range: localAddress(best.used) }, at: { sheet: best.sheet, ...best.used } };
}

/**
 * Finds every declared table by its English or Chinese name (case-insensitive).
 * A required table that is absent is TABLE_MISSING; one present under both
 * names is TABLE_AMBIGUOUS (and not used).
 */
export function findTables(input: WorkbookInput): { grids: Map<TableName, TableGrid>; diagnostics: Diagnostic[] } {
  const grids = new Map<TableName, TableGrid>();
  const diagnostics: Diagnostic[] = [];
  for (const decl of TABLES) {
    const en = input.tables.filter((t) => namedAs(t.name, decl) === "en");
    const zh = input.tables.filter((t) => namedAs(t.name, decl) === "zh");
    const params = { en: decl.name, zh: decl.zh };
    if (en.length > 0 && zh.length > 0) {
      diagnostics.push(diagnostic("TABLE_AMBIGUOUS", { table: decl.name }, { table: params }));
    } else if (en.length + zh.length === 0) {
      const plain = decl.required ? plainData(input) : null;
      if (decl.required)
        diagnostics.push(diagnostic("TABLE_MISSING", { table: decl.name, at: plain?.at ?? null }, { table: params, plain: plain?.data ?? null }));
    } else {
      grids.set(decl.name, en[0] ?? zh[0]);
    }
  }
  return { grids, diagnostics };
}

function headerMatches(column: ColumnDecl, header: string): boolean {
  const h = lower(header);
  return h === column.name.toLowerCase() || h === lower(column.zh);
}

/** The table as the user named it, with its declared names (for messages). */
export const namedTable = (decl: Pick<TableDecl, "name" | "zh">, grid: Pick<TableGrid, "name">): NamedTable => ({
  name: grid.name,
  en: decl.name,
  zh: decl.zh,
});

/**
 * Whether a header cell is blank: empty, or the name Excel gives a blank
 * header when it makes a table ("Column1", "列1"), over a column that holds
 * data (a blank header over an empty column is a spare column, not a cause).
 */
function isBlankHeader(header: string, grid: TableGrid, i: number): boolean {
  if (header !== "" && !/^(column|列)\s*\d+$/i.test(header)) return false;
  return grid.rows.some((row) => !isBlank(row[i] ?? null));
}

/**
 * The unknown header that is probably meant for `column`: one that holds its
 * Chinese or English header (单位名称 for 单位) or is a likely typo of one.
 */
function nearHeader(column: ColumnDecl, unknown: readonly string[]): string | null {
  const names = [lower(column.zh), column.name.toLowerCase()];
  const holding = unknown.find((h) => names.some((n) => lower(h).includes(n) || n.includes(lower(h))));
  if (holding !== undefined) return holding;
  return unknown.find((h) => closestName(h, [column.zh, column.name]) !== null) ?? null;
}

interface HeaderMap {
  readonly columns: Map<string, number>;
  /** Headers that map to no column, with their index. */
  readonly unknown: { readonly header: string; readonly index: number; readonly blank: boolean }[];
  readonly diagnostics: Diagnostic[];
}

/** Matches each header cell to a declared column; COLUMN_AMBIGUOUS for a second header of one column. */
function matchHeaders(decl: TableDecl, grid: TableGrid): HeaderMap {
  const map: HeaderMap = { columns: new Map(), unknown: [], diagnostics: [] };
  grid.header.forEach((cell, i) => {
    const text = readText(cell);
    const header = text.ok ? text.value : "";
    const column = decl.columns.find((c) => header !== "" && headerMatches(c, header));
    const firstIndex = column && map.columns.get(column.name);
    if (!column) {
      map.unknown.push({ header: header || describeCell(cell), index: i, blank: isBlankHeader(header, grid, i) });
    } else if (firstIndex !== undefined) {
      const headers = `${describeCell(grid.header[firstIndex])}, ${describeCell(cell)}`;
      const at = cellRange(grid.sheet, grid.headerRow, grid.firstColumn + i);
      const params = { table: namedTable(decl, grid), column: { en: column.name, zh: column.zh }, headers };
      map.diagnostics.push(diagnostic("COLUMN_AMBIGUOUS", { table: decl.name, column: column.name, at }, params));
    } else {
      map.columns.set(column.name, i);
    }
  });
  return map;
}

/**
 * Maps header cells to declared columns, reporting unknown, ambiguous and
 * missing ones. A blank header over data is HEADER_BLANK, naming the declared
 * columns the table then lacks (the required ones, else the optional ones),
 * and stands for them: no COLUMN_MISSING besides it, one diagnostic for one cause.
 */
function mapHeader(decl: TableDecl, grid: TableGrid): { columns: Map<string, number>; diagnostics: Diagnostic[]; usable: boolean } {
  const { columns, unknown, diagnostics } = matchHeaders(decl, grid);
  const headerCell = (i: number): SheetRange => cellRange(grid.sheet, grid.headerRow, grid.firstColumn + i);
  const absent = decl.columns.filter((c) => !columns.has(c.name));
  const required = absent.filter((c) => c.required);
  const blanks = unknown.filter((u) => u.blank);
  const missing = (required.length > 0 ? required : absent).map((c) => ({ en: c.name, zh: c.zh }));
  for (const u of unknown) {
    const loc = { table: decl.name, at: headerCell(u.index) };
    if (u.blank) diagnostics.push(diagnostic("HEADER_BLANK", loc, { table: namedTable(decl, grid), missing }));
    else diagnostics.push(diagnostic("COLUMN_UNKNOWN", loc, { header: u.header }));
  }
  const headerRange: SheetRange = {
    ...cellRange(grid.sheet, grid.headerRow, grid.firstColumn),
    lastColumn: grid.firstColumn + Math.max(grid.header.length, 1) - 1,
  };
  const named = unknown.filter((u) => !u.blank).map((u) => u.header);
  if (blanks.length === 0) {
    for (const column of required) {
      const params = { table: namedTable(decl, grid), column: { en: column.name, zh: column.zh }, near: nearHeader(column, named) };
      diagnostics.push(diagnostic("COLUMN_MISSING", { table: decl.name, column: column.name, at: headerRange }, params));
    }
  }
  const usable = blanks.length === 0 && required.length === 0 && !diagnostics.some((d) => d.code === "COLUMN_AMBIGUOUS");
  return { columns, diagnostics, usable };
}

/** An enumeration's words and the value each means (a plain record view of ENUMS). */
const wordsOf = (kind: EnumType): Readonly<Record<string, string>> => ENUMS[kind];

function readEnum(cell: Cell, kind: EnumType): Read<string> | { ok: false; problem: { kind: "notInSet"; value: string; range: string } } {
  const text = readText(cell);
  if (!text.ok) return text;
  const value = wordsOf(kind)[text.value.toLowerCase()];
  return value ? { ok: true, value } : { ok: false, problem: { kind: "notInSet", value: describeCell(cell), range: ENUM_HINTS[kind] } };
}

function readCount(cell: Cell, min: number): Read<Fixed> | { ok: false; problem: { kind: "range"; value: string; range: string } } {
  const n = readFixed(cell);
  if (!n.ok) return n;
  if (!isWholeFixed(n.value) || compareFixedTo(n.value, min) < 0) {
    return { ok: false, problem: { kind: "range", value: fixedToString(n.value), range: min === 0 ? "0, 1, 2 …" : "1, 2, 3 …" } };
  }
  return n;
}

type ColumnRead = Read<Value> | { ok: false; problem: CellProblem | { kind: "notInSet" | "range"; value: string; range: string } };

/** Reads a cell of a column: the value, or the problem with it. */
export function readCell(cell: Cell, column: ColumnDecl): ColumnRead {
  switch (column.type) {
    case "text":
      return readText(cell);
    case "number": {
      const n = readFixed(cell);
      if (n.ok && column.min !== undefined && compareFixedTo(n.value, column.min) < 0) {
        return { ok: false, problem: { kind: "range", value: fixedToString(n.value), range: `≥ ${column.min}` } };
      }
      return n;
    }
    case "count":
      return readCount(cell, 0);
    case "wholePositive":
      return readCount(cell, 1);
    case "date":
      return readDate(cell);
    case "yesno":
      return readYesNo(cell);
    default:
      return readEnum(cell, column.type);
  }
}

/**
 * The value of a cell that is plainly valid for its column (a number cell in
 * a number or date column, text that needs no trimming, an enumerated word as
 * declared, a boolean in a yes/no column), or undefined to let `readCell`
 * decide. For such cells both give the same value; this path just allocates
 * no result object, and most cells of a large table take it.
 */
export function quickValue(cell: Cell, column: ColumnDecl): Value | undefined {
  switch (column.type) {
    case "text":
      return typeof cell === "string" && !needsTrimming(cell) ? cell : undefined;
    case "number":
      return typeof cell === "number" && Number.isFinite(cell) ? atLeast(fixedFromNumber(cell), column.min ?? null) : undefined;
    case "count":
    case "wholePositive": {
      if (typeof cell !== "number" || !Number.isFinite(cell)) return undefined;
      const n = fixedFromNumber(cell);
      return isWholeFixed(n) ? atLeast(n, column.type === "count" ? 0 : 1) : undefined;
    }
    case "yesno":
      return typeof cell === "boolean" ? cell : undefined;
    case "date":
      return typeof cell === "number" ? (dayFromSerial(cell) ?? undefined) : undefined;
    default:
      return typeof cell === "string" && Object.hasOwn(ENUMS[column.type], cell) ? wordsOf(column.type)[cell] : undefined;
  }
}

/** Text that `normalizeText` would change, or blank text. */
const needsTrimming = (text: string): boolean => text.length === 0 || isTrimmable(text.charCodeAt(0)) || isTrimmable(text.charCodeAt(text.length - 1));

const atLeast = (n: Fixed, min: number | null): Fixed | undefined => (min === null || compareFixedTo(n, min) >= 0 ? n : undefined);

function problemDiagnostic(problem: Exclude<ColumnRead, { ok: true }>["problem"], loc: DiagnosticLocation, column: ColumnDecl): Diagnostic | null {
  const names = { en: column.name, zh: column.zh };
  switch (problem.kind) {
    case "blank":
      return column.required && !column.blankAllowed ? diagnostic("VALUE_REQUIRED", loc, { column: names }) : null;
    case "error":
      return diagnostic("CELL_ERROR", loc, { column: names, value: problem.value });
    case "notNumber":
      return diagnostic("NOT_A_NUMBER", loc, { column: names, value: problem.value });
    case "notDate":
      return diagnostic("NOT_A_DATE", loc, { column: names, value: problem.value });
    case "notYesNo":
      return diagnostic("OUT_OF_RANGE", loc, { column: names, value: problem.value, range: "是/否, yes/no, true/false, 1/0, Y/N" });
    case "notInSet":
      return diagnostic("OUT_OF_RANGE", loc, { column: names, value: problem.value, range: problem.range });
    case "range":
      return diagnostic("OUT_OF_RANGE", loc, { column: names, value: problem.value, range: problem.range ?? "" });
  }
}

/** A declared column found in the grid. */
interface PresentColumn {
  readonly decl: ColumnDecl;
  /** Index in the grid's rows. */
  readonly index: number;
}

/** A table's columns as found, and where its cells are. */
interface Layout {
  readonly decl: TableDecl;
  readonly grid: TableGrid;
  /** The declared columns present, in declared order. */
  readonly present: readonly PresentColumn[];
  readonly unit: PresentColumn | null;
}

/** The location of a cell, built only for a diagnostic: most cells are fine, and tables can be large. */
function cellLocation(layout: Layout, row: number, column: PresentColumn, unit: string | null): DiagnosticLocation {
  const { grid } = layout;
  return { table: layout.decl.name, row, column: column.decl.name, at: cellRange(grid.sheet, grid.headerRow + row, grid.firstColumn + column.index), unit };
}

/** The Unit text of a row, or null when the table has no Unit column or the cell is blank or an error. */
function unitOf(layout: Layout, raw: readonly Cell[]): string | null {
  if (!layout.unit) return null;
  const cell = raw[layout.unit.index] ?? null;
  const quick = quickValue(cell, layout.unit.decl);
  if (typeof quick === "string") return quick;
  const read = readText(cell);
  return read.ok ? read.value : null;
}

/** A row as the reader builds it, before it is typed by its table's declaration. */
interface RowRead extends RowBase {
  readonly values: Readonly<Record<string, Value | undefined>>;
  readonly ok: boolean;
}

const isFixed = (value: Value): value is Fixed => typeof value === "number" || value instanceof Decimal;

/** Reads one data row; returns null for a blank row. */
function readRow(layout: Layout, raw: readonly Cell[], row: number, out: Diagnostic[]): RowRead | null {
  if (raw.every(isBlank)) return null;
  const unit = unitOf(layout, raw);
  // Every present column gets a key, in the same order, so all rows of a table share one object shape.
  const values: Record<string, Value | undefined> = {};
  let ok = true;
  for (const column of layout.present) {
    const cell = raw[column.index] ?? null;
    const quick = quickValue(cell, column.decl);
    values[column.decl.name] = quick;
    if (quick !== undefined) continue;
    const result = readCell(cell, column.decl);
    if (result.ok) {
      values[column.decl.name] = result.value;
      if ("normalizedFrom" in result && result.normalizedFrom !== undefined && isFixed(result.value)) {
        // Only numbers are normalized.
        const number = fixedToString(result.value);
        out.push(
          diagnostic("NUMBER_NORMALIZED", cellLocation(layout, row, column, unit), {
            column: { en: column.decl.name, zh: column.decl.zh },
            value: describeCell(cell),
            number,
          }),
        );
      }
      continue;
    }
    if (result.problem.kind === "blank" && (!column.decl.required || column.decl.blankAllowed)) continue;
    const d = problemDiagnostic(result.problem, cellLocation(layout, row, column, unit), column.decl);
    if (d) {
      out.push(d);
      ok = false; // the cell's value is missing (every cell problem is an error), so the row's required values are not all there
    }
  }
  return { row, values, raw, ok, unit };
}

/**
 * The table as read, typed by its declaration. The one cast of the table
 * reader, and the reason no consumer needs one: every value was read by its
 * column's declared type (readCell and quickValue give each column type the
 * value type ColumnValues says), only declared columns have keys, and a row is
 * ok only when no cell has an error, so every required cell has a value.
 * TypeScript cannot follow that from a loop over the columns; this says it once.
 */
function typed<N extends TableName>(decl: TableDeclOf<N>, grid: TableGrid, columns: ReadonlyMap<string, number>, rows: readonly RowRead[]): TableMap[N] {
  return { decl, grid, columns, rows } as unknown as TableMap[N];
}

/**
 * Reads a table against its declaration. Returns `table: null` when the table
 * cannot be used (a required column missing, or two headers for one column).
 */
export function readTable<N extends TableName>(decl: TableDeclOf<N>, grid: TableGrid): { table: TableMap[N] | null; diagnostics: Diagnostic[] } {
  const header = mapHeader(decl, grid);
  const diagnostics = header.diagnostics;
  if (!header.usable) return { table: null, diagnostics };
  const present = decl.columns.flatMap((c: ColumnDecl): PresentColumn[] => {
    const index = header.columns.get(c.name);
    return index === undefined ? [] : [{ decl: c, index }];
  });
  const layout: Layout = { decl, grid, present, unit: present.find((c) => c.decl.name === "Unit") ?? null };
  const rows: RowRead[] = [];
  for (let i = 0; i < grid.rows.length; i++) {
    const parsed = readRow(layout, grid.rows[i] ?? [], i + 1, diagnostics);
    if (parsed) rows.push(parsed);
  }
  return { table: typed(decl, grid, header.columns, rows), diagnostics };
}
