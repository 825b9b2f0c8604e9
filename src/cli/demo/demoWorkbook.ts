/**
 * The demo workbook, ungraded (the committed example input) or graded (what
 * `appraise demo` writes).
 */
import type { Workbook } from "../../workbook/xlsx/inputTablesWorkbook";
import type { Lang } from "../../engine/types";
import { runAppraisal, type RunOutcome } from "../../workbook/runAppraisal";
import { createXlsxPort, loadWorkbook, workbookToBuffer } from "../../workbook/xlsx";
import { VERSION } from "../../version";
import { inputWorkbook } from "../inputTables";
import { buildDemoTables, type DemoOptions } from "./buildDemo";

/** The demo's inputs as a workbook. */
export function demoInputWorkbook(options: DemoOptions = {}): Workbook {
  return inputWorkbook(buildDemoTables(options));
}

/**
 * The demo graded as `appraise score` would grade its file: written, read back
 * (so the engine sees exactly what a user's file gives), then graded.
 */
export async function gradedDemoWorkbook(lang: Lang, now: Date, options: DemoOptions = {}): Promise<{ workbook: Workbook; outcome: RunOutcome }> {
  const { workbook } = await loadWorkbook(await workbookToBuffer(demoInputWorkbook(options)));
  const outcome = await runAppraisal(createXlsxPort(workbook), { lang, version: VERSION, now });
  return { workbook, outcome };
}
