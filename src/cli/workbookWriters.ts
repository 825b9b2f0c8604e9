/**
 * What writes a new workbook (`appraise template`, `appraise demo`), with
 * ExcelJS, which takes some 0.2 s to load: main.ts loads this module
 * (`loadWorkbookWriters`) only for those two commands. Both build their
 * inputs with the xlsx adapter's one input-table writer
 * (inputTablesWorkbook); `demo` then grades them through the package port,
 * as `score` grades a file (demo/demoWorkbook.ts).
 */
import type { Lang } from "../engine/types";
import { buildTemplateGuide, buildTemplatePlan } from "../workbook/template";
import { inputTablesWorkbook, type Workbook } from "../workbook/exceljs/inputTablesWorkbook";

export { demoInputWorkbook, gradedDemo } from "./demo/demoWorkbook";
export { workbookToBuffer } from "../workbook/exceljs/files";
export { writeFileAtomically } from "../workbook/xlsx/atomicWrite";

/**
 * `appraise template <out.xlsx>`: an empty workbook with every input table
 * (the template's sheet names, English table names, headers in Chinese
 * unless `lang` is "en", which the engine accepts as well) and a filled
 * Rules table whose period and deadlines are those of `year`, drop-down
 * lists on the enumerated columns and the guide sheet first. The layout is
 * the one the add-in's "Create input tables" uses: `buildTemplatePlan`,
 * built from the engine's declarations so it can never drift from them.
 * @example
 * templateWorkbook("zh", 2026).getWorksheet("考评规则")?.getCell("B2").value //=> "2026-01-01"
 */
export function templateWorkbook(lang: Lang, year: number): Workbook {
  return inputTablesWorkbook(buildTemplatePlan(lang, year), buildTemplateGuide(lang, year), lang);
}
