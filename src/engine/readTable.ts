/**
 * Finds the input tables by name and reads each one against its declaration:
 * headers to columns, cells to typed values, every problem a diagnostic at
 * its cell. One pass, never stopping at the first problem.
 */
import { cellRange, type SheetRange } from "./address";
import { dayFromSerial, describeCell, readDate, readFixed, readText, readYesNo, type CellProblem, type Day, type Read } from "./cells";
import { isBlank, isTrimmable, normalizeText } from "./text";
import { compareFixedTo, fixedFromNumber, fixedToString, isWholeFixed, type Fixed } from "./fixed";
import { diagnostic, type DiagnosticLocation } from "./messages";
import { ENUMS, ENUM_HINTS, TABLES, type ColumnDecl, type TableDecl } from "./tables";
import type { Cell, Diagnostic, TableGrid, TableName, WorkbookInput } from "./types";

/** A cell's typed value: numbers are exact Fixed values (see fixed.ts). */
export type Value = Fixed | Day | boolean | string;

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

/** Where a data row's cell in a column is on its sheet, or null if the column is absent. */
export function cellOf(table: ParsedTable, row: number, column: string): SheetRange | null {
  const index = table.columns.get(column);
  if (index === undefined) return null;
  return cellRange(table.grid.sheet, table.grid.headerRow + row, table.grid.firstColumn + index);
}

/** A diagnostic location for a cell of a data row. */
export function locate(table: ParsedTable, row: ParsedRow, column: string | null): DiagnosticLocation {
  return { table: table.decl.name, row: row.row, column, at: column ? cellOf(table, row.row, column) : null, unit: row.unit };
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
      diagnostics.push(diagnostic("TABLE_AMBIGUOUS", { table: decl.name }, { table: params }));
    } else if (en.length + zh.length === 0) {
      if (decl.required) diagnostics.push(diagnostic("TABLE_MISSING", { table: decl.name }, { table: params }));
    } else {
      grids.set(decl.name, (en[0] ?? zh[0]) as TableGrid);
    }
  }
  return { grids, diagnostics };
}

function headerMatches(column: ColumnDecl, header: string): boolean {
  const h = lower(header);
  return h === column.name.toLowerCase() || h === lower(column.zh);
}

/** Maps header cells to declared columns, reporting unknown, ambiguous and missing ones. */
function mapHeader(decl: TableDecl, grid: TableGrid): { columns: Map<string, number>; diagnostics: Diagnostic[]; usable: boolean } {
  const columns = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const headerCell = (i: number): SheetRange => cellRange(grid.sheet, grid.headerRow, grid.firstColumn + i);
  grid.header.forEach((cell, i) => {
    const text = readText(cell);
    const header = text.ok ? text.value : "";
    const column = decl.columns.find((c) => header !== "" && headerMatches(c, header));
    if (!column) {
      diagnostics.push(diagnostic("COLUMN_UNKNOWN", { table: decl.name, at: headerCell(i) }, { header: header || describeCell(cell) }));
    } else if (columns.has(column.name)) {
      const first = grid.header[columns.get(column.name) as number];
      const headers = `${describeCell(first)}, ${describeCell(cell)}`;
      diagnostics.push(
        diagnostic(
          "COLUMN_AMBIGUOUS",
          { table: decl.name, column: column.name, at: headerCell(i) },
          { table: decl.name, column: { en: column.name, zh: column.zh }, headers },
        ),
      );
    } else {
      columns.set(column.name, i);
    }
  });
  const headerRange: SheetRange = {
    ...cellRange(grid.sheet, grid.headerRow, grid.firstColumn),
    lastColumn: grid.firstColumn + Math.max(grid.header.length, 1) - 1,
  };
  let usable = !diagnostics.some((d) => d.code === "COLUMN_AMBIGUOUS");
  for (const column of decl.columns.filter((c) => c.required && !columns.has(c.name))) {
    diagnostics.push(
      diagnostic(
        "COLUMN_MISSING",
        { table: decl.name, column: column.name, at: headerRange },
        { table: decl.name, column: { en: column.name, zh: column.zh } },
      ),
    );
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

function readCount(cell: Cell, min: number): Read<Fixed> | { ok: false; problem: { kind: "range"; value: string; range: string } } {
  const n = readFixed(cell);
  if (!n.ok) return n;
  if (!isWholeFixed(n.value) || compareFixedTo(n.value, min) < 0) {
    return { ok: false, problem: { kind: "range", value: fixedToString(n.value), range: min === 0 ? "0, 1, 2 …" : "1, 2, 3 …" } };
  }
  return n;
}

type ColumnRead = Read<Value> | { ok: false; problem: CellProblem | { kind: "notInSet" | "range"; value: string; range?: string } };

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
      return typeof cell === "string" && Object.hasOwn(ENUMS[column.type], cell) ? ENUMS[column.type][cell] : undefined;
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
      return diagnostic("OUT_OF_RANGE", loc, { column: names, value: problem.value, range: ENUM_HINTS[column.type as keyof typeof ENUM_HINTS] });
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
  if (quick !== undefined) return quick as string;
  const read = readText(cell);
  return read.ok ? read.value : null;
}

/** Reads one data row; returns null for a blank row. */
function readRow(layout: Layout, raw: readonly Cell[], row: number, out: Diagnostic[]): ParsedRow | null {
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
      if ("normalizedFrom" in result && result.normalizedFrom !== undefined) {
        // Only numbers are normalized.
        const number = fixedToString(result.value as Fixed);
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
  const present = decl.columns.filter((c) => header.columns.has(c.name)).map((c) => ({ decl: c, index: header.columns.get(c.name) as number }));
  const layout: Layout = { decl, grid, present, unit: present.find((c) => c.decl.name === "Unit") ?? null };
  const rows: ParsedRow[] = [];
  for (let i = 0; i < grid.rows.length; i++) {
    const parsed = readRow(layout, grid.rows[i] as readonly Cell[], i + 1, diagnostics);
    if (parsed) rows.push(parsed);
  }
  return { table: { decl, grid, columns: header.columns, rows }, diagnostics };
}
