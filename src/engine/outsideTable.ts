/**
 * Cells right beside an input table that are not part of it (SPEC section 5,
 * ROWS_OUTSIDE_TABLE): rows typed or pasted under a table that did not grow
 * with them, or columns added right of it. They are not read; one warning per
 * block says so and how to extend the table, and the unit names such rows
 * hold under Units are remembered, so that the other tables' rows naming them
 * are not each reported as UNIT_UNKNOWN (one cause, one diagnostic).
 *
 * Adapters read the cells (TableGrid's `beside`, at most BESIDE_ROWS rows
 * and BESIDE_COLUMNS columns); what they mean is decided here, once.
 */
import { columnLetters, localAddress, type SheetRange } from "./address";
import { diagnostic, type OutsideBlock } from "./messages";
import type { TableDecl, TableName } from "./tables";
import { isBlank, normalizeText } from "./text";
import { BESIDE_COLUMNS } from "./besideTable";
import type { Cell, Diagnostic, TableGrid, WorkbookInput } from "./types";

/** Unit names a ROWS_OUTSIDE_TABLE message lists; the rest are counted. */
const UNITS_LISTED = 5;

/** Where a table is on its sheet: header row to last data row, first to last column. */
function extent(grid: TableGrid): SheetRange {
  return {
    sheet: grid.sheet,
    row: grid.headerRow,
    column: grid.firstColumn,
    lastRow: grid.headerRow + grid.rows.length,
    lastColumn: grid.firstColumn + Math.max(grid.header.length, 1) - 1,
  };
}

/** Whether a sheet cell lies in any of the tables. */
const inAny = (tables: readonly SheetRange[], row: number, column: number): boolean =>
  tables.some((t) => row >= t.row && row <= t.lastRow && column >= t.column && column <= t.lastColumn);

/** Whether a row of cells starting at `column` holds anything outside the other tables. */
function holdsData(cells: readonly Cell[], row: number, column: number, others: readonly SheetRange[]): boolean {
  return cells.some((cell, i) => !isBlank(cell) && !inAny(others, row, column + i));
}

/**
 * The rows of the block under a table, as indices into `below`: from the
 * first row under it, or the one after when a single blank row parts them
 * (a paste after a gap), to the last row before a blank one.
 */
function belowBlock(grid: TableGrid, others: readonly SheetRange[]): { first: number; last: number } | null {
  const below = grid.beside?.below ?? [];
  const filled = (i: number): boolean => i < below.length && holdsData(below[i], (grid.beside?.belowRow ?? 0) + i, grid.firstColumn, others);
  const first = filled(0) ? 0 : filled(1) ? 1 : -1;
  if (first < 0) return null;
  let last = first;
  while (filled(last + 1)) last++;
  return { first, last };
}

/** How many columns right of the table, from the first, hold anything (on the table's rows). */
function rightWidth(grid: TableGrid, others: readonly SheetRange[]): number {
  const right = grid.beside?.right ?? [];
  const column = grid.firstColumn + grid.header.length;
  const filled = (c: number): boolean => right.some((cells, r) => !isBlank(cells[c] ?? null) && !inAny(others, grid.headerRow + r, column + c));
  let width = 0;
  while (width < BESIDE_COLUMNS && filled(width)) width++;
  return width;
}

/** The unit names in the block's rows, in order, once each, that Units does not list. */
function unitsIn(rows: readonly (readonly Cell[])[], unitIndex: number | null, listed: ReadonlySet<string>): string[] {
  if (unitIndex === null) return [];
  const names = new Set<string>();
  for (const row of rows) {
    const cell = row[unitIndex] ?? null;
    const name = typeof cell === "string" ? normalizeText(cell) : "";
    if (name !== "" && !listed.has(name)) names.add(name);
  }
  return [...names];
}

export interface OutsideFindings {
  readonly diagnostics: Diagnostic[];
  /** Unit names held by rows under Units that are not read: the other tables' rows naming them are not UNIT_UNKNOWN. */
  readonly unitsNotRead: ReadonlySet<string>;
}

/** Everything a table's ROWS_OUTSIDE_TABLE needs besides its block. */
interface TableAt {
  readonly decl: Pick<TableDecl, "name" | "zh">;
  readonly grid: TableGrid;
  /** The Unit column's index in the grid's rows (Units only), or null. */
  readonly unitIndex: number | null;
}

function belowDiagnostic(t: TableAt, others: readonly SheetRange[], listed: ReadonlySet<string>, unitsNotRead: Set<string>): Diagnostic | null {
  const { grid } = t;
  const block = belowBlock(grid, others);
  if (block === null || !grid.beside) return null;
  const rows = grid.beside.below.slice(block.first, block.last + 1);
  const units = unitsIn(rows, t.unitIndex, listed);
  for (const u of units) unitsNotRead.add(u);
  const at: SheetRange = {
    sheet: grid.sheet,
    row: grid.beside.belowRow + block.first,
    column: grid.firstColumn,
    lastRow: grid.beside.belowRow + block.last,
    lastColumn: grid.firstColumn + Math.max(grid.header.length, 1) - 1,
  };
  const params: OutsideBlock = {
    table: { name: grid.name, en: t.decl.name, zh: t.decl.zh },
    side: "below",
    range: localAddress(at),
    from: String(at.row),
    to: String(at.lastRow),
    units: units.slice(0, UNITS_LISTED),
    unitCount: units.length,
  };
  return diagnostic("ROWS_OUTSIDE_TABLE", { table: t.decl.name, at }, params);
}

function rightDiagnostic(t: TableAt, others: readonly SheetRange[]): Diagnostic | null {
  const { grid } = t;
  const width = rightWidth(grid, others);
  if (width === 0) return null;
  const column = grid.firstColumn + grid.header.length;
  const at: SheetRange = { sheet: grid.sheet, row: grid.headerRow, column, lastRow: grid.headerRow + grid.rows.length, lastColumn: column + width - 1 };
  const params: OutsideBlock = {
    table: { name: grid.name, en: t.decl.name, zh: t.decl.zh },
    side: "right",
    range: localAddress(at),
    from: columnLetters(at.column),
    to: columnLetters(at.lastColumn),
    units: [],
    unitCount: 0,
  };
  return diagnostic("ROWS_OUTSIDE_TABLE", { table: t.decl.name, at }, params);
}

/**
 * ROWS_OUTSIDE_TABLE for each input table with cells right under it or
 * right of it, outside every table of the workbook.
 * @param found the input tables found, by name, with their declarations
 * @param listed the units Units lists
 * @param unitIndex the Unit column's index in Units' grid, or null
 */
export function outsideTables(
  input: WorkbookInput,
  found: ReadonlyMap<TableName, { readonly decl: Pick<TableDecl, "name" | "zh">; readonly grid: TableGrid }>,
  listed: ReadonlySet<string>,
  unitIndex: number | null,
): OutsideFindings {
  const diagnostics: Diagnostic[] = [];
  const unitsNotRead = new Set<string>();
  const extents = input.tables.map((g) => ({ grid: g, at: extent(g) }));
  for (const [name, { decl, grid }] of found) {
    if (!grid.beside) continue;
    const others = extents.filter((e) => e.grid !== grid && e.at.sheet === grid.sheet).map((e) => e.at);
    const t: TableAt = { decl, grid, unitIndex: name === "Units" ? unitIndex : null };
    const below = belowDiagnostic(t, others, listed, unitsNotRead);
    const right = rightDiagnostic(t, others);
    if (below) diagnostics.push(below);
    if (right) diagnostics.push(right);
  }
  return { diagnostics, unitsNotRead };
}
