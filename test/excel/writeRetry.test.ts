/**
 * The write under Excel's limits: a sync refused for its size is retried
 * smaller and the RunLog gets exactly one row; a write in several syncs
 * leaves no calculation suspended, so dependent formulas see the results.
 */
import { diagnostic } from "../../src/engine/messages";
import { cellInfo, setCells, tableInfo } from "../fakeExcel";
import { sampleResult } from "../helpers/sampleResult";
import { planOf, portOf, smallWorkbook, syncsOf } from "./helpers";
import { parseAddress } from "../../src/engine/address";

const manyDiagnostics = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    diagnostic(
      "UNIT_UNKNOWN",
      { table: "Indicators", row: i + 1, column: "Unit", at: parseAddress(`指标考核!A${i + 2}`) },
      { name: `单位${i}`, suggestion: "区发改局" },
    ),
  );

describe("a write refused for its size", () => {
  it("succeeds on the retry, with one RunLog row", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.read();
    host.resetSyncs();
    host.failNextSync("RequestPayloadSizeLimitExceeded");
    await port.write(planOf());
    // The refused sync, one to read the layout again, then the plan at half the budget (one sync: it fits).
    expect(host.syncs.map((s) => s.error)).toEqual(["RequestPayloadSizeLimitExceeded", null, null]);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
    expect(tableInfo(host, "Results")?.rows).toHaveLength(3);
  });

  it("after a first group already wrote: the retry refills what that group created and still appends one RunLog row", async () => {
    const host = smallWorkbook({ payloadLimitBytes: 400_000 });
    const port = portOf(host, { budgetBytes: 300_000 });
    await port.read();
    const plan = planOf(sampleResult({ diagnostics: manyDiagnostics(3000) }));
    host.failNextSync("RequestPayloadSizeLimitExceeded", { skip: 2 });
    await port.write(plan);
    expect(host.syncs.filter((s) => s.error !== null)).toHaveLength(1);
    expect(tableInfo(host, "Warnings")?.rows).toHaveLength(3000);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
  });

  it("is given up after halving the budget four times", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.read();
    for (let i = 0; i < 5; i++) host.failNextSync("RequestPayloadSizeLimitExceeded", { skip: i === 0 ? 0 : 1 });
    await expect(port.write(planOf())).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(tableInfo(host, "RunLog")).toBeUndefined();
  });
});

describe("calculation after the write", () => {
  it("a write in several syncs ends unsuspended: the user's formula sees the new rows, recalculated once", async () => {
    const host = smallWorkbook({ payloadLimitBytes: 200_000 });
    const port = portOf(host, { budgetBytes: 150_000 });
    await port.read();
    await port.write(planOf());
    setCells(host, "封面!A1", [[{ formula: "=ROWS(Warnings[代码])" }]]);
    host.recalculate();
    expect(cellInfo(host, "封面!A1").value).toBe(3);
    await port.read();
    const before = host.recalcCount;
    const syncs = await syncsOf(host, () => port.write(planOf(sampleResult({ diagnostics: manyDiagnostics(2000) }))));
    expect(syncs).toBeGreaterThan(3);
    expect(cellInfo(host, "封面!A1").value).toBe(2000);
    expect(host.recalcCount - before).toBe(1);
  });
});
