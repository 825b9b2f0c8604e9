/**
 * Work done once per table rather than once per unit or category gives the
 * same answers: a suggestion for an unknown unit on every row that names it,
 * and categories of one unit each.
 */
import { grade } from "../../src/engine/grade";
import type { Cell } from "../../src/engine/types";
import { indicatorRows, simpleWorkbook, table } from "./workbook";

describe("many units and categories", () => {
  it("suggests the closest unit on every row that names an unknown one", () => {
    const input = simpleWorkbook([{ unit: "区财政局", category: "经济类", functional: 550 }], []);
    const indicators = input.tables.find((t) => t.name === "Indicators")!;
    const typo: Cell[][] = [...indicatorRows("区财正局", 500, 90), ...indicatorRows("某某单位", 500, 90), ...indicatorRows("区财正局", 500, 90)];
    const grids = input.tables.map((t) => (t === indicators ? table("Indicators", "指标考核", [indicators.header as Cell[], ...indicators.rows, ...typo]) : t));
    const unknown = grade({ tables: grids }).diagnostics.filter((d) => d.code === "UNIT_UNKNOWN");
    expect(unknown.map((d) => d.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(unknown.map((d) => d.message.en.includes("区财政局"))).toEqual([true, true, false, false, true, true]);
  });

  it("grades categories of one unit each, each with its own summary", () => {
    const units = Array.from({ length: 300 }, (_, i) => ({ unit: `单位${i}`, category: `类别${i}`, functional: 500 + (i % 50) }));
    const result = grade(simpleWorkbook(units));
    expect(result.categories.map((c) => c.category)).toEqual(units.map((u) => u.category));
    for (const c of result.categories) expect([c.size, c.graded, c.quotas.first + c.quotas.second + c.quotas.third]).toEqual([1, 1, 1]);
    expect(result.units.every((u) => u.graded && u.rank === 1)).toBe(true);
  });

  it("reports hundreds of thousands of diagnostics without throwing", () => {
    // Numbers typed as text: every Score and MaxPoints cell is NUMBER_NORMALIZED (info), 200 000 in all.
    const rows: Cell[][] = Array.from({ length: 100_000 }, (_, i) => [`单位${i % 100}`, "职能", "core", `指标${i}`, "10", "9.5"]);
    const input = simpleWorkbook(Array.from({ length: 100 }, (_, i) => ({ unit: `单位${i}`, category: "经济类", functional: 500 })));
    const tables = input.tables.map((t) => (t.name === "Indicators" ? table("Indicators", "指标考核", [t.header as Cell[], ...rows]) : t));
    const result = grade({ tables });
    expect(result.diagnostics.filter((d) => d.code === "NUMBER_NORMALIZED")).toHaveLength(200_000);
  });
});
