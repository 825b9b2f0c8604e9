import { diagnostic, type DiagnosticLocation } from "../engine/messages";
import type { Diagnostic } from "../engine/types";
import { sampleResult, unitResult } from "../../test/helpers/sampleResult";
import { jsonReport, summaryText, TOP_ERRORS } from "./report";
import { parseAddress } from "../engine/address";

describe("jsonReport", () => {
  it("gives scores as numbers, null where absent, and messages in one language", () => {
    const report = jsonReport(sampleResult(), "en", "0.1.0");
    expect(report.units[0]).toMatchObject({
      unit: "区发改局",
      functional: 585.5,
      composite: 968.75,
      margin: null,
      tier: "first",
      explanation: "Rank 1 of 3 → first",
    });
    expect(report.units[2]).toMatchObject({ graded: false, public: null, composite: null, rank: null, tier: null });
    expect(report.diagnostics[0]).toEqual({
      severity: "error",
      code: "NOT_A_NUMBER",
      table: "Indicators",
      row: 5,
      sheetRow: 6,
      column: "Score",
      cell: "指标考核!F6",
      message: expect.stringContaining("must be a number"),
    });
    expect(Object.keys(report)).toEqual([
      "appraiseVersion",
      "inputFingerprint",
      "rules",
      "units",
      "diagnostics",
      "changes",
      "appealDeadline",
      "calendarYearsUnknown",
    ]);
  });

  it("gives the letters' appeal deadline and the years the calendar did not know", () => {
    expect(Object.values(jsonReport(sampleResult(), "en", "0.1.0")).slice(-2)).toEqual([null, []]);
    const late = sampleResult({
      appeal: { feedbackDate: "2027-02-08", deadline: "2027-02-17", workingDays: 7, yearsUnknown: [2027] },
      calendarYearsUnknown: [2027],
    });
    const report = jsonReport(late, "en", "0.1.0");
    expect([report.appealDeadline, report.calendarYearsUnknown]).toEqual(["2027-02-17", [2027]]);
  });

  it("gives each unit's fields in SPEC §7's order: the Results columns', with assessed, graded and vetoed in their places", () => {
    const [unit] = jsonReport(sampleResult(), "zh", "0.1.0").units;
    expect(Object.keys(unit)).toEqual([
      "unit",
      "category",
      "assessed",
      "graded",
      "functional",
      "common",
      "target",
      "bonus",
      "penalty",
      "public",
      "leader",
      "spotCheck",
      "composite",
      "rank",
      "categorySize",
      "tier",
      "margin",
      "vetoed",
      "explanation",
    ]);
    expect(unit).toMatchObject({ assessed: true, graded: true, vetoed: false, tier: "first", explanation: "第1名/3 → 一等" });
  });
});

/** One error of each of seven codes: TABLE_AMBIGUOUS, COLUMN_MISSING, COLUMN_AMBIGUOUS, VALUE_REQUIRED, NOT_A_NUMBER, NOT_A_DATE, CELL_ERROR. */
function sevenKinds(at: (i: number) => DiagnosticLocation): Diagnostic[] {
  const units = { en: "Units", zh: "考评对象" };
  const column = { en: "Category", zh: "类别" };
  return [
    diagnostic("TABLE_AMBIGUOUS", at(0), { table: units }),
    diagnostic("COLUMN_MISSING", at(1), { table: { ...units, name: "Units" }, column, near: null }),
    diagnostic("COLUMN_AMBIGUOUS", at(2), { table: { ...units, name: "Units" }, column, headers: '"类别", "Category"' }),
    diagnostic("VALUE_REQUIRED", at(3), { column }),
    diagnostic("NOT_A_NUMBER", at(4), { column, value: '"x"' }),
    diagnostic("NOT_A_DATE", at(5), { column, value: '"x"' }),
    diagnostic("CELL_ERROR", at(6), { column, value: "#N/A" }),
  ];
}

describe("summaryText", () => {
  it("lists categories with tier counts against quotas, checks and the file", () => {
    const text = summaryText(sampleResult(), { lang: "zh", written: "out.xlsx" });
    const lines = text.split("\n");
    // First the unit not graded, with the error that stops it.
    expect(lines.slice(0, 2)).toEqual(["未评定 1 个单位（有错误，不参加排名）：", '  区财政局 — 指标考核!F6：“得分”应为数字，但单元格内容是 "abc"。']);
    expect(lines[2]).toBe("经济管理类和其他类：3 个单位，已评定 2 个（暂定）");
    expect(lines.slice(3, 7)).toEqual(["  一等 1/1    区发改局 968.75", "  二等 1/2    =1+1 950.10", "  三等 0/0", "  不合格 0"]);
    expect(lines[7]).toMatch(/^（名额栏为“实得\/名额”：/);
    expect(lines[8]).toBe("校验：错误 2 个，警告 1 个，提示 0 个");
    expect(lines[9]).toMatch(/^ {2}错误 NOT_A_NUMBER 指标考核!F6：/);
    expect(lines.at(-2)).toBe("结果已写入 out.xlsx");
  });

  it("groups errors by code: one line per kind with its count, name, cause and first cell", () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      diagnostic(
        "VALUE_REQUIRED",
        { table: "Units", row: i + 1, column: "Category", at: parseAddress(`考评对象!B${i + 2}`) },
        { column: { zh: "类别", en: "Category" } },
      ),
    );
    const lines = summaryText(sampleResult({ diagnostics: many }), { lang: "en", written: null }).split("\n");
    const at = lines.findIndex((l) => l.startsWith("  Error"));
    expect(lines[at]).toBe("  Error 8 × VALUE_REQUIRED Required cell blank — these cells must not be blank");
    expect(lines[at + 1]).toBe('    first 考评对象!B2: "Category" must not be blank.');
    expect(lines.filter((l) => l.includes("VALUE_REQUIRED"))).toHaveLength(1);
    const zh = summaryText(sampleResult({ diagnostics: many }), { lang: "zh", written: null });
    expect(zh).toContain("  错误 8 × VALUE_REQUIRED 必填单元格为空 — 这些单元格不能为空\n    首个 考评对象!B2：");
  });

  it("names the first few kinds and counts the rest", () => {
    const at = (i: number) => ({ table: "Units", row: i + 1, at: parseAddress(`考评对象!B${i + 2}`) });
    const kinds = sevenKinds(at);
    const text = summaryText(sampleResult({ diagnostics: [...kinds, kinds[6]!] }), { lang: "en", written: null });
    expect(text.match(/^ {2}Error /gm)?.length).toBe(TOP_ERRORS);
    // The biggest kind first: the doubled CELL_ERROR leads.
    expect(text.split("\n").find((l) => l.startsWith("  Error"))).toMatch(/^ {2}Error 2 × CELL_ERROR /);
    expect(text).toContain("… and 2 more kinds (2 errors or warnings): see the Warnings sheet or --json");
    expect(text.trim().endsWith("Nothing was written.")).toBe(true);
  });

  it("puts the units not graded first, each with its first error, or its explanation when no error names it", () => {
    const noError = sampleResult({ diagnostics: [] });
    expect(summaryText(noError, { lang: "en", written: null }).split("\n").slice(0, 2)).toEqual([
      "1 unit not graded (errors: no place in the ranking):",
      "  区财政局 — Not graded: no public score",
    ]);
    const units = Array.from({ length: 10 }, (_, i) => unitResult({ unit: `单位${i}`, graded: false, tier: null, rank: null }));
    const twoErrors = sampleResult({
      units,
      diagnostics: [0, 1].map((i) => diagnostic("SATISFACTION_MISSING", { unit: "单位0" }, { unit: "单位0", kind: i ? "leader" : "public" })),
    });
    const lines = summaryText(twoErrors, { lang: "zh", written: null }).split("\n");
    expect(lines[0]).toBe("未评定 10 个单位（有错误，不参加排名）：");
    expect(lines[1]).toBe("  单位0 — 单位“单位0”没有公众评议得分，不予评定。（另有 1 个错误）");
    expect(lines.slice(8, 10)).toEqual(["  单位7 — 第1名/3 → 一等", "  ……另 2 个"]);
  });

  it("says when nothing was graded, after the errors it refers to", () => {
    const lines = summaryText(sampleResult({ resultsWithheld: true, categories: [] }), { lang: "en", written: "x.xlsx" })
      .trim()
      .split("\n");
    expect(lines.at(-2)).toBe("Nothing was graded because of the errors above; the Results sheet is left as it was.");
    expect(lines.findIndex((l) => l.startsWith("  Error"))).toBeLessThan(lines.length - 2);
    // No tier counts, so no legend for them.
    expect(lines.some((l) => l.startsWith("(Tier counts"))).toBe(false);
  });

  it("counts in the singular and the plural in English", () => {
    const one = [
      diagnostic("VALUE_REQUIRED", { table: "Units", row: 1, column: "Category", at: parseAddress("考评对象!B2") }, { column: { zh: "类别", en: "Category" } }),
    ];
    const text = summaryText(sampleResult({ diagnostics: one }), { lang: "en", written: null });
    expect(text).toContain("Checks: 1 error, 0 warnings, 0 info");
    expect(text).toContain("经济管理类和其他类: 3 units, 2 graded");
    expect(text).toContain(
      "(Tier counts are placed/quota: above the quota from a tie across a boundary or a veto moving a unit down; below it from a veto, the threshold or ungraded units.)",
    );
    const six = sevenKinds(() => ({ table: "Units" })).slice(0, 6);
    expect(summaryText(sampleResult({ diagnostics: six }), { lang: "en", written: null })).toContain(
      "… and 1 more kind (1 error or warning): see the Warnings sheet or --json",
    );
  });
});
