/**
 * Finds the input tables by name and reads each one against its declaration:
 * headers to columns, cells to typed values, every problem a diagnostic at
 * its cell. One pass, never stopping at the first problem.
 */
import { cellAddress, rowRangeAddress } from "./address";
import { describeCell, isBlank, readDate, readNumber, readText, readYesNo, normalizeText, type CellProblem, type Day, type Read } from "./cells";
import { Decimal } from "./decimal";
import { diagnostic, type DiagnosticLocation } from "./messages";
import { ENUMS, ENUM_HINTS, TABLES, type ColumnDecl, type TableDecl } from "./tables";
import type { Cell, Diagnostic, TableGrid, TableName, WorkbookInput } from "./types";

export type Value = Decimal | Day | boolean | string | number;

export interface ParsedRow {
  /** 1-based data row (blank rows counted). */
  readonly row: number;
  /** Readable, non-blank values by column name. */
  readonly values: Readonly<Record<string, Value | undefined>>;
  /** The row's cells as in the grid. */
  readonly raw: readonly Cell[];
  /** False when any cell of the row has an error. */
  readonly ok: boolean;
  /** The Unit text, when the table has a readable Unit cell. */
  readonly unit: string | null;
}

export interface ParsedTable {
  readonly decl: TableDecl;
  readonly grid: TableGrid;
  /** Column name → index in the grid's rows. */
  readonly columns: ReadonlyMap<string, number>;
  /** Non-blank rows. */
  readonly rows: readonly ParsedRow[];
}

/** The sheet address of a data row's cell in a column, or null if the column is absent. */
export function cellOf(table: ParsedTable, row: number, column: string): string | null {
  const index = table.columns.get(column);
  if (index === undefined) return null;
  return cellAddress(table.grid.sheet, table.grid.headerRow + row, table.grid.firstColumn + index);
}

/** A diagnostic location for a cell of a data row. */
export function locate(table: ParsedTable, row: ParsedRow, column: string | null): DiagnosticLocation {
  return { table: table.decl.name, row: row.row, column, cell: column ? cellOf(table, row.row, column) : null, unit: row.unit };
}

const lower = (s: string): string => normalizeText(s).toLowerCase();

/**
 * Finds every declared table by its English or Chinese name (case-insensitive).
 * A required table that is absent is TABLE_MISSING; one present under both
 * names is TABLE_AMBIGUOUS (and not used).
 */
export function findTables(input: WorkbookInput): { grids: Map<TableName, TableGrid>; diagnostics: Diagnostic[] } {
  const grids = new Map<TableName, TableGrid>();
  const diagnostics: Diagnostic[] = [];
  for (const decl of TABLES) {
    const en = input.tables.filter((t) => lower(t.name) === decl.name.toLowerCase());
    const zh = input.tables.filter((t) => lower(t.name) === lower(decl.zh));
    const params = { en: decl.name, zh: decl.zh };
    if (en.length > 0 && zh.length > 0) {
      diagnostics.push(diagnostic("TABLE_AMBIGUOUS", { table: decl.name }, params));
    } else if (en.length + zh.length === 0) {
      if (decl.required) diagnostics.push(diagnostic("TABLE_MISSING", { table: decl.name }, params));
    } else {
      grids.set(decl.name, (en[0] ?? zh[0]) as TableGrid);
    }
  }
  return { grids, diagnostics };
}

function headerMatches(column: ColumnDecl, header: string): boolean {
  const h = lower(header);
  return h === column.name.toLowerCase() || h === lower(column.zh) || (column.aliases ?? []).some((a) => lower(a) === h);
}

/** Maps header cells to declared columns, reporting unknown, ambiguous and missing ones. */
function mapHeader(decl: TableDecl, grid: TableGrid): { columns: Map<string, number>; diagnostics: Diagnostic[]; usable: boolean } {
  const columns = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const headerCell = (i: number): string => cellAddress(grid.sheet, grid.headerRow, grid.firstColumn + i);
  grid.header.forEach((cell, i) => {
    const text = readText(cell);
    const header = text.ok ? text.value : "";
    const column = decl.columns.find((c) => header !== "" && headerMatches(c, header));
    if (!column) {
      diagnostics.push(diagnostic("COLUMN_UNKNOWN", { table: decl.name, cell: headerCell(i) }, { header: header || describeCell(cell) }));
    } else if (columns.has(column.name)) {
      const first = grid.header[columns.get(column.name) as number];
      const headers = `${describeCell(first)}, ${describeCell(cell)}`;
      diagnostics.push(diagnostic("COLUMN_AMBIGUOUS", { table: decl.name, column: column.name, cell: headerCell(i) }, { table: decl.name, en: column.name, zh: column.zh, headers }));
    } else {
      columns.set(column.name, i);
    }
  });
  const headerRange = rowRangeAddress(grid.sheet, grid.headerRow, grid.firstColumn, grid.firstColumn + Math.max(grid.header.length, 1) - 1);
  let usable = !diagnostics.some((d) => d.code === "COLUMN_AMBIGUOUS");
  for (const column of decl.columns.filter((c) => c.required && !columns.has(c.name))) {
    diagnostics.push(diagnostic("COLUMN_MISSING", { table: decl.name, column: column.name, cell: headerRange }, { table: decl.name, en: column.name, zh: column.zh }));
    usable = false;
  }
  return { columns, diagnostics, usable };
}

function readEnum(cell: Cell, kind: keyof typeof ENUMS): Read<string> | { ok: false; problem: { kind: "notInSet"; value: string } } {
  const text = readText(cell);
  if (!text.ok) return text;
  const value = ENUMS[kind][text.value.toLowerCase()];
  return value ? { ok: true, value } : { ok: false, problem: { kind: "notInSet", value: describeCell(cell) } };
}

function readCount(cell: Cell, min: number): Read<Decimal> | { ok: false; problem: { kind: "range"; value: string; range: string } } {
  const n = readNumber(cell);
  if (!n.ok) return n;
  if (!n.value.isInteger() || n.value.lessThan(min)) {
    return { ok: false, problem: { kind: "range", value: n.value.toString(), range: min === 0 ? "0, 1, 2 …" : "1, 2, 3 …" } };
  }
  return n;
}

type ColumnRead = Read<Value> | { ok: false; problem: CellProblem | { kind: "notInSet" | "range"; value: string; range?: string } };

function readCell(cell: Cell, column: ColumnDecl): ColumnRead {
  switch (column.type) {
    case "text":
      return readText(cell);
    case "number": {
      const n = readNumber(cell);
      if (n.ok && column.min !== undefined && n.value.lessThan(column.min)) {
        return { ok: false, problem: { kind: "range", value: n.value.toString(), range: `≥ ${column.min}` } };
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

function problemDiagnostic(problem: Exclude<ColumnRead, { ok: true }>["problem"], loc: DiagnosticLocation, column: ColumnDecl): Diagnostic | null {
  const names = { en: column.name, zh: column.zh };
  switch (problem.kind) {
    case "blank":
      return column.required ? diagnostic("VALUE_REQUIRED", loc, names) : null;
    case "error":
      return diagnostic("CELL_ERROR", loc, { ...names, value: problem.value });
    case "notNumber":
      return diagnostic("NOT_A_NUMBER", loc, { ...names, value: problem.value });
    case "notDate":
      return diagnostic("NOT_A_DATE", loc, { ...names, value: problem.value });
    case "notYesNo":
      return diagnostic("OUT_OF_RANGE", loc, { ...names, value: problem.value, range: "是/否, yes/no, true/false, 1/0, Y/N" });
    case "notInSet":
      return diagnostic("OUT_OF_RANGE", loc, { ...names, value: problem.value, range: ENUM_HINTS[column.type as keyof typeof ENUM_HINTS] });
    case "range":
      return diagnostic("OUT_OF_RANGE", loc, { ...names, value: problem.value, range: problem.range ?? "" });
  }
}

/** Reads one data row; returns null for a blank row. */
function readRow(decl: TableDecl, grid: TableGrid, columns: ReadonlyMap<string, number>, raw: readonly Cell[], row: number, out: Diagnostic[]): ParsedRow | null {
  if (raw.every(isBlank)) return null;
  const unitIndex = columns.get("Unit");
  const unitRead = unitIndex === undefined ? null : readText(raw[unitIndex] ?? null);
  const unit = unitRead?.ok ? unitRead.value : null;
  const values: Record<string, Value> = {};
  let ok = true;
  for (const column of decl.columns) {
    const index = columns.get(column.name);
    if (index === undefined) continue;
    const cell = raw[index] ?? null;
    const result = readCell(cell, column);
    // The location is built only for a diagnostic: most cells are fine, and tables can be large.
    const loc = (): DiagnosticLocation => ({ table: decl.name, row, column: column.name, cell: cellAddress(grid.sheet, grid.headerRow + row, grid.firstColumn + index), unit });
    if (result.ok) {
      values[column.name] = result.value;
      if ("normalizedFrom" in result && result.normalizedFrom !== undefined) {
        out.push(diagnostic("NUMBER_NORMALIZED", loc(), { en: column.name, zh: column.zh, value: describeCell(cell), number: String(result.value) }));
      }
      continue;
    }
    if (result.problem.kind === "blank" && !column.required) continue;
    const d = problemDiagnostic(result.problem, loc(), column);
    if (d) {
      out.push(d);
      ok = ok && d.severity !== "error";
    }
  }
  return { row, values, raw, ok, unit };
}

/**
 * Reads a table against its declaration. Returns `table: null` when the table
 * cannot be used (a required column missing, or two headers for one column).
 */
export function readTable(decl: TableDecl, grid: TableGrid): { table: ParsedTable | null; diagnostics: Diagnostic[] } {
  const header = mapHeader(decl, grid);
  const diagnostics = header.diagnostics;
  if (!header.usable) return { table: null, diagnostics };
  const rows: ParsedRow[] = [];
  grid.rows.forEach((raw, i) => {
    const parsed = readRow(decl, grid, header.columns, raw, i + 1, diagnostics);
    if (parsed) rows.push(parsed);
  });
  return { table: { decl, grid, columns: header.columns, rows }, diagnostics };
}
