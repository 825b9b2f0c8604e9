/**
 * The pane's "Import from a sheet" in the add-in, over the fake Excel host:
 * last year's summary (layout (a) of test/cli/import.test.ts, built here as
 * plain cells with its merges) read from the active sheet through Office.js,
 * imported, written as the template's tables on new sheets; the workbook then
 * grades every unit to the sheet's own composite and tier. With merged areas
 * (ExcelApi 1.13) and without (the header read as unmerged by hand).
 */
import { buildWorkbook, listValidations, readSheet, setCells, sheetNames, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { summaryWorkbook } from "../helpers/fakeSummary";
import { grade } from "../../src/engine/grade";
import { TABLES } from "../../src/engine/tables";
import { importFromSheet } from "../../src/workbook/excel/importFromSheet";
import { mergedRanges, readPlainSheet } from "../../src/workbook/excel/readPlainSheet";
import { layoutA, UNITS_A, UNITS_A2, written, type UnitSpec } from "../helpers/summaryLayoutA";
import { portOf, runOf } from "./helpers";

const TIER_ZH: Readonly<Record<string, string>> = { first: "一等", second: "二等", third: "三等", unqualified: "不合格" };

/** Every unit as graded, and as the sheet says. */
async function gradedAndSheet(host: FakeExcelHost, units: readonly UnitSpec[]) {
  const result = grade((await portOf(host).read()).input);
  const graded = result.units.map((u) => [u.unit, u.composite === null ? null : Number(u.composite), u.tier === null ? null : TIER_ZH[u.tier]]).sort();
  const sheet = units.map((u) => [u.unit, written(u), u.tier.replace(/（.*$/, "")]).sort();
  return { graded, sheet, result };
}

describe("importFromSheet (the pane's Import from a sheet, Office.js)", () => {
  it("reads the merged areas of a sheet through Range.getMergedAreasOrNullObject", async () => {
    const host = summaryWorkbook();
    const read = await readPlainSheet(runOf(host), { mergedAreas: true });
    expect(read.sheet.name).toBe("2025年汇总");
    expect(read.sheet.merges).toContainEqual({ row: 3, column: 3, lastRow: 3, lastColumn: 4 });
    expect(read.sheet.merges).toHaveLength(layoutA().merges.length);
    // A SUBTOTAL row: the formula without its "=", the cached value.
    expect(read.sheet.rows[11]?.[2]).toEqual({ value: 3425.5, formula: "SUBTOTAL(9,C6:C11)" });
    expect(mergedRanges("'a,b'!A1:B2, Sheet1!$D$1:$D$4")).toEqual([
      { row: 1, column: 1, lastRow: 2, lastColumn: 2 },
      { row: 1, column: 4, lastRow: 4, lastColumn: 4 },
    ]);
  });

  it.each([
    ["with merged areas (ExcelApi 1.13)", true],
    ["without them (ExcelApi 1.7): the header as if unmerged by hand", false],
  ])("imports the active sheet %s; graded, every unit has the sheet's composite and tier", async (_, merged) => {
    const host = summaryWorkbook(merged);
    const before = readSheet(host, "2025年汇总");
    const report = await importFromSheet(runOf(host), { lang: "zh", fallbackYear: 2030, mergedAreas: merged, lists: true });
    expect(report).toMatchObject({ sheet: "2025年汇总", year: 2025, written: true, mergedAreas: merged });
    expect(report.findings.filter((f) => f.code === "IMPORT_AGREES").map((f) => f.message.en)).toEqual([
      "Graded after import: all 11 units have the sheet's own composite and tier.",
    ]);
    expect(report.findings.find((f) => f.code === "IMPORT_NOTE_UNREAD")).toMatchObject({ cell: "'2025年汇总'!K7", unit: "区财政局" });
    // The tables on new sheets after the old one, the guide first; the old sheet untouched.
    expect(sheetNames(host)).toEqual(["说明", "Sheet1", "2025年汇总", ...TABLES.map((t) => t.sheet)]);
    expect(readSheet(host, "2025年汇总")).toEqual(before);
    expect(tableInfo(host, "Units")?.rows.slice(0, 2)).toEqual([
      ["区发改局", "经济管理类", null],
      ["区财政局", "经济管理类", null],
    ]);
    expect(listValidations(host, "考评对象").map((v) => [v.address, v.words])).toEqual([["C2:C10000", ["是", "否"]]]);
    const { graded, sheet, result } = await gradedAndSheet(host, [...UNITS_A, ...UNITS_A2]);
    expect(graded).toEqual(sheet);
    expect(result.rules["period.start"]).toBe("2025-01-01");
    expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  });

  it("takes the pane's year when the title names none", async () => {
    const host = summaryWorkbook();
    setCells(host, "'2025年汇总'!A1", [["区直机关绩效考评结果汇总表"], ["填报单位：区绩效考评办公室"]]);
    const report = await importFromSheet(runOf(host), { lang: "en", fallbackYear: 2026, mergedAreas: true });
    expect(report.year).toBe(2026);
    expect(report.findings.find((f) => f.code === "IMPORT_YEAR")?.message.en).toBe(
      "Appraisal year 2026 (the year in the pane): the Rules' period is 2026-01-01 to 2026-12-31.",
    );
    expect(tableInfo(host, "Units")?.header).toEqual(["Unit", "Category", "Assessed"]);
  });

  it("refuses, writing nothing, when the workbook already has input tables or the sheet is no summary", async () => {
    const host = summaryWorkbook();
    setCells(host, "Sheet1!A1", [["单位"], ["区发改局"]]);
    host.store.renameTable(host.store.addTable(host.store.sheetByName("Sheet1")?.id as string, { row: 0, col: 0, rows: 2, cols: 1 }, true).id, "考评对象");
    const names = sheetNames(host);
    const refused = await importFromSheet(runOf(host), { lang: "zh", fallbackYear: 2026, mergedAreas: true });
    expect(refused).toMatchObject({ written: false, created: null });
    expect(refused.findings.map((f) => [f.severity, f.code, f.message.zh])).toEqual([
      [
        "error",
        "IMPORT_TABLES_EXIST",
        "工作簿中已有输入表格（考评对象），未导入：导入只为还没有输入表格的工作簿建立表格。请在新的工作簿中打开上年的汇总表再导入，或直接在已有表格中填写。",
      ],
    ]);
    expect(sheetNames(host)).toEqual(names);

    const empty = buildWorkbook([]);
    const none = await importFromSheet(runOf(empty), { lang: "en", fallbackYear: 2026, mergedAreas: false });
    expect(none).toMatchObject({ sheet: "Sheet1", written: false });
    expect(none.findings.map((f) => f.code)).toEqual(["IMPORT_NO_SUMMARY"]);
    expect(none.findings[0].message.en).toContain('sheet "Sheet1" is empty');
    expect(sheetNames(empty)).toEqual(["Sheet1"]);
  });
});
