import { grade } from "../../engine/grade";
import type { Cell } from "../../engine/types";
import { compareImport, importGrids } from "./compareImport";
import { importSummary } from "./importSummary";
import type { PlainSheet } from "./plainSheet";

function sheet(rows: readonly (readonly Cell[])[]): PlainSheet {
  return { name: "S", rows: rows.map((r) => r.map((value) => (value === null ? undefined : { value, formula: null }))), merges: [], tables: [] };
}

/** Imports the rows, grades the import and compares it with the sheet. */
function checked(rows: readonly (readonly Cell[])[]) {
  const imported = importSummary(
    [sheet([["2025年度汇总"], ["单位", "类别", "职能", "共性", "公众评议", "领导评价", "加分", "综合得分", "等次"], ...rows])],
    {},
  );
  if (!imported.ok) throw new Error(JSON.stringify(imported.findings));
  return compareImport(imported.expected, grade(importGrids(imported.tables)));
}

describe("compareImport", () => {
  it("says all agree when every composite and tier is the sheet's", () => {
    const findings = checked([
      ["甲", "A", 580, 95, 190, 95, null, 960, "一等"],
      ["乙", "A", 570, 95, 190, 95, null, 950, "二等"],
      ["丙", "A", 560, 95, 190, 95, null, 940, "二等"],
    ]);
    expect(findings.map((f) => f.message.en)).toEqual(["Graded after import: all 3 units have the sheet's own composite and tier."]);
  });

  it("names a unit whose tier the rules do not give, with the rules' reason", () => {
    // 3 units: quotas 1/2/0, so 乙 is second whatever the sheet says.
    const findings = checked([
      ["甲", "A", 580, 95, 190, 95, null, 960, "一等"],
      ["乙", "A", 570, 95, 190, 95, null, 950, "一等"],
      ["丙", "A", 560, 95, 190, 95, null, 940, "二等"],
    ]);
    expect(findings.map((f) => [f.code, f.cell, f.unit, f.message.zh])).toEqual([
      ["IMPORT_DIFFERS", "S!A4", "乙", "乙：原表等次“一等”，导入后评定为“二等”。原因：按规则：第2名/3 → 二等"],
    ]);
  });

  it("reads 优秀/良好/合格 as the first, second and third tiers, says so once, and still names a unit graded otherwise", () => {
    const findings = checked([
      ["甲", "A", 580, 95, 190, 95, null, 960, "优秀"],
      ["乙", "A", 570, 95, 190, 95, null, 950, "良好"],
      ["丙", "A", 560, 95, 190, 95, null, 940, "优秀"],
    ]);
    expect(findings.map((f) => [f.code, f.unit, f.message.zh])).toEqual([
      ["IMPORT_TIER_WORDS", null, "原表的等次写作“优秀”、“良好”，核对时按 优秀 = 一等，良好 = 二等 比较。"],
      ["IMPORT_DIFFERS", "丙", "丙：原表等次“优秀”，导入后评定为“二等”。原因：按规则：第3名/3 → 二等"],
    ]);
  });

  it("agrees when the sheet's 优秀/良好 are the tiers the rules give", () => {
    const findings = checked([
      ["甲", "A", 580, 95, 190, 95, null, 960, "优秀"],
      ["乙", "A", 570, 95, 190, 95, null, 950, "良好"],
      ["丙", "A", 560, 95, 190, 95, null, 940, "良好"],
    ]);
    expect(findings.map((f) => f.code)).toEqual(["IMPORT_TIER_WORDS", "IMPORT_AGREES"]);
    expect(findings[0].message.en).toBe('The sheet writes its tiers as "优秀", "良好"; they were checked as 优秀 = First, 良好 = Second.');
  });

  it("names a bonus above the cap, and a unit that could not be graded with its first error", () => {
    const findings = checked([
      ["甲", "A", 580, 95, 190, 95, 12, 972, "一等"],
      ["乙", "A", "缺", 95, 190, 95, null, 950, "二等"],
      ["丙", "A", 560, 95, 190, 95, null, 940, "二等"],
    ]);
    expect(findings.map((f) => f.unit)).toEqual(["甲", "乙"]);
    expect(findings[0].message.en).toBe(
      "甲: the sheet's composite is 972.00, the graded import's 970.00. Why: the sheet's bonus 12 is above the cap of 10 (bonus.cap), which grading applies",
    );
    expect(findings[1].message.en).toMatch(/^乙: not graded after the import\. Why: NOT_A_NUMBER: "Score" must be a number/);
  });
});
