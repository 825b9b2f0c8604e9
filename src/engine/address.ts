/**
 * Sheet addresses such as `指标!F7` and `'My sheet'!A1:F1`: the one module
 * that formats and parses them. Everywhere else a location is data
 * ({@link SheetRange}); text is made from it at the edge (the JSON's `cell`,
 * the Warnings sheet, the pane) and read back only here.
 */

/** A cell or a rectangle of cells on a sheet; rows and columns 1-based, inclusive. */
export interface SheetRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** A range's rows and columns without its sheet: a local reference such as `A1:F10`. */
export type LocalRange = Omit<SheetRange, "sheet">;

/**
 * Column letters of a 1-based column number.
 * @example
 * columnLetters(28) //=> "AB"
 */
export function columnLetters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * The 1-based column number of column letters (either case).
 * @example
 * columnNumber("ab") //=> 28
 */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * Quotes a sheet name where Excel needs quotes: anything but letters (any
 * script), digits and underscores, a leading digit, or a name that looks like
 * a cell reference.
 * @example
 * quoteSheet("指标") //=> "指标"
 * quoteSheet("My sheet") //=> "'My sheet'"
 */
export function quoteSheet(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[Rr]\d*[Cc]\d*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet name as written before "!", unquoted.
 * @example
 * unquoteSheet("'It''s'") //=> "It's"
 */
export function unquoteSheet(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t;
}

/** One cell as a range. */
export function cellRange(sheet: string, row: number, column: number): SheetRange {
  return { sheet, row, column, lastRow: row, lastColumn: column };
}

/** The first cell of a range. */
export function topLeft(range: SheetRange): SheetRange {
  return cellRange(range.sheet, range.row, range.column);
}

/**
 * A range's local reference, without its sheet.
 * @example
 * localAddress({ sheet: "指标", row: 1, column: 1, lastRow: 1, lastColumn: 6 }) //=> "A1:F1"
 */
export function localAddress(range: LocalRange): string {
  const first = `${columnLetters(range.column)}${range.row}`;
  const single = range.lastRow === range.row && range.lastColumn === range.column;
  return single ? first : `${first}:${columnLetters(range.lastColumn)}${range.lastRow}`;
}

/**
 * The address of a range, its sheet quoted where Excel needs it.
 * @example
 * formatAddress(cellRange("指标", 7, 6)) //=> "指标!F7"
 * formatAddress({ sheet: "My sheet", row: 1, column: 1, lastRow: 1, lastColumn: 6 }) //=> "'My sheet'!A1:F1"
 */
export function formatAddress(range: SheetRange): string {
  return `${quoteSheet(range.sheet)}!${localAddress(range)}`;
}

/**
 * The address of one cell.
 * @example
 * cellAddress("指标", 7, 6) //=> "指标!F7"
 */
export function cellAddress(sheet: string, row: number, column: number): string {
  return formatAddress(cellRange(sheet, row, column));
}

/** The character codes the cell-reference loop tells apart. */
const DOLLAR = 36;
const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Row and column of one cell reference such as `F7` or `$F$7` (either case:
 * one to three letters, then digits), or null when it is not one. Written as
 * a loop, not a regex: the package reader calls it for every cell of a sheet.
 * @example
 * parseCellRef("AB12") //=> { row: 12, column: 28 }
 * parseCellRef("$c$4") //=> { row: 4, column: 3 }
 * parseCellRef("A0") //=> null
 */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  let i = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersAt = i;
  let column = 0;
  for (let code = ref.charCodeAt(i); i < ref.length; code = ref.charCodeAt(++i)) {
    if (code >= UPPER_A && code <= UPPER_Z) column = column * 26 + code - 64;
    else if (code >= LOWER_A && code <= LOWER_Z) column = column * 26 + code - 96;
    else break;
  }
  const letters = i - lettersAt;
  if (letters < 1 || letters > 3) return null;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  const digitsAt = i;
  let row = 0;
  for (let code = ref.charCodeAt(i); i < ref.length; code = ref.charCodeAt(++i)) {
    if (code < DIGIT_0 || code > DIGIT_9) return null;
    row = row * 10 + code - DIGIT_0;
  }
  return i > digitsAt && row > 0 ? { row, column } : null;
}

/** The two corners of a local reference (one cell: the same corner twice), or null. */
function corners(text: string): [{ row: number; column: number }, { row: number; column: number }] | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const first = parseCellRef(parts[0]);
  const last = parts.length === 2 ? parseCellRef(parts[1]) : first;
  return first === null || last === null ? null : [first, last];
}

/**
 * Parses a local reference such as `F7`, `$A$1` or `A1:F10` (no sheet), or null.
 * @example
 * parseLocalAddress("$C$4:F9") //=> { row: 4, column: 3, lastRow: 9, lastColumn: 6 }
 */
export function parseLocalAddress(text: string): LocalRange | null {
  const c = corners(text);
  if (c === null) return null;
  const [first, last] = c;
  if (last.row < first.row || last.column < first.column) return null;
  return { row: first.row, column: first.column, lastRow: last.row, lastColumn: last.column };
}

/**
 * The range a file's `ref` attribute covers (a table's, a sheet's
 * dimension), its corners in either order, as Excel reads them.
 * @example
 * parseLocalBox("F20:B2") //=> { row: 2, column: 2, lastRow: 20, lastColumn: 6 }
 */
export function parseLocalBox(text: string): LocalRange | null {
  const c = corners(text);
  if (c === null) return null;
  const [a, b] = c;
  return { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column), lastRow: Math.max(a.row, b.row), lastColumn: Math.max(a.column, b.column) };
}

/**
 * The sheet an address or a defined name's reference (`='考评结果'!$A$1`)
 * names, unquoted, or null when it names none (`#REF!$A$1`: Excel's
 * reference to a deleted sheet).
 * @example
 * sheetOfAddress("='It''s'!$A$1") //=> "It's"
 */
export function sheetOfAddress(text: string): string | null {
  const t = text.trim().replace(/^=/, "");
  const bang = t.lastIndexOf("!");
  if (bang <= 0 || t.startsWith("#")) return null;
  return unquoteSheet(t.slice(0, bang));
}

/**
 * Parses a sheet address (`指标!F7`, `'My sheet'!$A$1:F1`, an optional
 * leading `=`), or null when it is not one.
 * @example
 * parseAddress("'It''s'!B2") //=> { sheet: "It's", row: 2, column: 2, lastRow: 2, lastColumn: 2 }
 * parseAddress("B2") //=> null
 */
export function parseAddress(text: string): SheetRange | null {
  const sheet = sheetOfAddress(text);
  if (sheet === null) return null;
  const local = parseLocalAddress(text.slice(text.lastIndexOf("!") + 1));
  return local === null ? null : { sheet, ...local };
}
