/**
 * Golden workbooks through both adapters: a fake Excel host holding a file's
 * cells as Excel would (serials of the file's date system, their number
 * formats, its tables), and sheets as text, as a user reads them, to compare
 * what the add-in wrote with what `appraise score` wrote.
 */
import { Workbook, type Worksheet } from "exceljs";
import { parseLocalAddress } from "../../src/engine/address";
import { DATE_1904_OFFSET, dateToSerial } from "../../src/engine/serialDates";
import { createFakeExcel, readSheet, type FakeExcelHost } from "../fakeExcel";
import { recordOf } from "../fakeExcel/cells";
import { sheetValues } from "./cli";

interface TableModel {
  readonly name: string;
  readonly tableRef: string;
}

function copySheet(host: FakeExcelHost, ws: Worksheet, date1904: boolean): void {
  const sheet = host.store.addSheet(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      // ExcelJS turns a date cell into a Date (the file's date system applied); Excel keeps the serial.
      const value = v instanceof Date ? dateToSerial(v) - (date1904 ? DATE_1904_OFFSET : 0) : (v as string | number | boolean | null);
      host.store.setCell(sheet, r - 1, c - 1, recordOf(value, cell.numFmt ?? "General"));
    }),
  );
  for (const t of ws.getTables() as unknown as { model: TableModel }[]) {
    const ref = parseLocalAddress(t.model.tableRef);
    if (ref === null) throw new Error(`Not a table range: ${t.model.tableRef}`);
    const rect = { row: ref.row - 1, col: ref.column - 1, rows: ref.lastRow - ref.row + 1, cols: ref.lastColumn - ref.column + 1 };
    host.store.renameTable(host.store.addTable(sheet.id, rect, true).id, t.model.name);
  }
}

/** A fake host holding the file's sheets and tables cell for cell, in the file's date system. */
export async function fakeFromFile(file: string): Promise<FakeExcelHost> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const host = createFakeExcel();
  host.store.date1904 = wb.properties.date1904 === true;
  wb.eachSheet((ws: Worksheet) => copySheet(host, ws, host.store.date1904));
  return host;
}

/** A sheet's values as text for comparison (ExcelJS gives a link cell as {text, hyperlink}). */
export function asText(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((r) =>
    Array.from(r, (v) => {
      if (v === null || v === undefined) return "";
      if (typeof v === "object" && "text" in (v as object)) return String((v as { text: unknown }).text);
      return String(v);
    }),
  );
}

/** A sheet of the graded copy (read back with ExcelJS) as text, or null when the copy has no such sheet. */
export function copySheetText(graded: Workbook, sheet: string): string[][] | null {
  return graded.getWorksheet(sheet) === undefined ? null : asText(sheetValues(graded, sheet));
}

/** A sheet of the fake host as text, or null when it has no such sheet. */
export function hostSheetText(host: FakeExcelHost, sheet: string): string[][] | null {
  return host.store.sheetByName(sheet) === undefined ? null : asText(readSheet(host, sheet));
}
