/**
 * The row a person reads: SPEC sections 5 and 6 (revised) say that wherever
 * a person reads a location (the task pane, the Warnings sheet, the command's
 * summary) the row is the sheet row Excel's row header shows, so
 * `指标!F7` is row 7, while a diagnostic's `row` stays the table's data row
 * (stable API: the JSON keeps it and adds `sheetRow`).
 */
import type { Diagnostic } from "./types";

/**
 * The sheet row of a diagnostic's data row (the first row of its range), or
 * null when it points at no data row.
 * @example
 * sheetRowOf({ row: 196, at: cellRange("指标考核", 197, 6) }) //=> 197
 * sheetRowOf({ row: null, at: cellRange("指标考核", 1, 1) }) //=> null
 */
export function sheetRowOf(d: Pick<Diagnostic, "row" | "at">): number | null {
  return d.row === null || d.at === null ? null : d.at.row;
}
