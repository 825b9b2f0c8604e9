/**
 * A unit is never graded on incomplete points (SPEC §5, revised):
 * POINTS_TOTAL_MISMATCH is an error that leaves the unit ungraded, and
 * CORE_COUNT is checked only where the Group column holds a value.
 */
import { grade } from "../../src/engine/grade";
import { UNITS, variant } from "./base";

const [A, B] = UNITS;

describe("POINTS_TOTAL_MISMATCH", () => {
  it("a misspelled unit name on one Indicators row: the row is UNIT_UNKNOWN and the real unit is not graded, not 200 points short", () => {
    // 区财正局 for 区财政局 on B's first functional row (sheet row 8 of 指标).
    const result = grade(variant((b) => void (b.indicators[5]![0] = "区财正局")));
    const unit = result.units.find((u) => u.unit === B);
    expect(unit).toMatchObject({ graded: false, tier: null, rank: null });
    const mismatch = result.diagnostics.filter((d) => d.code === "POINTS_TOTAL_MISMATCH");
    expect(mismatch.map((d) => [d.severity, d.unit, d.cell])).toEqual([["error", B, "考评对象!A3"]]);
    expect(mismatch[0]?.message.zh).toBe(
      "单位“区财政局”职能指标分值合计为 400，应为 600，得分不完整，不予评定。请检查指标考核表是否少了该单位的行，或有一行的单位名称写错（见“未知单位”提示）。",
    );
    expect(unit?.explanation.zh).toMatch(/^未评定：考评对象!A3 单位“区财政局”职能指标分值合计为 400，应为 600/);
    const unknown = result.diagnostics.find((d) => d.code === "UNIT_UNKNOWN");
    expect(unknown).toMatchObject({ severity: "error", cell: "指标!B8" });
    expect(unknown?.message.zh).toContain("区财政局");
    // The others are graded; the category is provisional because of B.
    expect(result.units.filter((u) => u.graded).map((u) => u.unit)).toEqual([A, UNITS[2]]);
    expect(result.diagnostics.some((d) => d.code === "CATEGORY_PROVISIONAL")).toBe(true);
  });

  it("is not raised for an unassessed unit", () => {
    const result = grade(
      variant((b) => {
        b.units[2]![2] = "否";
        b.indicators[5]![4] = 150;
      }),
    );
    expect(result.diagnostics.filter((d) => d.code === "POINTS_TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("CORE_COUNT", () => {
  it("is not checked where the Group column is there but empty, as the template leaves it", () => {
    const result = grade(variant((b) => b.indicators.forEach((r, i) => i > 0 && (r[2] = null))));
    expect(result.diagnostics.filter((d) => d.code === "CORE_COUNT")).toEqual([]);
    expect(result.units.every((u) => u.graded)).toBe(true);
  });

  it("is checked for every unit once one row has a Group", () => {
    const result = grade(
      variant((b) => {
        b.indicators.forEach((r, i) => i > 0 && (r[2] = null));
        b.indicators[1]![2] = "core";
      }),
    );
    // A has one core indicator, B and C none: each is outside 3..5, a warning that blocks nothing.
    expect(result.diagnostics.filter((d) => d.code === "CORE_COUNT").map((d) => [d.severity, d.unit])).toEqual([
      ["warning", A],
      ["warning", B],
      ["warning", UNITS[2]],
    ]);
    expect(result.units.every((u) => u.graded)).toBe(true);
  });
});
