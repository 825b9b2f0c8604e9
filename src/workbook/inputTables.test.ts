import type { OutputKind, Ownership } from "./port";
import { inputTablesOf, isInputTable, onOwnedSheet, ownedOutputSheets } from "./inputTables";

const NONE: Record<OutputKind, Ownership> = { results: "absent", warnings: "absent", runlog: "absent", history: "absent" };

describe("inputTables", () => {
  it("owned output sheets are those Appraise owns, not those merely named like them", () => {
    expect(ownedOutputSheets({ ...NONE, results: "owned", runlog: "foreign" })).toEqual(["考评结果"]);
    expect(ownedOutputSheets(NONE)).toEqual([]);
  });

  it.each([
    [{ name: "Units", sheet: "考评对象" }, [], true],
    [{ name: "UNITS", sheet: "我的" }, [], true],
    [{ name: "指标考核", sheet: "Sheet1" }, [], true],
    [{ name: "results", sheet: "我的汇总" }, [], false],
    [{ name: "Results", sheet: "考评结果" }, ["考评结果"], false],
    [{ name: "Units", sheet: "考评结果" }, ["考评结果"], false],
    [{ name: "Units", sheet: "runlog" }, ["RunLog"], false],
  ])("%p with owned sheets %p is an input: %p", (table, owned, input) => {
    expect(isInputTable(table, owned)).toBe(input);
  });

  it("compares sheet names as Excel does", () => {
    expect(onOwnedSheet("RESULTS", ["Results"])).toBe(true);
    expect(onOwnedSheet("考评结果", ["校验提示"])).toBe(false);
  });

  it("keeps the tables' order", () => {
    const tables = [
      { name: "Indicators", sheet: "指标考核" },
      { name: "Results", sheet: "考评结果" },
      { name: "Mine", sheet: "我的" },
      { name: "units", sheet: "考评对象" },
    ];
    expect(inputTablesOf(tables, { ...NONE, results: "owned" }).map((t) => t.name)).toEqual(["Indicators", "units"]);
  });
});
