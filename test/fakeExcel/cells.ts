/**
 * One cell of the fake host, and how Excel turns what is written into it.
 *
 * Writing a string through `Range.values` or `Range.formulas` is like typing
 * it: "=SUM(A1)" becomes a formula, "+x", "-x" and "@x" too, "12" a number,
 * "50%" 0.5, "2016-11-25" a date, "TRUE" a boolean and "#N/A" an error value.
 * Two things keep a string literal, as in Excel: the cell's number format is
 * Text ("@") before the write, or the string starts with an apostrophe (which
 * is not stored). Null in a written array leaves the cell unchanged; "" clears it.
 */
import { invalidArgument } from "./errors";

export interface ErrorValue {
  readonly error: string;
}

export type CellValue = string | number | boolean | ErrorValue;

export interface Hyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface CellRec {
  /** The value (for a formula: its result); null when the cell is empty. */
  readonly value: CellValue | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly hyperlink: Hyperlink | null;
}

export const EMPTY: CellRec = { value: null, formula: null, numberFormat: "General", fill: null, hyperlink: null };

/** The fake does not calculate: a formula written through the API reads back as this error. */
export const NOT_CALCULATED = "#NAME?";

export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * Days between the two date systems' serials of one date: 1904-01-01 is
 * serial 1462 in the 1900 system and 0 in the 1904 system (Microsoft, "Date
 * systems in Excel"; `workbook.functions.date(2016, 1, 1)` gives 42370 or 40908).
 */
export const DATE_1904_OFFSET = 1462;

/**
 * The Excel serial number of a date, in the 1900 date system or, with
 * `date1904`, the 1904 one.
 * @example
 * dateSerial(2016, 1, 1) //=> 42370
 * dateSerial(2016, 1, 1, true) //=> 40908
 */
export function dateSerial(year: number, month: number, day: number, date1904 = false): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000) - (date1904 ? DATE_1904_OFFSET : 0);
}

function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

/**
 * What a cell becomes when `input` is written to it, or null for "unchanged".
 * @example
 * typeIn(EMPTY, "=SUM(A1)").formula //=> "=SUM(A1)"
 * typeIn({ ...EMPTY, numberFormat: "@" }, "=SUM(A1)").value //=> "=SUM(A1)"
 */
export function typeIn(cell: CellRec, input: unknown, date1904 = false): CellRec | null {
  if (input === null || input === undefined) return null;
  const plain = { ...cell, formula: null };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument("The argument is invalid or missing or has an incorrect format.");
    return { ...plain, value: input };
  }
  if (typeof input === "boolean") return { ...plain, value: input };
  if (typeof input !== "string") throw invalidArgument(`A cell cannot hold ${JSON.stringify(input)}.`);
  if (input === "") return { ...plain, value: null };
  if (cell.numberFormat === "@") return { ...plain, value: input };
  if (input.startsWith("'")) return { ...plain, value: input.slice(1) === "" ? null : input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { ...plain, formula: input, value: { error: NOT_CALCULATED } };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    const format = cell.numberFormat === "General" && percent ? "0%" : cell.numberFormat;
    return { ...plain, value: percent ? n / 100 : n, numberFormat: format };
  }
  if (input.length > 1 && /^[+\-@]/.test(input)) {
    const formula = input.startsWith("@") ? `=${input.slice(1)}` : `=${input}`;
    return { ...plain, formula, value: { error: NOT_CALCULATED } };
  }
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const format = cell.numberFormat === "General" ? "yyyy-mm-dd" : cell.numberFormat;
    return { ...plain, value: dateSerial(Number(date[1]), Number(date[2]), Number(date[3]), date1904), numberFormat: format };
  }
  if (/^(true|false)$/i.test(trimmed)) return { ...plain, value: trimmed.toLowerCase() === "true" };
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) return { ...plain, value: { error: trimmed.toUpperCase() } };
  return { ...plain, value: input };
}

/** `Range.values` of one cell: "" when empty, the error text for an error. */
export function valueOf(cell: CellRec): string | number | boolean {
  const v = cell.value;
  if (v === null) return "";
  return isErrorValue(v) ? v.error : v;
}

/** `Range.formulas` of one cell: the formula, else what `values` gives. */
export function formulaOf(cell: CellRec): string | number | boolean {
  return cell.formula ?? valueOf(cell);
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueTypeOf(cell: CellRec): ValueType {
  const v = cell.value;
  if (v === null) return "Empty";
  if (isErrorValue(v)) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** True when the record carries nothing (so the store can drop it). */
export function isBlankRec(cell: CellRec): boolean {
  return cell.value === null && cell.formula === null && cell.numberFormat === "General" && cell.fill === null && cell.hyperlink === null;
}

/** A cell given directly by a test: a value, an error, or a formula with its cached result. */
export type CellInput = string | number | boolean | null | ErrorValue | { readonly formula: string; readonly value?: CellValue | null };

/** The record of a cell set directly (not typed): strings stay strings. */
export function recordOf(input: CellInput, numberFormat = "General"): CellRec {
  if (input === null) return { ...EMPTY, numberFormat };
  if (typeof input === "object" && "formula" in input) {
    return { ...EMPTY, numberFormat, formula: input.formula, value: input.value === undefined ? { error: NOT_CALCULATED } : input.value };
  }
  return { ...EMPTY, numberFormat, value: input === "" ? null : input };
}
