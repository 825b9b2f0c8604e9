/**
 * Loading and saving .xlsx files with ExcelJS. The input file is only ever
 * read; results go to a copy, written atomically (temporary file, then rename)
 * so a failed run never leaves half a file behind.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { inspectPackage, type PackageInfo } from "./inspectPackage";
import { patchCompactXml } from "./compactXml";
import { patchInternalLinks } from "./internalLinks";
import { tableModels } from "./readTables";

export interface LoadedWorkbook {
  readonly workbook: Workbook;
  /** What the package holds that ExcelJS does not carry over, and its table headers. */
  readonly info: PackageInfo;
}

/**
 * Loads a workbook from the bytes of an .xlsx file. Throws when the bytes are
 * not a workbook ExcelJS can read.
 */
export async function loadWorkbook(bytes: Buffer): Promise<LoadedWorkbook> {
  const info = inspectPackage(bytes);
  patchInternalLinks();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  // ExcelJS reads a table without headerRowCount (Excel's default of 1, as
  // Excel writes it) as headerless, and would write it back so. Correct it.
  for (const ws of workbook.worksheets) {
    for (const model of tableModels(ws)) model.headerRow = !info.headerlessTables.has(model.name);
  }
  return { workbook, info };
}

/** The bytes of the workbook as an .xlsx file. */
export async function workbookToBuffer(wb: Workbook): Promise<Buffer> {
  patchInternalLinks();
  patchCompactXml();
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Writes the workbook to `file` atomically: to a temporary file beside it,
 * then renamed over it.
 */
export async function saveWorkbook(wb: Workbook, file: string): Promise<void> {
  const bytes = await workbookToBuffer(wb);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
