/**
 * A1 addresses for the fake Excel host: rectangles are 0-based
 * `{row, col, rows, cols}`; addresses are Excel's ("B2:D9", "A:C", "3:5").
 * Independent of the project's own address code, so the fake checks it rather
 * than repeats it.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Column letters of a 0-based column.
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The 0-based column of letters such as "AB" (27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function corner(part: string): { row: number | null; col: number | null } | null {
  const cell = CELL.exec(part);
  if (cell) return { row: Number(cell[2]) - 1, col: columnIndex(cell[1]) };
  const col = COLS.exec(part);
  if (col) return { row: null, col: columnIndex(col[1]) };
  const row = ROWS.exec(part);
  if (row) return { row: Number(row[1]) - 1, col: null };
  return null;
}

/**
 * The rectangle of an address without sheet ("B2", "B2:D9", "A:C", "3:5"), or
 * null when it is not one.
 * @example
 * parseRect("B2:D9") //=> { row: 1, col: 1, rows: 8, cols: 3 }
 */
export function parseRect(address: string): Rect | null {
  const [a, b = a, extra] = address.trim().split(":");
  if (extra !== undefined) return null;
  const p = corner(a);
  const q = corner(b);
  if (p === null || q === null) return null;
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) return null;
  const r1 = p.row ?? 0;
  const r2 = q.row ?? MAX_ROWS - 1;
  const c1 = p.col ?? 0;
  const c2 = q.col ?? MAX_COLS - 1;
  if (r1 < 0 || c1 < 0 || r2 >= MAX_ROWS || c2 >= MAX_COLS) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/**
 * The address of a rectangle as Excel writes it: whole columns as "A:C",
 * whole rows as "3:5", else "B2:D9" (or "B2" for one cell).
 */
export function formatRect(r: Rect): string {
  const wholeCols = r.row === 0 && r.rows === MAX_ROWS;
  const wholeRows = r.col === 0 && r.cols === MAX_COLS;
  if (wholeCols && !wholeRows) return `${columnLetters(r.col)}:${columnLetters(r.col + r.cols - 1)}`;
  if (wholeRows) return `${r.row + 1}:${r.row + r.rows}`;
  const first = `${columnLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** Same as formatRect with `$` before every column and row ("$A$1"). */
export function formatAbsolute(r: Rect): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const first = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Quotes a sheet name where Excel does: anything but letters, digits, `_` and `.`, or a name like a cell. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Splits "Sheet!A1", "'My sheet'!A1" or "A1" into sheet (unquoted, or null) and address.
 * @example
 * splitAddress("'It''s'!B2") //=> { sheet: "It's", address: "B2" }
 */
export function splitAddress(full: string): { sheet: string | null; address: string } {
  const bang = full.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: full };
  let sheet = full.slice(0, bang);
  if (sheet.startsWith("=")) sheet = sheet.slice(1);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1) };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rowEnd = Math.max(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.max(a.col + a.cols, b.col + b.cols);
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}
