/**
 * Small workbooks for engine tests, written as 2-D arrays: `table("Units",
 * "考评对象", [["Unit", "Category"], ["区发改局", "经济类"]])` puts the table's
 * header at A1 of its sheet (or at `origin`).
 */
import type { Cell, TableGrid, WorkbookInput } from "../../src/engine/types";

export function table(name: string, sheet: string, rows: readonly (readonly Cell[])[], origin = { row: 1, column: 1 }): TableGrid {
  const [header = [], ...body] = rows;
  const width = header.length;
  return {
    name,
    sheet,
    headerRow: origin.row,
    firstColumn: origin.column,
    header,
    rows: body.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
  };
}

export const workbook = (...tables: TableGrid[]): WorkbookInput => ({ tables });

/** A unit's indicator rows: one functional row out of 600 and one common out of 100. */
export function indicatorRows(unit: string, functional: number, common: number): Cell[][] {
  return [
    [unit, "functional", "core", "指标1", 600, functional],
    [unit, "common", null, "共性", 100, common],
  ];
}

/**
 * A minimal valid workbook: units in categories with given functional scores;
 * common 90, public 180, leader 90 unless given.
 */
export function simpleWorkbook(
  units: readonly { unit: string; category: string; functional: number; common?: number; public?: number; leader?: number; assessed?: Cell }[],
  extra: TableGrid[] = [],
): WorkbookInput {
  return workbook(
    table("Units", "考评对象", [["Unit", "Category", "Assessed"], ...units.map((u) => [u.unit, u.category, u.assessed ?? null])]),
    table("Indicators", "指标考核", [
      ["Unit", "Type", "Group", "Indicator", "MaxPoints", "Score"],
      ...units.flatMap((u) => indicatorRows(u.unit, u.functional, u.common ?? 90)),
    ]),
    table("Satisfaction", "满意度", [["Unit", "Public", "Leader"], ...units.map((u) => [u.unit, u.public ?? 180, u.leader ?? 90])]),
    table("Rules", "规则", [
      ["Key", "Value"],
      ["core.min", 0],
    ]),
    ...extra,
  );
}
