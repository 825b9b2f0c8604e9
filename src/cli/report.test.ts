import { diagnostic } from "../engine/messages";
import { sampleResult } from "../../test/helpers/sampleResult";
import { jsonReport, summaryText, TOP_ERRORS } from "./report";

describe("jsonReport", () => {
  it("gives scores as numbers, null where absent, and messages in one language", () => {
    const report = jsonReport(sampleResult(), "en", "0.1.0");
    expect(report.units[0]).toMatchObject({ unit: "区发改局", functional: 585.5, composite: 968.75, margin: null, tier: "first", explanation: "Rank 1 of 3 → first" });
    expect(report.units[2]).toMatchObject({ graded: false, public: null, composite: null, rank: null, tier: null });
    expect(report.diagnostics[0]).toEqual({
      severity: "error",
      code: "NOT_A_NUMBER",
      table: "Indicators",
      row: 5,
      column: "Score",
      cell: "指标考核!F6",
      message: expect.stringContaining("must be a number"),
    });
    expect(Object.keys(report)).toEqual(["appraiseVersion", "inputFingerprint", "rules", "units", "diagnostics"]);
  });
});

describe("summaryText", () => {
  it("lists categories with tier counts against quotas, checks and the file", () => {
    const text = summaryText(sampleResult(), { lang: "zh", written: "out.xlsx" });
    const lines = text.split("\n");
    expect(lines[0]).toBe("经济管理类和其他类：3 个单位，已评定 2 个（暂定）");
    expect(lines.slice(1, 5)).toEqual(["  一等 1/1    区发改局 968.75", "  二等 1/2    =1+1 950.10", "  三等 0/0", "  不合格 0"]);
    expect(lines[5]).toMatch(/^（名额栏为“实得\/名额”：/);
    expect(lines[6]).toBe("校验：错误 2 个，警告 1 个，提示 0 个");
    expect(lines[7]).toMatch(/^ {2}错误 NOT_A_NUMBER 指标考核!F6：/);
    expect(lines.at(-2)).toBe("结果已写入 out.xlsx");
  });

  it("names the first few errors and counts the rest", () => {
    const many = Array.from({ length: TOP_ERRORS + 3 }, (_, i) =>
      diagnostic("VALUE_REQUIRED", { table: "Units", row: i + 1, column: "Category", cell: `考评对象!B${i + 2}` }, { zh: "类别", en: "Category" }),
    );
    const text = summaryText(sampleResult({ diagnostics: many }), { lang: "en", written: null });
    expect(text.match(/^ {2}Error VALUE_REQUIRED/gm)?.length).toBe(TOP_ERRORS);
    expect(text).toContain("… and 3 more errors or warnings");
    expect(text.trim().endsWith("Nothing was written.")).toBe(true);
  });

  it("says when nothing was graded, after the errors it refers to", () => {
    const lines = summaryText(sampleResult({ resultsWithheld: true, categories: [] }), { lang: "en", written: "x.xlsx" }).trim().split("\n");
    expect(lines.at(-2)).toBe("Nothing was graded because of the errors above; the Results sheet is left as it was.");
    expect(lines.findIndex((l) => l.startsWith("  Error"))).toBeLessThan(lines.length - 2);
    // No tier counts, so no legend for them.
    expect(lines.some((l) => l.startsWith("(Tier counts"))).toBe(false);
  });

  it("counts in the singular and the plural in English", () => {
    const one = [diagnostic("VALUE_REQUIRED", { table: "Units", row: 1, column: "Category", cell: "考评对象!B2" }, { zh: "类别", en: "Category" })];
    const text = summaryText(sampleResult({ diagnostics: one }), { lang: "en", written: null });
    expect(text).toContain("Checks: 1 error, 0 warnings, 0 info");
    expect(text).toContain("经济管理类和其他类: 3 units, 2 graded");
    expect(text).toContain("(Tier counts are placed/quota: above the quota from a tie across a boundary or a veto moving a unit down; below it from a veto, the threshold or ungraded units.)");
    const six = Array.from({ length: TOP_ERRORS + 1 }, () => one[0]!);
    expect(summaryText(sampleResult({ diagnostics: six }), { lang: "en", written: null })).toContain("… and 1 more error or warning: see the Warnings sheet or --json");
  });
});
