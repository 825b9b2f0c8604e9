/**
 * Loading and saving .xlsx files with ExcelJS. Saving: the workbooks built
 * from nothing (`template`, the demo's inputs), written atomically
 * (temporary file, then rename) so a failed run never leaves half a file
 * behind. Loading: the tests' reader, independent of the package reader
 * that every run goes through (openPackage.ts, packagePort.ts); no command
 * grades through ExcelJS.
 */
import { Workbook } from "exceljs";
import { writeFileAtomically } from "../xlsx/atomicWrite";
import { findPackageProblem, type PackageProblem } from "../xlsx/checkPackage";
import { identifyFile } from "../xlsx/identifyFile";
import { inspectPackage, type PackageInfo } from "../xlsx/inspectPackage";
import { patchExcelJs } from "./patchExcelJs";
import { tableModels } from "./readTables";
import { relativizeTargets } from "../xlsx/relationships";
import { readZip, writeZip } from "../xlsx/zip";

import type { OpenProblem } from "../xlsx/openPackage";

export type { OpenProblem };

export interface LoadedWorkbook {
  readonly workbook: Workbook;
  /** What the package holds that ExcelJS does not carry over, and its table headers. */
  readonly info: PackageInfo;
}

export type Opened = { readonly ok: true; readonly loaded: LoadedWorkbook } | { readonly ok: false; readonly problem: OpenProblem };

/**
 * The package as ExcelJS can read it: internal relationship targets written
 * as absolute part names (openpyxl's form) rewritten in the relative form.
 * The same bytes when there is nothing to rewrite.
 */
function forExcelJs(bytes: Buffer): Buffer {
  const rels = readZip(bytes, (name) => name.endsWith(".rels"));
  if (relativizeTargets(rels).length === 0) return bytes;
  const parts = readZip(bytes);
  for (const [name, data] of rels) parts.set(name, data);
  return Buffer.from(writeZip(parts));
}

async function load(bytes: Buffer): Promise<LoadedWorkbook> {
  const info = inspectPackage(bytes);
  patchExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(forExcelJs(bytes) as unknown as ArrayBuffer);
  // Correct what ExcelJS misreads of tables as Excel writes them (see
  // PackageInfo.tables), or it would write them back changed.
  for (const ws of workbook.worksheets) {
    for (const model of tableModels(ws)) {
      const declared = info.tables.get(model.name);
      model.headerRow = declared?.headerRow ?? true;
      model.columns.forEach((column, i) => (column.filterButton = !(declared?.hiddenButtons.has(i) ?? false)));
    }
  }
  return { workbook, info };
}

/**
 * Opens the bytes of a file as a workbook, or says why it cannot: what the
 * file is when it is not a workbook, or which part of a workbook is damaged
 * and how.
 */
export async function openWorkbook(bytes: Buffer): Promise<Opened> {
  const kind = identifyFile(bytes);
  if (kind !== "workbook") return { ok: false, problem: { kind } };
  try {
    return { ok: true, loaded: await load(bytes) };
  } catch (error) {
    let found: PackageProblem | null = null;
    try {
      found = findPackageProblem(readZip(bytes));
    } catch {
      // The zip itself failed: identifyFile listed it, so its parts are damaged.
      return { ok: false, problem: { kind: "damagedZip" } };
    }
    if (found) return { ok: false, problem: { kind: "damagedPart", ...found } };
    return { ok: false, problem: { kind: "library", cause: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Loads a workbook from the bytes of an .xlsx file. Throws when the bytes are
 * not a workbook ExcelJS can read (openWorkbook says why).
 */
export async function loadWorkbook(bytes: Buffer): Promise<LoadedWorkbook> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) throw new Error(`not a readable workbook (${opened.problem.kind})`);
  return opened.loaded;
}

/** The bytes of the workbook as an .xlsx file. */
export async function workbookToBuffer(wb: Workbook): Promise<Buffer> {
  patchExcelJs();
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Writes the workbook to `file` atomically: to a temporary file beside it,
 * then renamed over it.
 */
export async function saveWorkbook(wb: Workbook, file: string): Promise<void> {
  await writeFileAtomically(file, await workbookToBuffer(wb));
}
