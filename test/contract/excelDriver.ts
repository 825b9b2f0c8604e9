/**
 * The contract's driver for the Office.js adapter (src/workbook/excel) on the
 * fake Excel host (test/fakeExcel): a workbook is built in the host's store
 * as a user would have it (dates as serials of the workbook's date system
 * with a date format), graded through createExcelPort as the task pane does,
 * and read back from the host's cells, tables, protection and names. The
 * fake host keeps no file, so "save and reopen" is the host itself.
 */
import type { WorkbookPort } from "../../src/workbook/port";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { portOf } from "../excel/helpers";
import { buildWorkbook, cellInfo, nameFormula, parseRect, sheetNames, tableInfo, type CellInput, type FakeExcelHost } from "../fakeExcel";
import { addTable, ensureSheet, setCells, type PlainCell } from "../fakeExcel/build";
import { dateSerial, recordOf } from "../fakeExcel/cells";
import { asText, fakeFromFile, hostSheetText } from "../helpers/golden";
import type { CellView, ContractDriver, HostWorkbook, SpecCell, SpecCells, SpecTable, WorkbookSpec } from "./driver";

const DATE_FORMAT = "yyyy-mm-dd";

/** A spec cell as the fake host takes it (a Date as its serial; its format is set apart). */
function inputOf(cell: SpecCell, date1904: boolean): CellInput {
  if (cell instanceof Date) return dateSerial(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), date1904);
  return cell;
}

/** Types cells at `sheet!at` and gives the Date cells their date format, as Excel does when a date is typed. */
function typeCells(host: FakeExcelHost, sheet: string, at: string, rows: readonly (readonly SpecCell[])[]): void {
  const origin = parseRect(at);
  if (origin === null) throw new Error(`Not a cell: ${at}`);
  const date1904 = host.store.date1904;
  setCells(
    host,
    `'${sheet.replace(/'/g, "''")}'!${at}`,
    rows.map((r) => r.map((c) => inputOf(c, date1904))),
  );
  const ws = ensureSheet(host, sheet);
  rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c instanceof Date) host.store.setCell(ws, origin.row + i, origin.col + j, recordOf(inputOf(c, date1904), DATE_FORMAT));
    }),
  );
}

function addSpecTable(host: FakeExcelHost, t: SpecTable): void {
  const date1904 = host.store.date1904;
  const totals = t.totalsLabel === undefined ? undefined : [t.totalsLabel, ...t.header.slice(1).map(() => null)];
  const rows = t.rows.map((r) => r.map((c) => inputOf(c, date1904)));
  addTable(host, { name: t.name, sheet: t.sheet, header: t.header.map((c) => inputOf(c, date1904)), rows, address: t.at ?? "A1", totals });
  // The same cells typed again, so that the dates take a date format.
  typeCells(host, t.sheet, t.at ?? "A1", [t.header, ...t.rows]);
}

const shown = (v: PlainCell): string | number | boolean | null => (v !== null && typeof v === "object" ? v.error : v);

/** The port a driver on the fake store grades through: the Office.js adapter here, the WPS adapter in wpsDriver.ts. */
export type PortOf = (host: FakeExcelHost) => WorkbookPort;

function workbookOf(host: FakeExcelHost, port: PortOf): HostWorkbook {
  return {
    grade: ({ lang, now }) => runAppraisal(port(host), { lang, version: "0.1.0", now }),
    async setInputs(tables) {
      for (const t of tables) {
        const old = host.store.tableByName(t.name);
        if (old === undefined) throw new Error(`no table ${t.name}`);
        host.store.clear(old.sheetId, old.rect, "All");
        host.store.deleteTable(old.id);
        addSpecTable(host, t);
      }
      host.recalculate();
    },
    async setCells(cells: SpecCells) {
      typeCells(host, cells.sheet, cells.at, cells.rows);
      host.recalculate();
    },
    sheetNames: async () => sheetNames(host),
    sheetText: async (sheet) => hostSheetText(host, sheet),
    async cell(address): Promise<CellView> {
      host.recalculate();
      const info = cellInfo(host, address);
      return { formula: info.formula, value: shown(info.value) };
    },
    async table(name) {
      const info = tableInfo(host, name);
      const rec = host.store.tableByName(name);
      if (info === undefined || rec === undefined) return null;
      const [header, ...rows] = asText([info.header, ...info.rows]);
      return { sheet: info.sheet, address: info.address, header, rows, identity: rec.id };
    },
    isProtected: async (sheet) => host.store.sheetByName(sheet)?.protection.on === true,
    reopen: async () => workbookOf(host, port),
    async definedNames() {
      const names: Record<string, string> = {};
      for (const n of host.store.names) names[n.name] = (nameFormula(host, n.name) ?? "").replace(/^=/, "");
      return names;
    },
  };
}

/** A driver grading through `port` on a workbook of the fake store. */
export function fakeStoreDriver(name: string, port: PortOf): ContractDriver {
  return {
    name,
    create: async (spec) => workbookOf(createOnStore(spec), port),
    open: async (file) => workbookOf(await fakeFromFile(file), port),
    dispose: () => undefined,
  };
}

export const excelDriver: ContractDriver = fakeStoreDriver("the Office.js adapter on the fake Excel host", portOf);

/** A new workbook of the fake store holding the spec's cells and tables. */
function createOnStore(spec: WorkbookSpec): FakeExcelHost {
  const host = buildWorkbook([]);
  host.store.date1904 = spec.date1904 === true;
  for (const c of spec.cells ?? []) typeCells(host, c.sheet, c.at, c.rows);
  for (const t of spec.tables) addSpecTable(host, t);
  // buildWorkbook's placeholder sheet goes when the workbook has sheets of its own.
  const placeholder = host.store.sheetByName("Sheet1");
  if (placeholder !== undefined && host.store.sheets.length > 1) host.store.deleteSheet(placeholder.id);
  host.recalculate();
  return host;
}
