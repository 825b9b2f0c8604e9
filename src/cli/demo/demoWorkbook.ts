/**
 * The demo workbook, ungraded (the committed example input) or graded (what
 * `appraise demo` writes).
 */
import type { Lang } from "../../engine/types";
import { runAppraisal, type RunOutcome } from "../../workbook/runAppraisal";
import type { Workbook } from "../../workbook/exceljs/inputTablesWorkbook";
import { workbookToBuffer } from "../../workbook/exceljs/files";
import { openPackage } from "../../workbook/xlsx/openPackage";
import { createPackagePort } from "../../workbook/xlsx/packagePort";
import { VERSION } from "../../version";
import { inputWorkbook } from "../inputTables";
import { buildDemoTables, type DemoOptions } from "./buildDemo";

/** The demo's inputs as a workbook. */
export function demoInputWorkbook(options: DemoOptions = {}): Workbook {
  return inputWorkbook(buildDemoTables(options));
}

/** The graded demo: the copy's bytes and what the run found. */
export interface GradedDemo {
  readonly bytes: Uint8Array;
  readonly outcome: RunOutcome;
}

/**
 * The demo graded as `appraise score` grades a file: its inputs written as a
 * new workbook (ExcelJS), opened as a package (so the engine sees exactly
 * what a user's file gives) and graded through the package port, so the
 * copy has every owned sheet, History, the RunLog with its digests, the
 * paperwork and the protection a graded file has. Throws when the run wrote
 * nothing (a new workbook has no sheet of someone else's to refuse) or the
 * copy came out broken (a CopyDefect: a bug).
 * @example
 * const { bytes } = await gradedDemo("zh", new Date());
 * await writeFileAtomically("demo.xlsx", bytes);
 */
export async function gradedDemo(lang: Lang, now: Date, options: DemoOptions = {}): Promise<GradedDemo> {
  const opened = openPackage(await workbookToBuffer(demoInputWorkbook(options)));
  if (!opened.ok) throw new Error(`the demo's inputs do not open as a workbook (${opened.problem.kind})`);
  const port = createPackagePort(opened.opened);
  const outcome = await runAppraisal(port, { lang, version: VERSION, now });
  const bytes = port.copy();
  if (bytes === null) throw new Error("the demo's run wrote no sheets");
  return { bytes, outcome };
}
