/**
 * `appraise template` and the browser page's new year's workbook: one
 * builder for both (cli/workbookWriters.ts saves it with the command line's
 * file helpers, hosts/web/templateWorker.ts hands its bytes to the page).
 * Imports nothing of Node's, so it runs in a Web Worker.
 */
import type { Lang } from "../../engine/types";
import { buildTemplateGuide, buildTemplatePlan } from "../template";
import { inputTablesWorkbook, type Workbook } from "./inputTablesWorkbook";

/**
 * An empty workbook with every input table (the template's sheet names,
 * English table names, headers in Chinese unless `lang` is "en", which the
 * engine accepts as well) and a filled Rules table whose period and
 * deadlines are those of `year`, drop-down lists on the enumerated columns
 * and the guide sheet (说明) first. The layout is the one the add-in's "Create
 * input tables" uses: `buildTemplatePlan`, built from the engine's
 * declarations so it can never drift from them.
 * @example
 * templateWorkbook("zh", 2026).getWorksheet("考评规则")?.getCell("B2").value //=> "2026-01-01"
 */
export function templateWorkbook(lang: Lang, year: number): Workbook {
  return inputTablesWorkbook(buildTemplatePlan(lang, year), buildTemplateGuide(lang, year), lang);
}
