/**
 * A print-ready sheet as plain data: rows of text for people to read on
 * paper, not a table to compute on. The announcement (考评通报) and the
 * feedback letters (反馈单) are laid out this way (SPEC §6); how each kind of
 * cell looks, and the page, are printLooks.ts. Each adapter writes the plan
 * with the page setup its host supports.
 */
import { displayWidth } from "../displayWidth";
import type { PrintKind } from "../ownedSheets";
import { PRINT_LOOKS, type PrintStyle } from "./printLooks";

export type { PrintStyle } from "./printLooks";

export interface PrintCell {
  readonly value: string | number | null;
  readonly style: PrintStyle;
}

/**
 * One row: either one cell spanning every column (merged across them, text
 * wrapped) or one cell per column.
 */
export type PrintRow = { readonly span: PrintCell } | { readonly cells: readonly PrintCell[] };

export interface PrintSheetPlan {
  readonly kind: PrintKind;
  /** The sheet's name (Chinese in both languages, as the other outputs'). */
  readonly sheet: string;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** The number format of "number" cells (the scores' decimals). */
  readonly numberFormat: string;
  readonly rows: readonly PrintRow[];
  /** 0-based indexes of the rows a page ends after (a page break below them). */
  readonly pageBreaksAfter: readonly number[];
  /** The first and last (0-based) rows printed at the top of every page, or null. */
  readonly titleRows: readonly [number, number] | null;
}

export const span = (value: string, style: PrintStyle = "line"): PrintRow => ({ span: { value, style } });
export const cells = (...list: readonly PrintCell[]): PrintRow => ({ cells: list });
export const cell = (value: string | number | null, style: PrintStyle = "cell"): PrintCell => ({ value, style });

/** Excel's largest row height, in points. */
export const MAX_ROW_POINTS = 409;

/** Text width in character cells (displayWidth: CJK characters count double). */
const widthOf = (value: PrintCell["value"]): number => displayWidth(String(value ?? ""));

/**
 * The height of a row in points, so that wrapped text shows in full: Excel
 * does not grow a row to fit a merged cell's wrapped text (its AutoFit
 * ignores merged cells), so a spanned line longer than the page is given
 * the height of the lines it wraps to. Rows whose text fits one line keep
 * the look's line height (PRINT_LOOKS). Excel's maximum row height is 409 points, so a
 * longer line (a tier line naming thousands of units) is capped there.
 * @example
 * printRowHeight(span("区发改局"), [26, 10, 12, 44]) //=> 15
 * printRowHeight(span("说".repeat(100)), [26, 10, 12, 44]) //=> 45 (three lines)
 */
export function printRowHeight(row: PrintRow, columnWidths: readonly number[]): number {
  const lines = (cell: PrintCell, chars: number) => Math.max(1, Math.ceil(widthOf(cell.value) / Math.max(1, chars - 1)));
  if ("span" in row) {
    const total = columnWidths.reduce((a, b) => a + b, 0);
    return Math.min(MAX_ROW_POINTS, PRINT_LOOKS[row.span.style].linePoints * lines(row.span, total));
  }
  return Math.min(MAX_ROW_POINTS, Math.max(...row.cells.map((c, i) => PRINT_LOOKS[c.style].linePoints * lines(c, columnWidths[i] ?? 10))));
}
