/**
 * Jumps to a cell a warning points at, e.g. `指标!F7` or `'My sheet'!A1:F1`:
 * activates its sheet and selects the range.
 */
import { officeRun, runBatch, type ExcelRunner } from "./excelRun";

/**
 * Splits a sheet address into its sheet (unquoted) and range.
 * @example
 * splitSheetAddress("'It''s here'!F7") //=> { sheet: "It's here", range: "F7" }
 */
export function splitSheetAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) throw new Error(`Not a sheet address: ${address}`);
  let sheet = address.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).replace(/\$/g, "") };
}

/**
 * Selects the cell; rejects with Excel's error when the sheet or cell is gone
 * (describe it with describeHostError).
 */
export async function selectCell(address: string, run: ExcelRunner = officeRun): Promise<void> {
  const { sheet, range } = splitSheetAddress(address);
  await runBatch(run, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(range).select();
    await context.sync();
  });
}
