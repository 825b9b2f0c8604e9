/**
 * Column widths on an output sheet: from characters (the plan's unit) to
 * points (Office.js's), set once per run of equal widths.
 */
import { columnLetters } from "../../engine/address";
import { runs } from "./runs";

/**
 * A column width in points from a width in characters (Calibri 11: 7 px a
 * character plus 5 px of padding, ¾ pt a pixel).
 * @example
 * widthPoints(10) //=> 56.25
 */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Sets the widths (in characters) of the sheet's first columns, one range per run of equal widths. */
export function queueWidths(ws: Excel.Worksheet, widths: readonly number[]): void {
  for (const [start, length, chars] of runs(widths)) {
    ws.getRange(`${columnLetters(start + 1)}:${columnLetters(start + length)}`).format.columnWidth = widthPoints(chars);
  }
}
