/**
 * A worksheet as plain cells, the way `appraise import` reads last year's
 * summary: no tables, just values, formulas and merged ranges. An adapter
 * reads it (xlsx/plainSheets.ts); everything after is pure (importSummary.ts).
 */
import { cellAddress, formatAddress, type LocalRange } from "../../engine/address";
import { toHalfWidth } from "../../engine/cells";
import { isErrorCell, normalizeText } from "../../engine/text";
import type { Cell } from "../../engine/types";

/** One non-empty cell: its value (a formula's cached result) and its formula, if any ("" for a shared formula's follower). */
export interface PlainCell {
  readonly value: Cell;
  readonly formula: string | null;
}

export interface PlainSheet {
  readonly name: string;
  /** rows[r - 1][c - 1] for sheet row r, column c; missing = blank. */
  readonly rows: readonly (readonly (PlainCell | undefined)[] | undefined)[];
  readonly merges: readonly LocalRange[];
  /** The names of the Excel tables on the sheet, if any. */
  readonly tables: readonly string[];
}

/** The cell at a 1-based row and column, or undefined when blank. */
export const cellAt = (sheet: PlainSheet, row: number, column: number): PlainCell | undefined => sheet.rows[row - 1]?.[column - 1];

/** The value at a row and column, or null. */
export const valueAt = (sheet: PlainSheet, row: number, column: number): Cell => cellAt(sheet, row, column)?.value ?? null;

/**
 * The value shown at a cell: a merged range's value (its top-left cell's) wherever inside it.
 * @example
 * shownAt({ name: "S", rows: [[{ value: "x", formula: null }]], merges: [{ row: 1, column: 1, lastRow: 2, lastColumn: 1 }], tables: [] }, 2, 1) //=> "x"
 */
export function shownAt(sheet: PlainSheet, row: number, column: number): Cell {
  const merge = mergeAt(sheet, row, column);
  return merge === undefined ? valueAt(sheet, row, column) : valueAt(sheet, merge.row, merge.column);
}

/** The merged range holding a cell, if any. */
export const mergeAt = (sheet: PlainSheet, row: number, column: number): LocalRange | undefined =>
  sheet.merges.find((m) => row >= m.row && row <= m.lastRow && column >= m.column && column <= m.lastColumn);

/** A cell's text, trimmed, or null when it holds no text. */
export function textOf(cell: Cell): string | null {
  if (typeof cell !== "string") return null;
  const t = normalizeText(cell);
  return t === "" ? null : t;
}

/** The number a cell holds (numeric text after trimming and full-width forms included), null when blank, NaN when not a number. */
export function numberOf(cell: Cell): number | null {
  if (cell === null || (typeof cell === "string" && normalizeText(cell) === "")) return null;
  if (typeof cell === "number") return cell;
  if (typeof cell === "string") {
    const t = toHalfWidth(normalizeText(cell));
    return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
  }
  return Number.NaN;
}

/** How a cell reads in a message: text quoted, an error as its code, blank as such. */
export function shown(cell: Cell): string {
  if (cell === null) return "(空白/blank)";
  if (isErrorCell(cell)) return cell.error;
  return typeof cell === "string" ? `“${cell}”` : String(cell);
}

/** The number of columns the sheet uses. */
export function widthOf(sheet: PlainSheet): number {
  // rows is sparse (a blank row is a hole): reduce skips holes, where spreading would give Math.max an undefined.
  const cells = sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  return sheet.merges.reduce((w, m) => Math.max(w, m.lastColumn), cells);
}

/** A cell's address on the sheet, `汇总!C5`. */
export const addressOf = (sheet: PlainSheet, row: number, column: number): string => cellAddress(sheet.name, row, column);

/** A rectangle's address on the sheet, `汇总!A3:A4` (one cell as `汇总!A3`). */
export const rangeAddressOf = (sheet: PlainSheet, r: LocalRange): string => formatAddress({ sheet: sheet.name, ...r });
