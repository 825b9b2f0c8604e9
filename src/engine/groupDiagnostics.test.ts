import { groupDiagnostics } from "./groupDiagnostics";
import { diagnostic } from "./messages";
import { sheetRowOf } from "./sheetRow";
import { parseAddress } from "./address";

const nan = (row: number, unit: string) =>
  diagnostic(
    "NOT_A_NUMBER",
    { table: "Indicators", row, column: "Score", at: parseAddress(`指标考核!F${row + 1}`), unit },
    { column: { zh: "得分", en: "Score" }, value: '"x"' },
  );
const missing = (unit: string) => diagnostic("SATISFACTION_MISSING", { unit }, { unit, kind: "public" });
const unknownColumn = diagnostic("COLUMN_UNKNOWN", { table: "Units", at: parseAddress("考评对象!C1") }, { header: "备注" });
const small = diagnostic("CATEGORY_SMALL", {}, { category: "A", count: 2 });

describe("groupDiagnostics", () => {
  it("groups by code: errors first, the biggest group first within a severity, items in their order", () => {
    const groups = groupDiagnostics([unknownColumn, nan(5, "甲"), missing("甲"), small, missing("乙"), nan(9, "甲"), missing("丙")]);
    expect(groups.map((g) => [g.code, g.severity, g.items.length])).toEqual([
      ["SATISFACTION_MISSING", "error", 3],
      ["NOT_A_NUMBER", "error", 2],
      ["CATEGORY_SMALL", "warning", 1],
      ["COLUMN_UNKNOWN", "info", 1],
    ]);
    expect(groups[1].items.map((d) => d.row)).toEqual([5, 9]);
    expect(groups[0].units).toEqual(["甲", "乙", "丙"]);
    expect(groups[1].units).toEqual(["甲"]);
    expect(groups[2].units).toEqual([]);
  });

  it("keeps the first-come group first when two are the same size", () => {
    expect(groupDiagnostics([nan(1, "甲"), missing("甲")]).map((g) => g.code)).toEqual(["NOT_A_NUMBER", "SATISFACTION_MISSING"]);
    expect(groupDiagnostics([])).toEqual([]);
  });
});

describe("sheetRowOf", () => {
  it.each([
    [{ row: 196, at: parseAddress("指标考核!F197") }, 197],
    [{ row: 1, at: parseAddress("'My sheet'!$B$3") }, 3],
    [{ row: 4, at: parseAddress("考评对象!A5:C5") }, 5],
    [{ row: null, at: parseAddress("考评对象!A1:C1") }, null],
    [{ row: 3, at: null }, null],
  ])("%j → %p", (d, expected) => {
    expect(sheetRowOf(d)).toBe(expected);
  });
});
