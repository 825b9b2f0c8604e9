/**
 * The row a person reads: SPEC sections 5 and 6 (revised) say that wherever
 * a person reads a location (the task pane, the Warnings sheet, the command's
 * summary) the row is the sheet row Excel's row header shows, so
 * `指标!F7` is row 7, while a diagnostic's `row` stays the table's data row
 * (stable API: the JSON keeps it and adds `sheetRow`).
 */
import type { Diagnostic } from "./types";

/**
 * The sheet row of a diagnostic's data row, read from its cell address (the
 * first cell of a range), or null when it points at no data row.
 * @example
 * sheetRowOf({ row: 196, cell: "指标考核!F197" }) //=> 197
 * sheetRowOf({ row: null, cell: "指标考核!A1:F1" }) //=> null
 */
export function sheetRowOf(d: Pick<Diagnostic, "row" | "cell">): number | null {
  if (d.row === null || d.cell === null) return null;
  const match = /!\$?[A-Za-z]{1,3}\$?(\d+)(?::|$)/.exec(d.cell);
  return match === null ? null : Number(match[1]);
}
