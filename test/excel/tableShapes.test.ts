/**
 * Every table shape Excel allows, read through the adapter: a hidden header
 * row (the names come from the columns), a totals row (never data), rows
 * hidden by a filter (still read), and a RunLog the user filtered (the run
 * still appends its row).
 */
import { grade } from "../../src/engine/grade";
import type { TableGrid } from "../../src/engine/types";
import { simpleWorkbook } from "../engine/workbook";
import { addTable, buildWorkbook, filterTable, hiddenRows, mergeCells, tableInfo, type TableSpec } from "../fakeExcel";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { NOW, portOf } from "./helpers";

const UNITS = ["区发改局", "区财政局", "区统计局", "区教育局", "区卫健局", "区民政局"];
const input = simpleWorkbook(UNITS.map((unit, i) => ({ unit, category: i < 3 ? "经济类" : "社会类", functional: 540 + 9 * i })));

/** The input tables with one of them changed. */
function withTable(name: string, change: (t: TableGrid) => TableSpec): TableSpec[] {
  return input.tables.map((t) => (t.name === name ? change(t) : t));
}

async function gradeThroughAdapter(tables: readonly TableSpec[], before?: (host: ReturnType<typeof buildWorkbook>) => void) {
  const host = buildWorkbook(tables);
  before?.(host);
  const snapshot = await portOf(host).read();
  return { host, snapshot, result: grade(snapshot.input) };
}

const expected = grade(input);

describe("table shapes", () => {
  it("reads a table whose header row is hidden by the names of its columns", async () => {
    const { snapshot, result, host } = await gradeThroughAdapter(withTable("Indicators", (t) => ({ ...t, headerRow: 3, showHeaders: false })));
    expect(host.store.tableByName("Indicators")?.showHeaders).toBe(false);
    const indicators = snapshot.input.tables.find((t) => t.name === "Indicators");
    expect(indicators).toMatchObject({ header: input.tables[1].header, headerRow: 3, rows: input.tables[1].rows });
    expect(result.units).toEqual(expected.units);
    expect(result.diagnostics).toEqual(expected.diagnostics);
  });

  it("never reads a totals row as data", async () => {
    const totals = ["合计", null, null, null, { formula: "=SUBTOTAL(109,[MaxPoints])", value: 4200 }, { formula: "=SUBTOTAL(109,[Score])", value: 3900 }];
    const { snapshot, result } = await gradeThroughAdapter(withTable("Indicators", (t) => ({ ...t, totals })));
    expect(snapshot.input.tables.find((t) => t.name === "Indicators")?.rows).toHaveLength(input.tables[1].rows.length);
    expect(result.units).toEqual(expected.units);
    expect(result.diagnostics).toEqual(expected.diagnostics);
  });

  it("reads the rows a filter hides on the Indicators table", async () => {
    const { host, result } = await gradeThroughAdapter(input.tables, (h) => filterTable(h, "Indicators", 0, (unit) => unit === "区发改局"));
    expect(hiddenRows(host, "指标考核").length).toBe(input.tables[1].rows.length - 2);
    expect(result.units).toEqual(expected.units);
    expect(result.units.every((u) => u.graded)).toBe(true);
  });

  it("turns merged cells in an input table into a diagnostic at the cell, not a crash", async () => {
    // 区发改局's two indicator rows with the unit merged over both (A2:A3): A3 reads as empty.
    const { result } = await gradeThroughAdapter(input.tables, (h) => mergeCells(h, "指标考核!A2:A3"));
    const blank = result.diagnostics.find((d) => d.cell === "指标考核!A3");
    expect(blank).toMatchObject({ severity: "error", code: "VALUE_REQUIRED", table: "Indicators", row: 2, column: "Unit" });
    expect(blank?.message.zh).toBeTruthy();
    expect(blank?.message.en).toBeTruthy();
    expect(result.units.find((u) => u.unit === "区发改局")?.graded).toBe(false);
  });

  it("appends the run's row to a RunLog the user filtered, leaving the earlier rows as they were", async () => {
    const host = buildWorkbook(input.tables);
    const port = portOf(host);
    await runAppraisal(port, { lang: "zh", version: "0.1.0", now: NOW });
    const first = tableInfo(host, "RunLog")?.rows[0];
    filterTable(host, "RunLog", 0, () => false);
    const later = new Date("2024-05-02T08:00:00.000Z");
    await runAppraisal(port, { lang: "zh", version: "0.1.0", now: later });
    const rows = tableInfo(host, "RunLog")?.rows ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(first);
    expect(rows[1][0]).toBe(later.toISOString());
  });

  it("refills a Results table the user filtered, with and without Table.resize", async () => {
    for (const canResize of [true, false]) {
      const host = buildWorkbook(input.tables);
      const port = portOf(host, { canResize });
      await runAppraisal(port, { lang: "zh", version: "0.1.0", now: NOW });
      filterTable(host, "Results", 1, (category) => category === "经济类");
      const fewer = simpleWorkbook(UNITS.slice(0, 4).map((unit, i) => ({ unit, category: "经济类", functional: 540 + 9 * i })));
      for (const t of fewer.tables) {
        const old = host.store.tableByName(t.name);
        if (old !== undefined) host.store.deleteTable(old.id);
        addTable(host, t);
      }
      await runAppraisal(port, { lang: "zh", version: "0.1.0", now: NOW });
      expect(tableInfo(host, "Results")?.rows.map((r) => r[0])).toEqual(expect.arrayContaining(UNITS.slice(0, 4)));
      expect(tableInfo(host, "Results")?.rows).toHaveLength(4);
    }
  });
});
