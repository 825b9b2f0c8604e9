/**
 * Owned tables persist: a user's formula on Results and a PivotTable built on
 * it keep working across Recomputes that write more units, fewer, and the
 * same, with Table.resize (ExcelApi 1.13) and without it. The fake host turns
 * structured references into #REF! and orphans the pivot when a table is
 * deleted, as Excel does, so a write that re-creates the table fails here.
 */
import { simpleWorkbook } from "../engine/workbook";
import { addBound, addTable, boundSource, buildWorkbook, cellInfo, setCells, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { planOf, portOf, NOW } from "./helpers";

const COVER = "封面!B2";
/** The user's formula in each language's workbook: Results' headers and tier labels follow the language. */
const FORMULAS = { zh: '=COUNTIF(Results[等次],"一等")', en: '=COUNTIF(Results[Tier],"First")' } as const;

function unitsOf(n: number): { unit: string; category: string; functional: number }[] {
  return Array.from({ length: n }, (_, i) => ({ unit: `单位${String(i + 1).padStart(2, "0")}`, category: "经济类", functional: 560 + i }));
}

/** Replaces the input tables, as someone would by editing them. */
function setInputs(host: FakeExcelHost, units: number): void {
  const input = simpleWorkbook(unitsOf(units));
  for (const t of input.tables) {
    const old = host.store.tableByName(t.name);
    if (old !== undefined) host.store.deleteTable(old.id);
    addTable(host, t);
  }
}

describe.each([
  ["with Table.resize (ExcelApi 1.13)", true],
  ["with rows deleted and added (before ExcelApi 1.13)", false],
])("owned tables %s", (_, canResize) => {
  it.each(["zh", "en"] as const)("keep a user's COUNTIF on Results[Tier] and a pivot on Results working over three Recomputes (%s)", async (lang) => {
    const host = buildWorkbook(simpleWorkbook(unitsOf(5)).tables);
    const port = portOf(host, { canResize });
    await runAppraisal(port, { lang, version: "0.1.0", now: NOW });
    // The office builds its own summaries on the first results.
    const formula = FORMULAS[lang];
    setCells(host, "封面!A2", [["一等单位数", { formula }]]);
    addBound(host, "pivot", "等次透视", "封面", "Results");
    addBound(host, "chart", "等次图", "封面", "Results");
    host.recalculate();
    const resultsId = host.store.tableByName("Results")?.id;

    for (const units of [12, 3, 3]) {
      setInputs(host, units);
      const { result } = await runAppraisal(port, { lang, version: "0.1.0", now: NOW });
      const firsts = result.units.filter((u) => u.tier === "first").length;
      expect(firsts).toBeGreaterThan(0);
      expect(cellInfo(host, COVER)).toMatchObject({ formula, value: firsts });
      expect(boundSource(host, "等次透视")).toBe("Results");
      expect(boundSource(host, "等次图")).toBe("Results");
      expect(host.store.tableByName("Results")?.id).toBe(resultsId);
      expect(tableInfo(host, "Results")?.rows).toHaveLength(units);
      expect(tableInfo(host, "Results")?.address).toBe(`A1:P${units + 1}`);
    }
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(4);
  });

  it("leave no old rows below a shrunk table, and keep one empty row when Warnings has none", async () => {
    const host = buildWorkbook(simpleWorkbook(unitsOf(6)).tables);
    const port = portOf(host, { canResize });
    await port.read();
    await port.write(planOf());
    await port.read();
    const empty = planOf();
    await port.write({ ...empty, warnings: { ...empty.warnings, rows: [], rowFills: [], links: [] } });
    expect(tableInfo(host, "Warnings")).toMatchObject({ address: "A1:G2", rows: [[null, null, null, null, null, null, null]] });
    expect(cellInfo(host, "校验提示!F2")).toMatchObject({ value: null, hyperlink: null, fill: null });
    expect(cellInfo(host, "校验提示!A4")).toMatchObject({ value: null, numberFormat: "General" });
  });
});

it("a write that re-created the table would break them (the fake host models Excel's #REF!)", async () => {
  const host = buildWorkbook(simpleWorkbook(unitsOf(4)).tables);
  await runAppraisal(portOf(host), { lang: "zh", version: "0.1.0", now: NOW });
  setCells(host, "封面!A2", [["一等单位数", { formula: FORMULAS.zh }]]);
  addBound(host, "pivot", "等次透视", "封面", "Results");
  const results = host.store.tableByName("Results");
  if (results === undefined) throw new Error("no Results");
  host.userSetProtection("考评结果", false);
  host.store.deleteTable(results.id);
  await runAppraisal(portOf(host), { lang: "zh", version: "0.1.0", now: NOW });
  expect(tableInfo(host, "Results")).toBeDefined();
  expect(cellInfo(host, COVER)).toMatchObject({ formula: '=COUNTIF(#REF!,"一等")', value: { error: "#REF!" } });
  expect(boundSource(host, "等次透视")).toBeNull();
});
