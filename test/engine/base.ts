/**
 * The base workbook of the diagnostics tests: three units of one category,
 * complete and valid, with tables at known places so every expected address
 * can be worked out by hand:
 * - Units 考评对象 at A1: row r is sheet row r + 1 (Unit A, Category B, Assessed C)
 * - Indicators 指标 at B3: row r is sheet row r + 3; Unit B, Type C, Group D,
 *   Indicator E, MaxPoints F, Score G, AssignedDate H, FiledDate I, AdjustmentFiled J.
 *   Four rows per unit: three core functional (200 each) and one common (100).
 * - Satisfaction 满意度 at A1: Unit A, Public B, Leader C.
 */
import type { Cell, TableGrid, WorkbookInput } from "../../src/engine/types";
import { table } from "./workbook";

export const UNITS = ["区发改局", "区财政局", "区统计局"] as const;

export interface Base {
  units: Cell[][];
  indicators: Cell[][];
  satisfaction: Cell[][];
  rules: Cell[][] | null;
  extra: TableGrid[];
}

export function base(): Base {
  const scores = [
    [190, 190, 190, 95],
    [185, 185, 185, 90],
    [180, 180, 180, 85],
  ];
  return {
    units: [["Unit", "Category", "Assessed"], ...UNITS.map((u) => [u, "经济类", null])],
    indicators: [
      ["Unit", "Type", "Group", "Indicator", "MaxPoints", "Score", "AssignedDate", "FiledDate", "AdjustmentFiled"],
      ...UNITS.flatMap((u, i) => [
        [u, "functional", "core", "职能1", 200, scores[i]![0]!, null, null, null],
        [u, "职能", "核心职能", "职能2", 200, scores[i]![1]!, null, null, null],
        [u, "职能指标", "core", "职能3", 200, scores[i]![2]!, null, null, null],
        [u, "共性", null, "共性", 100, scores[i]![3]!, null, null, null],
      ]),
    ],
    satisfaction: [["Unit", "Public", "Leader"], ...UNITS.map((u) => [u, 185, 92])],
    rules: null,
    extra: [],
  };
}

export function build(b: Base): WorkbookInput {
  return {
    tables: [
      table("Units", "考评对象", b.units),
      table("Indicators", "指标", b.indicators, { row: 3, column: 2 }),
      table("Satisfaction", "满意度", b.satisfaction),
      ...(b.rules ? [table("Rules", "规则", b.rules)] : []),
      ...b.extra,
    ],
  };
}

/** The base workbook after a change. */
export function variant(change: (b: Base) => void): WorkbookInput {
  const b = base();
  change(b);
  return build(b);
}
