/** Sheet addresses such as `指标!F7` and `'My sheet'!A1`. */

/**
 * Column letters of a 1-based column number.
 * @example
 * columnLetters(28) //=> "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
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
 * The address of one cell.
 * @example
 * cellAddress("指标", 7, 6) //=> "指标!F7"
 */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(column)}${row}`;
}

/**
 * The address of a one-row range.
 * @example
 * rowRangeAddress("指标", 1, 1, 6) //=> "指标!A1:F1"
 */
export function rowRangeAddress(sheet: string, row: number, firstColumn: number, lastColumn: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(firstColumn)}${row}:${columnLetters(lastColumn)}${row}`;
}
