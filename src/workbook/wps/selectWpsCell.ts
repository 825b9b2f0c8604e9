/**
 * Jumps to a cell a warning points at (`指标!F7`, `'My sheet'!A1:F1`):
 * activates its sheet (Worksheet.Activate) and selects the range
 * (Range.Select), as src/workbook/excel/selectCell.ts does in Office.js.
 */
import { localAddress, parseAddress } from "../../engine/address";
import type { WpsWorkbook } from "./facade";

/**
 * Throws WPS's error when the sheet or cell is gone (describe it with
 * describeWpsError), and an error when `address` is not a sheet address.
 * @example
 * selectWpsCell(wps.EtApplication().ActiveWorkbook, "指标!F7");
 */
export function selectWpsCell(workbook: WpsWorkbook, address: string): void {
  const range = parseAddress(address);
  if (range === null) throw new Error(`Not a sheet address: ${address}`);
  const sheet = workbook.Worksheets.Item(range.sheet);
  sheet.Activate();
  sheet.Range(localAddress(range)).Select();
}
