/**
 * The WPS adapter's read (src/workbook/wps/readWps.ts) over the fake WPS host
 * (test/fakeWps), on the demo workbook loaded into the fake store as the
 * Excel tests load it: the engine must see exactly the tables the package
 * port reads from the file itself.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openPackage } from "../../src/workbook/xlsx/openPackage";
import { createPackagePort } from "../../src/workbook/xlsx/packagePort";
import { readWps } from "../../src/workbook/wps/readWps";
import { get, gridOf } from "../../src/workbook/wps/facade";
import { CVERR_BASE, wpsCell } from "../../src/workbook/wps/wpsCells";
import { fakeFromFile } from "../helpers/golden";
import { createFakeWps } from "../fakeWps";
import { buildWorkbook } from "../fakeExcel";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");

async function packageSnapshot() {
  const opened = openPackage(fs.readFileSync(DEMO));
  if (!opened.ok) throw new Error("demo does not open");
  return createPackagePort(opened.opened).read();
}

describe("the WPS adapter's read", () => {
  it.each([false, true])("reads the demo's input tables as the package port does (members as methods: %s)", async (methods) => {
    const host = await fakeFromFile(DEMO);
    const { snapshot } = readWps(createFakeWps(host.store, { methods }).ActiveWorkbook);
    const expected = await packageSnapshot();
    const strip = (s: typeof snapshot) =>
      s.input.tables.map(({ name, sheet, headerRow, firstColumn, header, rows }) => ({ name, sheet, headerRow, firstColumn, header, rows }));
    expect(strip(snapshot).map((t) => t.name)).toEqual(expected.input.tables.map((t) => t.name));
    expect(strip(snapshot)).toEqual(strip(expected));
    expect(snapshot.ownership).toEqual(expected.ownership);
    expect(snapshot.printOwnership).toEqual(expected.printOwnership);
  });

  it("gives dates of a 1904 workbook as the engine's 1900 serials", () => {
    const host = buildWorkbook([{ name: "Units", sheet: "单位", header: ["单位", "日期"], rows: [["甲", 40908]] }]);
    host.store.date1904 = true;
    const body = host.store.tableByName("Units");
    if (body === undefined) throw new Error("no table");
    host.store.writeNumberFormats(body.sheetId, { row: 1, col: 1, rows: 1, cols: 1 }, [["yyyy-mm-dd"]]);
    const { snapshot } = readWps(createFakeWps(host.store).ActiveWorkbook);
    // 2016-01-01: 40908 in the 1904 system, 42370 in the 1900 one.
    expect(snapshot.input.tables[0].rows).toEqual([["甲", 42370]]);
  });
});

describe("the facade", () => {
  it("reads a member that is a property in one build and a method in another", () => {
    expect(get(3)).toBe(3);
    expect(get(() => 3)).toBe(3);
  });

  it("gives a one-cell Value2 as a grid, and a COM error value as the engine's error", () => {
    expect(gridOf("x", 1, 1)).toEqual([["x"]]);
    expect(gridOf([[1, undefined]], 1, 2)).toEqual([[1, null]]);
    expect(wpsCell(CVERR_BASE + 2042)).toEqual({ error: "#N/A" });
    expect(wpsCell(2042)).toBe(2042);
  });
});
