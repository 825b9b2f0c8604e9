/**
 * Jumps to a cell a warning points at (its `at`, or its address such as
 * `指标!F7` or `'My sheet'!A1:F1`): activates its sheet and selects the range.
 */
import { localAddress, parseAddress, type SheetRange } from "../../engine/address";
import { officeRun, runBatch, type ExcelRunner } from "./excelRun";

/**
 * Selects the cell; rejects with Excel's error when the sheet or cell is gone
 * (describe it with describeHostError), and throws when `address` is text
 * that is not a sheet address.
 * @example
 * await selectCell("'My sheet'!A1:F1");
 */
export async function selectCell(address: SheetRange | string, run: ExcelRunner = officeRun): Promise<void> {
  const range = typeof address === "string" ? parseAddress(address) : address;
  if (range === null) throw new Error(`Not a sheet address: ${String(address)}`);
  await runBatch(run, async (context) => {
    const ws = context.workbook.worksheets.getItem(range.sheet);
    ws.activate();
    ws.getRange(localAddress(range)).select();
    await context.sync();
  });
}
