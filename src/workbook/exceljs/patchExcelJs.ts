/**
 * The corrections this adapter makes to ExcelJS 4.4, installed once before
 * any file is read or written. Each file explains its patch and has tests.
 */
import { patchCompactXml } from "./compactXml";
import { patchFormulaResults } from "./formulaResults";
import { patchInternalLinks } from "./internalLinks";
import { patchTableParts } from "./tableParts";

export function patchExcelJs(): void {
  patchInternalLinks();
  patchCompactXml();
  patchFormulaResults();
  patchTableParts();
}
