/**
 * The cap on a print sheet laid out in a spreadsheet host (Excel, WPS): over
 * it, the sheet holds one line saying how to print it instead.
 */
import { span, type PrintSheetPlan } from "./printPlan";

/**
 * The most rows a print sheet is laid out with in Excel or WPS 表格: some 200 feedback
 * letters. Each row is a merge, styles and borders, so far larger sheets
 * (a benchmark's 12,500 letters are 300,000 rows) would take dozens of
 * requests (calls, in WPS) and minutes for a document nobody prints from a spreadsheet; such a sheet
 * holds one line saying how to print it (`appraise print` lays out any
 * number of letters in the file copy).
 */
export const MAX_PRINT_ROWS = 5_000;

/** The spreadsheet host a print sheet is laid out in, as its users call it. */
export type SheetHost = "Excel" | "WPS 表格";

const TOO_LONG = {
  zh: (rows: number, host: SheetHost) =>
    `此文书有 ${rows} 行，超过在 ${host} 中排版的上限（${MAX_PRINT_ROWS} 行）。请用命令行 appraise score 生成副本，再用 appraise print 打印。`,
  en: (rows: number, host: SheetHost) =>
    `This document has ${rows} rows, more than ${host} lays out here (${MAX_PRINT_ROWS}). Grade a copy with the command line (appraise score) and print it with appraise print.`,
};

/**
 * The plan as written in a spreadsheet host: itself, or, over MAX_PRINT_ROWS, one line saying how to print it (in both languages).
 * @example
 * laidOutInHost(plan, "WPS 表格").rows.length //=> 2 when plan has more than MAX_PRINT_ROWS rows
 */
export function laidOutInHost(plan: PrintSheetPlan, host: SheetHost): PrintSheetPlan {
  if (plan.rows.length <= MAX_PRINT_ROWS) return plan;
  const n = plan.rows.length;
  return { ...plan, rows: [span(TOO_LONG.zh(n, host)), span(TOO_LONG.en(n, host))], pageBreaksAfter: [], titleRows: null };
}
