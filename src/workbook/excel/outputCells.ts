/**
 * How an output cell is written through Office.js: its value, its number
 * format (Text for every string, see writePlan.ts) and, where ExcelApi 1.16
 * is supported, its typed value.
 */
import type { OutCell, OutputSheetPlan } from "../port";

/** The value written for an output cell: "" clears (null would leave the cell unchanged in Office.js). */
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
