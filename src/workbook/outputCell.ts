/**
 * How an output cell is written into a spreadsheet host (the Office.js and
 * the WPS adapters alike): its value, and its number format, Text for every
 * string (see excel/writePlan.ts) so a written string is never read as a
 * formula, number or date.
 */
import type { OutCell } from "./port";

/**
 * The value written for an output cell: "" clears (null would leave the cell unchanged in Office.js).
 * @example
 * cellValue(null) //=> ""
 * cellValue(968.75) //=> 968.75
 */
export function cellValue(v: OutCell): string | number | boolean {
  if (v === null || (typeof v === "number" && !Number.isFinite(v))) return "";
  return v;
}

/**
 * The number format of an output cell: Text for every string (so it is never
 * read as a formula, number or date), the column's format otherwise (General
 * for numbers in a Text column).
 * @example
 * cellFormat("=SUM(A1)", "0.00") //=> "@"
 * cellFormat(968.75, "0.00") //=> "0.00"
 * cellFormat(3, "@") //=> "General"
 */
export function cellFormat(v: OutCell, columnFormat: string | null): string {
  if (typeof v === "string") return "@";
  if (v === null) return columnFormat ?? "General";
  return columnFormat === null || columnFormat === "@" ? "General" : columnFormat;
}
