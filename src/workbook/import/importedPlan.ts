/**
 * The imported tables laid out as the template lays out a new year's
 * workbook (template.ts buildTemplatePlan): every input table, every column
 * in declaration order with its format and drop-down list, the imported rows
 * in it. One layout for `appraise import`'s new workbook (written with
 * ExcelJS) and the pane's "Import from a sheet" (written through Office.js
 * by createInputTables), so an imported workbook is the template, filled.
 */
import { TABLES } from "../../engine/tables";
import type { Lang } from "../../engine/types";
import { buildTemplatePlan, type TemplateTable } from "../template";
import type { ImportedTable } from "./importSink";

/**
 * The template of `year` in `lang` with the imported rows in its tables: a
 * table the import did not fill keeps the template's rows (empty, or Rules'
 * defaults); an imported column goes under the template's column of the same
 * name, the others are blank.
 * @example
 * importedPlan([{ name: "Units", columns: ["Unit", "Category"], rows: [["区发改局", "经济管理类"]] }], "zh", 2025)[0].rows
 * //=> [["区发改局", "经济管理类", null]]
 */
export function importedPlan(tables: readonly ImportedTable[], lang: Lang, year: number): TemplateTable[] {
  return buildTemplatePlan(lang, year).map((plan, i) => {
    const imported = tables.find((t) => t.name === plan.table);
    if (imported === undefined) return plan;
    const at = TABLES[i].columns.map((c) => imported.columns.indexOf(c.name));
    return { ...plan, rows: imported.rows.map((row) => at.map((c) => (c < 0 ? null : (row[c] ?? null)))) };
  });
}
