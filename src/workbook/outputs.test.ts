import { sampleResult } from "../../test/helpers/sampleResult";
import { chainDigest, outputFingerprint } from "./audit/digests";
import { buildOutputPlan, displayWidth, linkTarget, scoreFormat } from "./outputs";

const meta = { lang: "zh" as const, version: "0.1.0", now: new Date("2017-02-10T08:30:00.000Z") };

describe("buildOutputPlan", () => {
  it("lays out Results in the user's language, scores as numbers, one row per unit in order", () => {
    const plan = buildOutputPlan(sampleResult(), meta);
    const results = plan.results!;
    expect(results.sheet).toBe("考评结果");
    expect(results.table).toBe("Results");
    expect(results.headers).toEqual([
      "单位",
      "类别",
      "职能指标得分",
      "共性指标得分",
      "指标考核得分",
      "创新争优加分",
      "通报扣分",
      "公众评议得分",
      "领导评价得分",
      "察访核验扣分",
      "综合得分",
      "名次",
      "类别单位数",
      "等次",
      "差距分",
      "说明",
    ]);
    expect(results.rows.map((r) => r[0])).toEqual(["区发改局", "=1+1", "区财政局"]);
    expect(results.rows[0]).toEqual(["区发改局", "经济管理类和其他类", 585.5, 96, 681.5, 6, 2, 188.25, 95, 0, 968.75, 1, 3, "一等", null, "第1名/3 → 一等"]);
    expect(results.rows[2].slice(7, 15)).toEqual([null, null, 0, null, null, 3, null, null]);
    expect(results.numberFormats[0]).toBe("@");
    expect(results.numberFormats[10]).toBe("0.00");
    expect(results.numberFormats[15]).toBe("@");
    expect(results.rowFills).toEqual(["C6EFCE", "DDEBF7", null]);
  });

  it("uses English headers and labels for lang en", () => {
    const plan = buildOutputPlan(sampleResult(), { ...meta, lang: "en" });
    expect(plan.results!.headers.slice(0, 3)).toEqual(["Unit", "Category", "Functional"]);
    expect(plan.results!.rows[1][13]).toBe("Second");
    expect(plan.warnings.rows[0][0]).toBe("Error");
    expect(plan.warnings.headers).toEqual(["Severity", "Code", "Table", "Row", "Column", "Cell", "Message"]);
  });

  it("lists diagnostics in their order with links on cells", () => {
    const plan = buildOutputPlan(sampleResult(), meta);
    expect(plan.warnings.rows.map((r) => r[1])).toEqual(["NOT_A_NUMBER", "COLUMN_MISSING", "CATEGORY_PROVISIONAL"]);
    // Row is the sheet row Excel shows (data row 5 under a header in row 1 is row 6), as in the Cell beside it.
    // Table and Column in the sheet's language (SPEC section 5): 指标考核 and 得分 in a Chinese workbook, Indicators and Score in an English one.
    expect(plan.warnings.rows[0]).toEqual(["错误", "NOT_A_NUMBER", "指标考核", 6, "得分", "指标考核!F6", expect.stringContaining("得分")]);
    expect(plan.warnings.rows[1].slice(2, 5)).toEqual(["满意度评价", null, null]);
    expect(plan.warnings.rows[2].slice(2, 5)).toEqual([null, null, null]);
    const en = buildOutputPlan(sampleResult(), { ...meta, lang: "en" });
    expect(en.warnings.rows[0].slice(2, 5)).toEqual(["Indicators", 6, "Score"]);
    expect(en.warnings.rows[1].slice(2, 5)).toEqual(["Satisfaction", null, null]);
    expect(plan.warnings.links).toEqual([
      { row: 0, col: 5, target: "指标考核!F6" },
      { row: 1, col: 5, target: "'My sheet'!A1" },
    ]);
    expect(plan.warnings.rowFills).toEqual(["FFC7CE", "FFC7CE", "FFEB9C"]);
  });

  it("writes one RunLog row with counts", () => {
    const plan = buildOutputPlan(sampleResult(), { ...meta, note: "charts dropped" });
    const [row] = plan.runLog.rows;
    expect(row.slice(0, 12)).toEqual(["2017-02-10T08:30:00.000Z", "0.1.0", "sha256:" + "ab".repeat(32), 3, 2, 2, 1, 1, 1, 0, 0, "charts dropped"]);
    // The output fingerprint of the Results as laid out, and the chain digest over the row and the History block (SPEC §6).
    expect(row[12]).toBe(outputFingerprint(plan.results!.rows, plan.results!.headers.length));
    expect(row[13]).toBe(chainDigest({ previous: "", row: row.slice(0, 13), block: plan.history!.rows, rowWidth: 13, blockWidth: 7 }));
    expect(plan.runLog.headers.slice(12)).toEqual(["输出指纹", "链摘要"]);
    expect(plan.runLog.headers.length).toBe(row.length);
  });

  it("withholds Results when the engine says so, and logs the run as one that graded nothing", () => {
    const plan = buildOutputPlan(sampleResult({ resultsWithheld: true, units: [], categories: [] }), meta);
    expect(plan.results).toBeNull();
    expect(plan.warnings.rows.length).toBeGreaterThan(0);
    const [row] = plan.runLog.rows;
    expect(row.slice(3, 13)).toEqual([null, null, 2, 1, null, null, null, null, "未评定：存在阻止评定的错误，考评结果未更新（见校验提示）", null]);
  });

  it("is deterministic apart from the RunLog time", () => {
    const a = buildOutputPlan(sampleResult(), meta);
    const b = buildOutputPlan(sampleResult(), { ...meta, now: new Date() });
    expect(b.results).toEqual(a.results);
    expect(b.warnings).toEqual(a.warnings);
    // The chain digest covers the time (and so differs); nothing else does.
    expect(b.runLog.rows[0].slice(1, 13)).toEqual(a.runLog.rows[0].slice(1, 13));
    expect(b.runLog.rows[0][13]).not.toBe(a.runLog.rows[0][13]);
  });

  it("chains the RunLog row on from the last row's digest", () => {
    const a = buildOutputPlan(sampleResult(), meta);
    const b = buildOutputPlan(sampleResult(), { ...meta, previousChainDigest: String(a.runLog.rows[0][13]) });
    expect(b.runLog.rows[0].slice(0, 13)).toEqual(a.runLog.rows[0].slice(0, 13));
    expect(b.runLog.rows[0][13]).toBe(
      chainDigest({ previous: String(a.runLog.rows[0][13]), row: a.runLog.rows[0].slice(0, 13), block: a.history!.rows, rowWidth: 13, blockWidth: 7 }),
    );
    expect(b.runLog.rows[0][13]).not.toBe(a.runLog.rows[0][13]);
  });

  it("keeps every array as long as the headers", () => {
    const plan = buildOutputPlan(sampleResult(), meta);
    for (const sheet of [plan.results!, plan.warnings, plan.runLog]) {
      expect(sheet.numberFormats.length).toBe(sheet.headers.length);
      expect(sheet.columnWidths.length).toBe(sheet.headers.length);
      expect(sheet.rowFills.length).toBe(sheet.rows.length);
      for (const row of sheet.rows) expect(row.length).toBe(sheet.headers.length);
    }
  });

  it("sizes columns counting CJK characters double", () => {
    const plan = buildOutputPlan(sampleResult(), meta);
    // "经济管理类和其他类" is 9 CJK characters = 18 cells, plus padding.
    expect(plan.results!.columnWidths[1]).toBe(19);
  });
});

describe.each([
  ["区发改局", 8],
  ["Unit", 4],
  ["９５．５", 8],
  ["", 0],
])("displayWidth(%p)", (text, width) => {
  it(`is ${width}`, () => expect(displayWidth(text)).toBe(width));
});

describe.each([
  ["指标考核!F7", "指标考核!F7"],
  ["指标考核!A1:F1", "指标考核!A1"],
  ["'My sheet'!B2", "'My sheet'!B2"],
  ["'It''s'!$C$3", "'It''s'!C3"],
  ["nonsense", null],
  ["Sheet!#REF", null],
])("linkTarget(%p)", (cell, target) => {
  it(`is ${String(target)}`, () => expect(linkTarget(cell)).toBe(target));
});

it.each([
  [2, "0.00"],
  [0, "0"],
  [4, "0.0000"],
])("scoreFormat(%p) is %p", (d, f) => expect(scoreFormat(d)).toBe(f));
