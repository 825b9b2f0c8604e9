/**
 * How an output cell is written through Office.js: its value, its number
 * format (Text for every string, see writePlan.ts) and, where ExcelApi 1.16
 * is supported, its typed value.
 */
import { cellFormat, cellValue } from "../outputCell";
import type { OutputSheetPlan } from "../port";

/**
 * A cell as a typed value for `Range.valuesAsJson` (ExcelApi 1.16): a
 * String is stored as text whatever it looks like ("=1+1", "001",
 * "2016-11-25"), the method Microsoft documents for writing typed values.
 * @example
 * jsonCell("=1+1") //=> { type: "String", basicValue: "=1+1" }
 * jsonCell("") //=> { type: "Empty", basicValue: "" }
 */
export function jsonCell(v: string | number | boolean): Excel.CellValue {
  if (typeof v === "number") return { type: "Double", basicValue: v } as Excel.CellValue;
  if (typeof v === "boolean") return { type: "Boolean", basicValue: v } as Excel.CellValue;
  if (v === "") return { type: "Empty", basicValue: "" } as Excel.CellValue;
  return { type: "String", basicValue: v } as Excel.CellValue;
}

/** Values and formats of the plan's rows, each as long as the header. */
export function gridsOf(plan: OutputSheetPlan, width = plan.headers.length) {
  const rows = plan.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    values: rows.map((r) => r.map(cellValue)),
    formats: rows.map((r) => r.map((v, c) => cellFormat(v, plan.numberFormats[c] ?? null))),
  };
}
