/**
 * The Warnings table: one row per diagnostic, in the engine's order, its
 * Cell linked to the cell it is about. Its Row column is the sheet row
 * Excel's row header shows (SPEC section 6, revised: `指标!F7` is row 7),
 * not the table's data row, so a person reading it finds the row where
 * they look. Its Table and Column are in the sheet's language (SPEC section
 * 5): 考评对象 and 得分 in a Chinese workbook, Units and Score in an English one.
 */
import { sheetRowOf } from "../../engine/sheetRow";
import { columnIn, tableIn } from "../../engine/tableNames";
import type { Diagnostic, Severity } from "../../engine/types";
import { linkTarget } from "../linkTarget";
import type { OutputColumn } from "./column";

export const SEVERITY_LABELS: Readonly<Record<Severity, { readonly zh: string; readonly en: string }>> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** The columns in sheet order. */
export const WARNINGS_COLUMNS = [
  { en: "Severity", zh: "级别", format: "@", width: 8, value: (d, lang) => SEVERITY_LABELS[d.severity][lang] },
  { en: "Code", zh: "代码", format: "@", width: 24, value: (d) => d.code },
  { en: "Table", zh: "表格", format: "@", width: 14, value: (d, lang) => tableIn(d.table, lang) },
  { en: "Row", zh: "行", format: "0", width: 8, value: (d) => sheetRowOf(d) },
  { en: "Column", zh: "列", format: "@", width: 18, value: (d, lang) => columnIn(d.table, d.column, lang) },
  { en: "Cell", zh: "单元格", format: "@", width: 24, value: (d) => d.cell, link: (d) => (d.cell === null ? null : linkTarget(d.cell)) },
  { en: "Message", zh: "说明", format: "@", width: 100, value: (d, lang) => d.message[lang] },
] as const satisfies readonly OutputColumn<Diagnostic>[];
