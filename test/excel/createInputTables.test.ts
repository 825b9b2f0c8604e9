/**
 * "Create input tables" over the fake host: the template's tables, headers
 * and Rules rows, as text; existing tables and sheets with content left
 * alone; two syncs.
 */
import {
  addTable,
  allTables,
  buildWorkbook,
  cellInfo,
  listValidations,
  nameFormula,
  readSheet,
  setCells,
  sheetLayout,
  sheetNames,
  tableInfo,
} from "../fakeExcel";
import { grade } from "../../src/engine/grade";
import { RULES } from "../../src/engine/rules";
import { TABLES } from "../../src/engine/tables";
import { createInputTables, freeSheetName, tableCells } from "../../src/workbook/excel/createInputTables";
import { buildTemplateGuide, buildTemplatePlan, ruleValueForYear } from "../../src/workbook/template";
import { VETO_AREAS } from "../../src/engine/tables";
import { portOf, runOf, syncsOf } from "./helpers";

const ALL = TABLES.map((t) => t.name);

describe("createInputTables", () => {
  it("adds all 11 tables to an empty workbook in two syncs: the template's sheets, headers and Rules rows for the year asked", async () => {
    const host = buildWorkbook([]);
    let report: Awaited<ReturnType<typeof createInputTables>> | undefined;
    const syncs = await syncsOf(host, async () => (report = await createInputTables(runOf(host), "zh", 2027)));
    expect(syncs).toBe(2);
    expect(report).toEqual({ created: ALL, skipped: [], sheets: TABLES.map((t) => t.sheet), guide: "说明" });
    expect(sheetNames(host)).toEqual(["说明", "Sheet1", ...TABLES.map((t) => t.sheet)]);
    for (const decl of TABLES) {
      const t = tableInfo(host, decl.name);
      expect(t?.sheet).toBe(decl.sheet);
      expect(t?.header).toEqual(decl.columns.map((c) => c.zh));
      expect(sheetLayout(host, decl.sheet).frozenRows).toBe(1);
    }
    // An empty table has its one blank data row, formatted for what goes in it.
    expect(tableInfo(host, "Units")).toMatchObject({ address: "A1:C2", rows: [[null, null, null]] });
    expect(cellInfo(host, "考评对象!A2").numberFormat).toBe("@");
    expect(cellInfo(host, "指标考核!G2").numberFormat).toBe("yyyy-mm-dd");
    expect(cellInfo(host, "指标考核!E2").numberFormat).toBe("General");

    const rules = tableInfo(host, "Rules");
    expect(rules?.rows).toEqual(RULES.map((r) => [r.key, r.default === "" ? null : ruleValueForYear(r.default, 2027), r.note.zh]));
    // Written as text, as typed into a Text cell: "600" and "2027-01-01" are not numbers or dates.
    expect(cellInfo(host, "考评规则!B2")).toMatchObject({ value: "2027-01-01", formula: null, numberFormat: "@" });
    expect(rules?.rows.find((r) => r[0] === "period.end")?.[1]).toBe("2027-12-31");
    expect(cellInfo(host, "考评规则!B4")).toMatchObject({ value: "600", valueType: "String" });
    // Autofit: the notes column is wider than the default.
    const widths = sheetLayout(host, "考评规则").columnWidths;
    expect(widths[2]).toBeGreaterThan(widths[0]);
  });

  it("makes a workbook the port reads and the engine grades without TABLE_MISSING", async () => {
    const host = buildWorkbook([]);
    expect(grade((await portOf(host).read()).input).diagnostics.map((d) => d.code)).toContain("TABLE_MISSING");
    await createInputTables(runOf(host), "zh");
    const snapshot = await portOf(host).read();
    expect(snapshot.input.tables.map((t) => t.name).sort()).toEqual([...ALL].sort());
    const result = grade(snapshot.input);
    expect(result.diagnostics.filter((d) => d.code === "TABLE_MISSING")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.units).toEqual([]);
    expect(result.rules["tier.ratios"]).toBe("0.4,0.5,0.1");
  });

  it("heads the tables in English when asked, with the notes in English", async () => {
    const host = buildWorkbook([]);
    await createInputTables(runOf(host), "en", 2016);
    expect(tableInfo(host, "Indicators")?.header).toEqual(TABLES[1].columns.map((c) => c.name));
    expect(tableInfo(host, "Rules")?.rows[0]).toEqual(["period.start", "2016-01-01", "appraisal period start"]);
    expect(grade((await portOf(host).read()).input).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("adds only the missing tables, leaving an existing one (found by its Chinese name) exactly as it was", async () => {
    const host = buildWorkbook([
      {
        name: "考评对象",
        sheet: "单位名单",
        address: "B3",
        header: ["单位", "类别"],
        rows: [
          ["区发改局", "经济类"],
          ["=1+1", null],
        ],
      },
    ]);
    const before = allTables(host);
    const beforeCells = readSheet(host, "单位名单");
    let report: Awaited<ReturnType<typeof createInputTables>> | undefined;
    const syncs = await syncsOf(host, async () => (report = await createInputTables(runOf(host), "zh")));
    expect(syncs).toBe(2);
    expect(report).toMatchObject({ created: ALL.filter((n) => n !== "Units"), skipped: ["Units"] });
    expect(report?.sheets).toEqual(TABLES.filter((t) => t.name !== "Units").map((t) => t.sheet));
    expect(allTables(host)[0]).toEqual(before[0]);
    expect(readSheet(host, "单位名单")).toEqual(beforeCells);
    expect(tableInfo(host, "Units")).toBeUndefined();
    expect(sheetNames(host)).not.toContain("考评对象");
    expect(sheetLayout(host, "单位名单").frozenRows).toBe(0);
  });

  it("does nothing, in one sync, when every table is there", async () => {
    const host = buildWorkbook([]);
    await createInputTables(runOf(host), "zh");
    const before = allTables(host);
    let report: Awaited<ReturnType<typeof createInputTables>> | undefined;
    expect(await syncsOf(host, async () => (report = await createInputTables(runOf(host), "zh")))).toBe(1);
    expect(report).toEqual({ created: [], skipped: ALL, sheets: [], guide: null });
    expect(allTables(host)).toEqual(before);
  });

  it("puts a table beside a sheet of its name that has content, and uses one that is empty", async () => {
    const host = buildWorkbook([], { sheets: ["指标考核", "考评对象"] });
    setCells(host, "指标考核!D5", [["my notes"]]);
    const report = await createInputTables(runOf(host), "zh");
    expect(report.sheets.slice(0, 2)).toEqual(["考评对象", "指标考核 (2)"]);
    expect(readSheet(host, "指标考核")).toEqual([...Array.from({ length: 4 }, () => [null, null, null, null]), [null, null, null, "my notes"]]);
    expect(tableInfo(host, "Indicators")?.sheet).toBe("指标考核 (2)");
    expect(tableInfo(host, "Units")?.sheet).toBe("考评对象");
    expect(sheetNames(host).filter((n) => n.startsWith("考评对象"))).toEqual(["考评对象"]);
  });

  it("names a table in Chinese when a defined name holds its English name, and leaves that name alone", async () => {
    const host = buildWorkbook([], { sheets: ["Data"] });
    setCells(host, "Data!A1", [["x"]]);
    addTable(host, { name: "Other", sheet: "Data", address: "C1", header: ["a"], rows: [["b"]] });
    await host.run(async (context) => {
      context.workbook.names.add("Rules", "='Data'!$A$1");
      await context.sync();
    });
    const formula = nameFormula(host, "Rules");
    const report = await createInputTables(runOf(host), "zh");
    expect(report.created).toContain("Rules");
    expect(tableInfo(host, "考评规则")?.sheet).toBe("考评规则");
    expect(nameFormula(host, "Rules")).toBe(formula);
    expect(formula).toMatch(/Data!\$A\$1$/);
    expect(tableInfo(host, "Other")?.rows).toEqual([["b"]]);
  });

  it("reports a host failure by rejecting, having written nothing in the failed sync", async () => {
    const host = buildWorkbook([]);
    host.failNextSync("InvalidOperationInCellEditMode", { skip: 1 });
    await expect(createInputTables(runOf(host), "zh")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(sheetNames(host)).toEqual(["Sheet1"]);
    expect(allTables(host)).toEqual([]);
  });
});

describe("createInputTables: the guide and the drop-down lists", () => {
  it("writes the template's guide sheet first, the same rows as appraise template's", async () => {
    const host = buildWorkbook([]);
    await createInputTables(runOf(host), "zh", 2026, { lists: true });
    const rows = readSheet(host, "说明");
    expect(rows).toEqual(buildTemplateGuide("zh", 2026).rows.map((r) => r.map((v) => (v === "" ? null : v))));
    const text = rows.map((r) => r.join(" ")).join("\n");
    for (const words of ["满意度评价和满意度测评票数只填一个", "倍数”留空时", "不填扣的分数", "指标组", "period.start", "docs/guide.md"])
      expect(text).toContain(words);
    expect(cellInfo(host, "说明!A4").numberFormat).toBe("@");
    const widths = sheetLayout(host, "说明").columnWidths;
    expect(widths[1]).toBeGreaterThan(300);
  });

  it("puts a list on every enumerated column, under the header, warning on other words; dates wide enough", async () => {
    const host = buildWorkbook([]);
    await createInputTables(runOf(host), "zh", 2026, { lists: true });
    expect(listValidations(host, "考评对象")).toEqual([{ address: "C2:C10000", words: ["是", "否"], alert: "Warning", message: "可选：是、否" }]);
    expect(listValidations(host, "指标考核").map((v) => [v.address, v.words])).toEqual([
      ["B2:B10000", ["职能", "共性"]],
      ["C2:C10000", ["核心职能", "临时性重大工作"]],
    ]);
    expect(listValidations(host, "满意度测评票数").map((v) => v.words)).toEqual([["公众评议", "领导评价"]]);
    expect(listValidations(host, "一票否决").map((v) => v.words)).toEqual([VETO_AREAS]);
    expect(listValidations(host, "节假日").map((v) => [v.address, v.words])).toEqual([["B2:B10000", ["休", "班"]]]);
    expect(listValidations(host, "满意度评价")).toEqual([]);
    // 日期 (two characters) would be autofit too narrow for 2026-05-10: set to 13 characters.
    expect(sheetLayout(host, "节假日").columnWidths[0]).toBe(72);
    expect(sheetLayout(host, "指标考核").columnWidths[6]).toBe(72);
  });

  it("in English: the Guide sheet, the lists in English words the engine reads", async () => {
    const host = buildWorkbook([]);
    const report = await createInputTables(runOf(host), "en", 2026, { lists: true });
    expect(report.guide).toBe("Guide");
    expect(readSheet(host, "Guide")[0][0]).toBe("Input tables of the 2026 appraisal · how to fill them in");
    expect(listValidations(host, "节假日")[0]).toMatchObject({ words: ["off", "work"], message: "One of: off, work" });
  });

  it("without ExcelApi 1.8 (the manifest asks 1.7) adds the tables and the guide, no lists", async () => {
    const host = buildWorkbook([]);
    await createInputTables(runOf(host), "zh", 2026, { lists: false });
    expect(tableInfo(host, "Holidays")).toBeDefined();
    expect(sheetNames(host)[0]).toBe("说明");
    for (const decl of TABLES) expect(listValidations(host, decl.sheet)).toEqual([]);
  });

  it("leaves a 说明 sheet with content alone, and uses an empty one", async () => {
    const kept = buildWorkbook([]);
    setCells(kept, "说明!A1", [["我们自己的说明"]]);
    expect((await createInputTables(runOf(kept), "zh", 2026)).guide).toBeNull();
    expect(readSheet(kept, "说明")).toEqual([["我们自己的说明"]]);

    const empty = buildWorkbook([]);
    setCells(empty, "说明!A1", [[null]]);
    expect((await createInputTables(runOf(empty), "zh", 2026)).guide).toBe("说明");
    expect(sheetNames(empty).filter((n) => n === "说明")).toHaveLength(1);
    expect(readSheet(empty, "说明")[0][0]).toBe("2026年度绩效考评输入表 · 填写说明");
  });
});

describe("freeSheetName", () => {
  it.each([
    ["指标考核", [], "指标考核"],
    ["指标考核", ["指标考核"], "指标考核 (2)"],
    ["指标考核", ["指标考核", "指标考核 (2)"], "指标考核 (3)"],
    ["Units", ["UNITS"], "Units (2)"],
    ["x".repeat(31), ["x".repeat(31)], `${"x".repeat(27)} (2)`],
  ])("%s among %j is %s", (base, taken, name) => expect(freeSheetName(base, new Set(taken.map((t) => t.toLowerCase())))).toBe(name));
});

describe("tableCells", () => {
  it("gives an empty table one blank row in its columns' formats, and text cells the Text format", () => {
    const [units] = buildTemplatePlan("zh", 2026);
    expect(tableCells(units)).toEqual({
      values: [
        ["单位", "类别", "参加考评"],
        ["", "", ""],
      ],
      formats: [
        ["@", "@", "@"],
        ["@", "@", "General"],
      ],
    });
    const rules = buildTemplatePlan("zh", 2026).find((t) => t.table === "Rules");
    const cells = rules && tableCells(rules);
    expect(cells?.values).toHaveLength(RULES.length + 1);
    expect(cells?.formats.every((row) => row.every((f) => f === "@"))).toBe(true);
  });
});
