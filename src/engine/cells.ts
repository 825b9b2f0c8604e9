/**
 * Reading one cell as a number, date, yes/no or text. Readers return results,
 * never throw: `{ok: true, value}` or `{ok: false, problem}`; the table reader
 * turns problems into diagnostics at the cell.
 */
import { Decimal, INPUT_DECIMALS } from "./decimal";
import { fixedFromNumber, fixedFromText, type Fixed } from "./fixed";
import { EXCEL_UNIX_EPOCH, MS_PER_DAY } from "./serialDates";
import { isBlank, isErrorCell, normalizeText } from "./text";
import type { Cell } from "./types";

// Engine modules import these from ./text directly: compiled to CommonJS (the
// command line's build), a re-export is read through a getter at every call.
export { isBlank, isErrorCell, isTrimmable, normalizeText } from "./text";

export type CellProblem =
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "notNumber"; readonly value: string }
  | { readonly kind: "notDate"; readonly value: string }
  | { readonly kind: "notYesNo"; readonly value: string };

export type Read<T> = { readonly ok: true; readonly value: T; readonly normalizedFrom?: string } | { readonly ok: false; readonly problem: CellProblem };

/** A calendar day as days since 1970-01-01 (UTC), with its ISO form. */
export interface Day {
  readonly days: number;
  readonly iso: string;
}

const blank: Read<never> = { ok: false, problem: { kind: "blank" } };

/**
 * Turns full-width digits and signs into ASCII.
 * @example
 * toHalfWidth("９５．５") //=> "95.5"
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3002/g, ".");
}

/** How a cell's content is quoted in messages. */
export function describeCell(cell: Cell): string {
  if (cell === null) return "(blank)";
  if (isErrorCell(cell)) return cell.error;
  if (typeof cell === "string") return `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`;
  return String(cell);
}

/** A number cell as a Decimal to 4 decimals; one allocation for the usual short numbers. */
function decimalOf(n: number): Decimal {
  const text = String(n);
  const dot = text.indexOf(".");
  const short = !text.includes("e") && (dot === -1 || text.length - dot - 1 <= INPUT_DECIMALS);
  return short ? new Decimal(text) : new Decimal(text).toDecimalPlaces(INPUT_DECIMALS);
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a number cell, or numeric text, into T: number cells through `fromNumber`, text through `fromText`. */
function readNumeric<T>(cell: Cell, fromNumber: (n: number) => T, fromText: (text: string) => T): Read<T> {
  if (cell === null || isBlank(cell)) return blank;
  if (isErrorCell(cell)) return { ok: false, problem: { kind: "error", value: cell.error } };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { ok: false, problem: { kind: "notNumber", value: String(cell) } };
    return { ok: true, value: fromNumber(cell) };
  }
  if (typeof cell === "boolean") return { ok: false, problem: { kind: "notNumber", value: describeCell(cell) } };
  const text = toHalfWidth(normalizeText(cell));
  if (!NUMBER_TEXT.test(text) || text.length > 60) return { ok: false, problem: { kind: "notNumber", value: describeCell(cell) } };
  return { ok: true, value: fromText(text), normalizedFrom: cell };
}

/**
 * Reads a number, taken to 4 decimals half-up. Text that is a number after
 * trimming and turning full-width characters into ASCII is accepted and
 * reported through `normalizedFrom`.
 * @example
 * readNumber("９５．５") //=> { ok: true, value: 95.5, normalizedFrom: "９５．５" }
 */
export function readNumber(cell: Cell): Read<Decimal> {
  return readNumeric(cell, decimalOf, (text) => new Decimal(text).toDecimalPlaces(INPUT_DECIMALS));
}

/**
 * Reads a number as `readNumber` does, as a Fixed (see fixed.ts): the same
 * value, without a Decimal for the usual numbers. For table cells.
 * @example
 * readFixed("９５．５") //=> { ok: true, value: 955000, normalizedFrom: "９５．５" }
 */
export function readFixed(cell: Cell): Read<Fixed> {
  return readNumeric(cell, fixedFromNumber, fixedFromText);
}

/** Builds a Day from a UTC year, month (1–12) and day, or null if no such date. */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return dayFromDays(Math.round(ms / MS_PER_DAY));
}

/**
 * A Day whose ISO form is made when asked for: only messages need it, and a
 * table can hold a million dates.
 */
class CalendarDay implements Day {
  constructor(readonly days: number) {}

  get iso(): string {
    return new Date(this.days * MS_PER_DAY).toISOString().slice(0, 10);
  }
}

/** A Day from days since 1970-01-01. */
export function dayFromDays(days: number): Day {
  return new CalendarDay(days);
}

/**
 * The day of an Excel serial number (1900 system; 1 = 1900-01-01, Excel's
 * fictitious 1900-02-29 is serial 60). The time of day is ignored.
 * @example
 * dayFromSerial(42699).iso //=> "2016-11-25"
 */
export function dayFromSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const days = whole < 60 ? whole - EXCEL_UNIX_EPOCH + 1 : whole - EXCEL_UNIX_EPOCH;
  return dayFromDays(days);
}

const DATE_TEXT = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

/**
 * Reads a date: an Excel date (a serial number), or text in the forms
 * `2016-11-25`, `2016/11/25`, `2016.11.25` (`2026.5.10`, the usual form in
 * Chinese documents) or `2016年11月25日` (full-width digits allowed; month
 * and day with or without a leading zero).
 * @example
 * readDate("2016年11月25日") //=> { ok: true, value: { days: 17130, iso: "2016-11-25" } }
 */
export function readDate(cell: Cell): Read<Day> {
  if (isBlank(cell)) return blank;
  if (isErrorCell(cell)) return { ok: false, problem: { kind: "error", value: cell.error } };
  const bad: Read<Day> = { ok: false, problem: { kind: "notDate", value: describeCell(cell) } };
  if (typeof cell === "number") {
    const day = dayFromSerial(cell);
    return day ? { ok: true, value: day } : bad;
  }
  if (typeof cell !== "string") return bad;
  const text = toHalfWidth(normalizeText(cell)).replace(/\s+/g, "");
  for (const form of DATE_TEXT) {
    const m = form.exec(text);
    if (m) {
      const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return day ? { ok: true, value: day } : bad;
    }
  }
  return bad;
}

const YES = new Set(["是", "yes", "true", "1", "y"]);
const NO = new Set(["否", "no", "false", "0", "n"]);

/**
 * Reads yes/no: 是/否, yes/no, true/false, 1/0, Y/N (any case), or a boolean cell.
 * @example
 * readYesNo("否") //=> { ok: true, value: false }
 */
export function readYesNo(cell: Cell): Read<boolean> {
  if (isBlank(cell)) return blank;
  if (isErrorCell(cell)) return { ok: false, problem: { kind: "error", value: cell.error } };
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = toHalfWidth(normalizeText(String(cell))).toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, problem: { kind: "notYesNo", value: describeCell(cell) } };
}

/**
 * Reads text, trimmed. A number or boolean cell is read as its text.
 * @example
 * readText(" 区财政局 ") //=> { ok: true, value: "区财政局" }
 */
export function readText(cell: Cell): Read<string> {
  if (isBlank(cell)) return blank;
  if (isErrorCell(cell)) return { ok: false, problem: { kind: "error", value: cell.error } };
  if (typeof cell === "string") return { ok: true, value: normalizeText(cell) };
  if (typeof cell === "boolean") return { ok: true, value: cell ? "TRUE" : "FALSE" };
  return { ok: true, value: String(cell) };
}
