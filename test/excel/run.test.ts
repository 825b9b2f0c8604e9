/**
 * The whole run (read → grade → write) over the Office.js adapter and the
 * fake host: sync counts, payload limits, inputs untouched, text safety,
 * OUTPUT_CONFLICT and failures.
 */
import { allTables, buildWorkbook, cellInfo, PAYLOAD_LIMIT_BYTES, readCells, setCells, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputGrids } from "../../src/cli/inputTables";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { NOW, portOf, smallWorkbook } from "./helpers";

const inputTablesOf = (host: FakeExcelHost) => allTables(host).filter((t) => !Object.values(OUTPUT_SHEETS).some((o) => o.sheet === t.sheet));

/** Runs once and returns the syncs of the read and of the write. */
async function countedRun(host: FakeExcelHost) {
  const port = portOf(host);
  const start = host.syncCount;
  const marks: number[] = [];
  const outcome = await runAppraisal(port, {
    lang: "zh",
    version: "0.1.0",
    now: NOW,
    onPhase: (phase) => (phase === "check" || phase === "write" ? marks.push(host.syncCount) : undefined),
  });
  const [afterRead, beforeWrite = host.syncCount] = marks;
  return { outcome, readSyncs: afterRead - start, writeSyncs: host.syncCount - beforeWrite };
}

describe("runAppraisal over the Office.js adapter", () => {
  it("grades the demo workbook with one sync to read and one to write, inputs untouched", async () => {
    const host = buildWorkbook(inputGrids(buildDemoTables()).tables);
    const before = inputTablesOf(host);
    const { outcome, readSyncs, writeSyncs } = await countedRun(host);
    expect(outcome.written).toBe(true);
    expect({ readSyncs, writeSyncs }).toEqual({ readSyncs: 1, writeSyncs: 1 });
    expect(tableInfo(host, "Results")?.rows).toHaveLength(45);
    expect(tableInfo(host, "Warnings")?.rows.length).toBe(Math.max(1, outcome.result.diagnostics.length));
    expect(inputTablesOf(host)).toEqual(before);

    // The second run reads the same inputs (the outputs are not inputs) and gives the same Results.
    const results = tableInfo(host, "Results");
    const again = await countedRun(host);
    expect(again.outcome.result.inputFingerprint).toBe(outcome.result.inputFingerprint);
    expect({ readSyncs: again.readSyncs, writeSyncs: again.writeSyncs }).toEqual({ readSyncs: 1, writeSyncs: 1 });
    expect(tableInfo(host, "Results")).toEqual(results);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2);
  });

  it("reads and writes a 150,000-row Indicators table without exceeding the 5 MB limit", async () => {
    const tables = inputGrids(buildDemoTables({ unitCount: 12_500, rowsPerUnit: 12 })).tables;
    expect(tables.find((t) => t.name === "Indicators")?.rows).toHaveLength(150_000);
    const host = buildWorkbook(tables);
    const before = inputTablesOf(host);
    const { outcome, readSyncs, writeSyncs } = await countedRun(host);
    expect(outcome.written).toBe(true);
    expect(host.syncs.every((s) => s.ok)).toBe(true);
    expect(host.maxSyncBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    // Measured with the demo's data: the first sync reads Indicators' first 4,000 rows and the other
    // tables' first 1,000, then the rest of the cells in 8 chunks of at most 4 MB; the 12,500 Results rows are 3 MB.
    // The write is two syncs: the first run also writes History's first block, 12,500 rows more.
    expect({ readSyncs, writeSyncs }).toEqual({ readSyncs: 9, writeSyncs: 2 });
    expect(tableInfo(host, "Results")?.rows).toHaveLength(12_500);
    // 12,500 feedback letters are not laid out in Excel: the sheet says how to print them.
    expect(String(cellInfo(host, "反馈单!A1").value)).toContain("appraise print");
    expect(inputTablesOf(host)).toEqual(before);
  }, 120_000);

  it("writes a unit named =SUM(A1) as text", async () => {
    const host = smallWorkbook(undefined, ["=SUM(A1)", "区财政局", "区教育局", "+区卫健局"]);
    await countedRun(host);
    const units = (tableInfo(host, "Results")?.rows ?? []).map((r) => r[0]);
    expect(units).toEqual(expect.arrayContaining(["=SUM(A1)", "+区卫健局"]));
    const row = units.indexOf("=SUM(A1)") + 2;
    expect(cellInfo(host, `考评结果!A${row}`)).toMatchObject({ value: "=SUM(A1)", formula: null, valueType: "String" });
  });

  it("leaves a same-named user sheet untouched and writes nothing (OUTPUT_CONFLICT)", async () => {
    const host = smallWorkbook();
    setCells(host, "校验提示!A1", [["我的笔记", "=不是公式"]]);
    const before = readCells(host, "校验提示!A1:B1");
    const { outcome, readSyncs, writeSyncs } = await countedRun(host);
    expect(outcome.written).toBe(false);
    expect(outcome.result.diagnostics.filter((d) => d.code === "OUTPUT_CONFLICT").map((d) => d.message.en)).toEqual([expect.stringContaining("校验提示")]);
    expect({ readSyncs, writeSyncs }).toEqual({ readSyncs: 1, writeSyncs: 0 });
    expect(readCells(host, "校验提示!A1:B1")).toEqual(before);
    expect(tableInfo(host, "Results")).toBeUndefined();
  });

  it("leaves the previous Results in place when the write fails", async () => {
    const host = smallWorkbook();
    await countedRun(host);
    const before = allTables(host);
    host.userEdit("指标考核!F2", 1); // new inputs, so the run would change Results
    host.failNextSync("AccessDenied", { skip: 1 }); // the read succeeds, the write fails
    await expect(countedRun(host)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(allTables(host).filter((t) => t.sheet !== "指标考核")).toEqual(before.filter((t) => t.sheet !== "指标考核"));
  });
});
