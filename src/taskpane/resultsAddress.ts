/**
 * Where a unit's row is on the Results sheet. Results is written from A1
 * (header in row 1, SPEC section 6 order), so the unit at index i of
 * `result.units` is on sheet row i + 2.
 */
import { quoteSheet } from "../engine/address";
import { RESULTS_COLUMNS } from "../workbook/outputs";
import { OUTPUT_SHEETS, PRINT_SHEETS } from "../workbook/port";

const LAST_COLUMN = String.fromCharCode(64 + RESULTS_COLUMNS.length);

/**
 * @example
 * resultsRowAddress(0) //=> "考评结果!A2:P2"
 */
export function resultsRowAddress(index: number): string {
  const row = index + 2;
  return `${quoteSheet(OUTPUT_SHEETS.results.sheet)}!A${row}:${LAST_COLUMN}${row}`;
}

/** The top of a sheet Appraise writes, for "open 考评结果". */
export const RESULTS_TOP = `${quoteSheet(OUTPUT_SHEETS.results.sheet)}!A1`;
export const WARNINGS_TOP = `${quoteSheet(OUTPUT_SHEETS.warnings.sheet)}!A1`;
export const ANNOUNCEMENT_TOP = `${quoteSheet(PRINT_SHEETS.announcement.sheet)}!A1`;
export const FEEDBACK_TOP = `${quoteSheet(PRINT_SHEETS.feedback.sheet)}!A1`;
