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
import { patchExcelJs } from "./patchExcelJs";
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
  patchExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
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
