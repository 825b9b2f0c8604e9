/**
 * The workbook's date system. The engine takes dates as serial numbers of
 * the 1900 date system; a workbook saved with the 1904 date system (Excel for
 * Mac's old default, or File › Options › Advanced "Use 1904 date system")
 * counts days from 1904-01-01, so the same serial is a date 1,462 days
 * (four years and a day) earlier than the engine would take it.
 *
 * Office.js has no property for it, so the first read asks Excel itself:
 * `workbook.functions.date(2016, 1, 1)` (ExcelApi 1.2) is 42370 in a 1900
 * workbook and 40908 in a 1904 one (the DATE function's year "is a number
 * from 1900 or 1904 (depending on the workbook's date system)").
 *
 * Which numbers are dates is decided as the command line decides it, so both
 * give the same results on the same file: a number cell whose number format
 * is a date or time format (ExcelJS's rule: after removing quoted text and
 * [bracketed] parts, the format has one of y m d h s b M). A plain number in
 * a date column (General format) is left as it is, by both.
 */

/** Days from 1900-01-00 to 1904-01-01 in the 1900 system: 1904-01-01 is serial 1462 there and 0 in the 1904 system. */
export const DATE_1904_OFFSET = 1462;

/** The serial of 2016-01-01 that DATE gives in a 1904 workbook (42370 in a 1900 one). */
export const DATE_2016_IN_1904 = 40908;

/**
 * True for a date or time number format.
 * @example
 * isDateFormat("yyyy-mm-dd") //=> true
 * isDateFormat('0.00"天"') //=> false
 * isDateFormat("[$-804]General") //=> false
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/**
 * A 1904 serial as the engine's (1900) serial, for a number in a date format;
 * anything else as it is.
 * @example
 * to1900Serial(40908, "yyyy-mm-dd") //=> 42370
 * to1900Serial(95, "0.00") //=> 95
 */
export function to1900Serial<T>(value: T, format: unknown): T | number {
  return typeof value === "number" && isDateFormat(format) ? value + DATE_1904_OFFSET : value;
}
