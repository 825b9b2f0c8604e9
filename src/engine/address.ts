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
export function localAddress(range: Omit<SheetRange, "sheet">): string {
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

const LOCAL = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * Parses a local reference such as `F7`, `$A$1` or `A1:F10` (no sheet), or null.
 * @example
 * parseLocalAddress("$C$4:F9") //=> { row: 4, column: 3, lastRow: 9, lastColumn: 6 }
 */
export function parseLocalAddress(text: string): Omit<SheetRange, "sheet"> | null {
  const m = LOCAL.exec(text.trim());
  if (m === null) return null;
  const row = Number(m[2]);
  const column = columnNumber(m[1]);
  const lastRow = m[4] === undefined ? row : Number(m[4]);
  const lastColumn = m[3] === undefined ? column : columnNumber(m[3]);
  if (row < 1 || lastRow < row || lastColumn < column) return null;
  return { row, column, lastRow, lastColumn };
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
