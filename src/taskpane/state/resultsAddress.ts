/**
 * Where a unit's row is on the Results sheet. Results is written from A1
 * (header in row 1, SPEC section 6 order), so the unit at index i of
 * `result.units` is on sheet row i + 2.
 */
import { cellAddress, formatAddress } from "../../engine/address";
import { RESULTS_COLUMNS } from "../../workbook/columns/resultsColumns";
import { OUTPUT_SHEETS, PRINT_SHEETS } from "../../workbook/port";

/**
 * @example
 * resultsRowAddress(0) //=> "考评结果!A2:P2"
 */
export function resultsRowAddress(index: number): string {
  const row = index + 2;
  return formatAddress({ sheet: OUTPUT_SHEETS.results.sheet, row, column: 1, lastRow: row, lastColumn: RESULTS_COLUMNS.length });
}

/** The top of a sheet Appraise writes, for "open 考评结果". */
export const RESULTS_TOP = cellAddress(OUTPUT_SHEETS.results.sheet, 1, 1);
export const WARNINGS_TOP = cellAddress(OUTPUT_SHEETS.warnings.sheet, 1, 1);
export const ANNOUNCEMENT_TOP = cellAddress(PRINT_SHEETS.announcement.sheet, 1, 1);
export const FEEDBACK_TOP = cellAddress(PRINT_SHEETS.feedback.sheet, 1, 1);
