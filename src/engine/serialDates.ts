/**
 * Excel's serial dates and its two date systems: the one module that knows
 * the epoch, the 1904 offset and which number formats are dates. The engine
 * reads dates as serials of the 1900 system (cells.ts); every adapter turns
 * what its host gives into such a serial here, so a date means the same day
 * through every host.
 *
 * A workbook saved with the 1904 date system (Excel for Mac's old default,
 * or File › Options › Advanced "Use 1904 date system") counts days from
 * 1904-01-01, so the same serial is a date 1,462 days (four years and a day)
 * later in the 1900 system. Which numbers are dates is decided as ExcelJS
 * 4.4 decided it, so the command line grades a file as it always did and the
 * Office.js adapter agrees with it: a number cell whose number format is a
 * date or time format. A plain number in a date column (General format) is
 * left as it is.
 */

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** Excel's serial of 1970-01-01 in the 1900 date system. */
export const EXCEL_UNIX_EPOCH = 25569;

/** Days between the two systems' serials of one date: 1904-01-01 is serial 1462 in the 1900 system and 0 in the 1904 system. */
export const DATE_1904_OFFSET = 1462;

/**
 * The serial of 2016-01-01 that Excel's DATE gives in a 1904 workbook (42370
 * in a 1900 one). Office.js has no property for the date system, so the
 * Office.js adapter asks `workbook.functions.date(2016, 1, 1)` and compares.
 */
export const DATE_2016_IN_1904 = 42370 - DATE_1904_OFFSET;

/** Beyond this many milliseconds from 1970 a JavaScript Date is invalid. */
const MAX_DATE_MS = 8.64e15;

/**
 * True for a date or time number format: ExcelJS's `isDateFmt`, a date or
 * time letter (y m d h s b M) left after removing `[…]` parts and quoted text.
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
 * The serial (1900 system) of a date as ExcelJS gives it: ExcelJS turns a
 * date cell's serial into a `Date` as if the serial were UTC (and already
 * applies the workbook's 1904 setting), so the inverse is plain UTC
 * arithmetic, never the machine's time zone.
 * @example
 * dateToSerial(new Date(Date.UTC(2016, 10, 25))) //=> 42699
 */
export function dateToSerial(date: Date): number {
  return EXCEL_UNIX_EPOCH + date.getTime() / MS_PER_DAY;
}

/**
 * A date-formatted number of a file as the 1900-system serial, by ExcelJS's
 * own arithmetic (its excelToDate to the millisecond, then dateToSerial), so
 * the package reader gives the same double ExcelJS did; null when no Date
 * could hold it.
 * @example
 * serialOfStored(40908, true) //=> 42370
 * serialOfStored(1e12, false) //=> null
 */
export function serialOfStored(value: number, date1904: boolean): number | null {
  // ExcelJS multiplies by 24, 3600 and 1000 in turn: kept, so the double is the same.
  const ms = Math.round((value - EXCEL_UNIX_EPOCH + (date1904 ? DATE_1904_OFFSET : 0)) * 24 * 3600 * 1000);
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return null;
  return EXCEL_UNIX_EPOCH + ms / MS_PER_DAY;
}

/**
 * A 1904 workbook's value as the engine's (1900) serial, for a number in a
 * date format; anything else as it is. Office.js gives the stored serial, so
 * this only adds the offset.
 * @example
 * to1900Serial(40908, "yyyy-mm-dd") //=> 42370
 * to1900Serial(95, "0.00") //=> 95
 */
export function to1900Serial<T>(value: T, format: unknown): T | number {
  return typeof value === "number" && isDateFormat(format) ? value + DATE_1904_OFFSET : value;
}
