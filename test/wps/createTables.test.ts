/**
 * "Create input tables" in WPS 表格 (src/workbook/wps/createTablesWps.ts)
 * over the fake WPS host (test/fakeWps, on the fake Excel store): the
 * template's tables as `appraise template` lays them out (buildTemplatePlan),
 * the guide first, the drop-down lists and date formats; only the missing
 * tables, nothing existing changed; a sheet with content left alone; and the
 * created workbook, filled with the demo's rows, grades as the demo does.
 */
import * as path from "node:path";
import { columnLetters } from "../../src/engine/address";
import { inputTableNamed } from "../../src/engine/tableNames";
import { TABLES } from "../../src/engine/tables";
import type { Cell, TableGrid } from "../../src/engine/types";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { buildTemplateGuide, buildTemplatePlan, DATE_FORMAT, LIST_LAST_ROW, listAlert } from "../../src/workbook/template";
import { createTablesWps } from "../../src/workbook/wps/createTablesWps";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { get, itemsOf, type WpsWorkbook } from "../../src/workbook/wps/facade";
import { cellFormat } from "../../src/workbook/outputCell";
import { block } from "../../src/workbook/wps/writeWps";
import { widthPoints } from "../../src/workbook/excel/columnWidths";
import { FIXED_NOW } from "../helpers/cli";
import { fakeFromFile } from "../helpers/golden";
import { allTables, buildWorkbook, cellInfo, listValidations, readSheet, setCells, sheetLayout, sheetNames, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { createFakeWps } from "../fakeWps";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");
const ALL = TABLES.map((t) => t.name);
const workbookOf = (host: FakeExcelHost, methods = false): WpsWorkbook => createFakeWps(host.store, { methods }).ActiveWorkbook;

/** Every sheet's cells and every table, to compare before and after. */
const everything = (host: FakeExcelHost, sheets = sheetNames(host)) => ({
  sheets: sheets.map((s) => [s, readSheet(host, s)]),
  tables: allTables(host).filter((t) => sheets.includes(t.sheet)),
});

describe("createTablesWps", () => {
  it.each([false, true])("adds every table to an empty workbook, 说明 first, headed as appraise template's (members as methods: %s)", (methods) => {
    const host = buildWorkbook([]);
    const report = createTablesWps(workbookOf(host, methods), "zh", 2027);
    expect(report).toEqual({ created: ALL, skipped: [], sheets: TABLES.map((t) => t.sheet), guide: "说明" });
    expect(sheetNames(host)).toEqual(["说明", "Sheet1", ...TABLES.map((t) => t.sheet)]);
    for (const plan of buildTemplatePlan("zh", 2027)) {
      const table = tableInfo(host, plan.table);
      expect([plan.table, table?.sheet, table?.header]).toEqual([plan.table, plan.sheet, plan.header]);
      if (plan.rows.length > 0) expect(table?.rows).toEqual(plan.rows);
      expect(sheetLayout(host, plan.sheet).frozenRows).toBe(1);
    }
    // The Rules rows as text, as typed into a Text cell: "2027-01-01" is not a date.
    expect(cellInfo(host, "考评规则!B2")).toMatchObject({ value: "2027-01-01", numberFormat: "@" });
    expect(readSheet(host, "说明")).toEqual(buildTemplateGuide("zh", 2027).rows.map((r) => r.map((v) => (v === "" ? null : v))));
    // The user's sheet is active again after the headers were frozen.
    expect(host.store.activeSheetId).toBe(host.store.sheetByName("Sheet1")?.id);
  });

  it("puts the template's drop-down lists on the enumerated columns (a warning on other words), dates formatted and wide enough", () => {
    const host = buildWorkbook([]);
    createTablesWps(workbookOf(host), "zh", 2026);
    for (const plan of buildTemplatePlan("zh", 2026)) {
      const lists = plan.lists.flatMap((words, c) =>
        words === null
          ? []
          : [{ address: `${columnLetters(c + 1)}2:${columnLetters(c + 1)}${LIST_LAST_ROW}`, words, alert: "Warning", message: listAlert(words, "zh").message }],
      );
      expect([plan.table, listValidations(host, plan.sheet)]).toEqual([plan.table, lists]);
      plan.formats.forEach((f, c) => {
        if (f !== DATE_FORMAT) return;
        expect([plan.table, c, cellInfo(host, `${plan.sheet}!${columnLetters(c + 1)}2`).numberFormat]).toEqual([plan.table, c, DATE_FORMAT]);
        expect(sheetLayout(host, plan.sheet).columnWidths[c]).toBe(widthPoints(13));
      });
    }
    expect(listValidations(host, "节假日").map((v) => v.words)).toEqual([["休", "班"]]);
    // Autofit: Rules' notes column is wider than its key column.
    const widths = sheetLayout(host, "考评规则").columnWidths;
    expect(widths[2]).toBeGreaterThan(widths[0]);
  });

  it("adds only the missing tables and changes nothing that was there; nothing at all when every table is there", () => {
    const host = buildWorkbook([
      { name: "考评对象", sheet: "单位名单", address: "B3", header: ["单位", "类别"], rows: [["区发改局", "经济类"]] },
      { name: "Holidays", sheet: "节假日", address: "A1", header: ["日期", "类型"], rows: [[42370, "休"]] },
    ]);
    setCells(host, "Sheet1!A1", [["我的笔记"]]);
    const before = everything(host);
    const report = createTablesWps(workbookOf(host), "zh", 2026);
    expect(report.created).toEqual(ALL.filter((n) => n !== "Units" && n !== "Holidays"));
    expect(report.skipped).toEqual(["Units", "Holidays"]);
    expect(report.sheets).toEqual(TABLES.filter((t) => t.name !== "Units" && t.name !== "Holidays").map((t) => t.sheet));
    expect(
      everything(
        host,
        before.sheets.map(([s]) => s as string),
      ),
    ).toEqual(before);
    expect(listValidations(host, "节假日")).toEqual([]);

    const full = everything(host);
    expect(createTablesWps(workbookOf(host), "zh", 2026)).toEqual({ created: [], skipped: ALL, sheets: [], guide: null });
    expect(everything(host)).toEqual(full);
  });

  it("puts a table beside a sheet of its name that has content, uses an empty one, and leaves a 说明 with content alone", () => {
    const host = buildWorkbook([], { sheets: ["指标考核", "考评对象", "说明"] });
    setCells(host, "指标考核!D5", [["my notes"]]);
    setCells(host, "说明!A1", [["我们自己的说明"]]);
    const [notes, guide] = [readSheet(host, "指标考核"), readSheet(host, "说明")];
    const report = createTablesWps(workbookOf(host), "zh", 2026);
    expect(report.sheets.slice(0, 2)).toEqual(["考评对象", "指标考核 (2)"]);
    expect(report.guide).toBeNull();
    expect(tableInfo(host, "Indicators")?.sheet).toBe("指标考核 (2)");
    expect(tableInfo(host, "Units")?.sheet).toBe("考评对象");
    expect(readSheet(host, "指标考核")).toEqual(notes);
    expect(readSheet(host, "说明")).toEqual(guide);
    expect(sheetNames(host).filter((n) => n.startsWith("考评对象") || n.startsWith("说明"))).toEqual(["考评对象", "说明"]);
  });

  it("names a table in Chinese when a defined name holds its English name, and leaves that name alone", () => {
    const host = buildWorkbook([]);
    const wb = workbookOf(host);
    wb.Names.Add("Rules", "='Sheet1'!$A$1");
    createTablesWps(wb, "en", 2026);
    expect(tableInfo(host, "考评规则")?.sheet).toBe("考评规则");
    expect(wb.Names.Item("Rules").RefersTo).toMatch(/Sheet1'?!\$A\$1$/);
    expect(sheetNames(host)[0]).toBe("Guide");
  });

  it("makes a workbook that, filled with the demo's rows, grades through the WPS port as the demo does", async () => {
    const demo = await fakeFromFile(DEMO);
    const demoPort = createWpsPort(() => workbookOf(demo));
    const demoTables = (await demoPort.read()).input.tables;
    const host = buildWorkbook([]);
    const wb = workbookOf(host);
    createTablesWps(wb, "zh", 2016);
    for (const table of demoTables) fill(wb, table);
    const options = { lang: "zh" as const, version: "test", now: FIXED_NOW };
    const [created, original] = [
      await runAppraisal(
        createWpsPort(() => wb),
        options,
      ),
      await runAppraisal(demoPort, options),
    ];
    expect(created.result.units.length).toBeGreaterThan(10);
    expect(created.result.units).toEqual(original.result.units);
    expect(created.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

/** Types one of the demo's tables into the created table of that name, column by header, as a user would paste it. */
function fill(wb: WpsWorkbook, demo: TableGrid): void {
  const name = inputTableNamed(demo.name);
  const plan = buildTemplatePlan("zh", 2016).find((p) => p.table === name);
  if (plan === undefined) throw new Error(`No template table for ${demo.name}`);
  const sheet = itemsOf(wb.Worksheets).find((ws) => itemsOf(ws.ListObjects).some((t) => t.Name === plan.table))!;
  const table = sheet.ListObjects.Item(plan.table);
  const from = plan.header.map((h) => demo.header.findIndex((d) => d === h));
  const rows: Cell[][] = demo.rows.map((r) => from.map((i) => (i < 0 ? null : (r[i] ?? null))));
  table.Range.Offset(1, 0)
    .Resize(Math.max(get(table.Range.Rows.Count) - 1, 1), plan.header.length)
    .ClearContents();
  if (rows.length === 0) return;
  const body = sheet.Range(block(2, 1, rows.length, plan.header.length));
  body.NumberFormat = rows.map((r) => r.map((v, c) => cellFormat(typeof v === "object" && v !== null ? null : v, plan.formats[c])));
  body.Value2 = rows.map((r) => r.map((v) => (typeof v === "object" && v !== null ? null : v)));
  table.Resize(sheet.Range(block(1, 1, rows.length + 1, plan.header.length)));
}
