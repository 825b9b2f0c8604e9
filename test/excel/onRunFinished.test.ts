/**
 * recomputeInExcel's in-page notification: every finished run, whoever
 * started it, reaches the listeners (how the ribbon's runs refresh the pane).
 */
import { onRunFinished, recomputeInExcel, type RecomputeReport } from "../../src/workbook/excel/recomputeInExcel";
import { runOf, smallWorkbook } from "./helpers";

describe("onRunFinished", () => {
  it("reports every run, successful or not, before its caller gets the report", async () => {
    const host = smallWorkbook();
    const order: string[] = [];
    const seen: RecomputeReport[] = [];
    const stop = onRunFinished((report) => {
      order.push("listener");
      seen.push(report);
    });
    const first = await recomputeInExcel({ run: runOf(host), lang: "zh" });
    order.push("caller");
    host.honoursDelayForCellEdit = false; // a host that fails delayed batches anyway (OfficeDev/office-js#3019)
    host.cellEditMode = true;
    const second = await recomputeInExcel({ run: runOf(host), lang: "zh" });
    stop();
    expect(seen).toEqual([first, second]);
    expect(order).toEqual(["listener", "caller", "listener"]);
    expect(first.outcome?.written).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: "InvalidOperationInCellEditMode" } });
  });

  it("stops reporting once unsubscribed, each subscription on its own", async () => {
    const host = smallWorkbook();
    const listener = jest.fn();
    const stopA = onRunFinished(listener);
    const stopB = onRunFinished(listener);
    await recomputeInExcel({ run: runOf(host), lang: "zh" });
    expect(listener).toHaveBeenCalledTimes(2);
    stopA();
    await recomputeInExcel({ run: runOf(host), lang: "zh" });
    expect(listener).toHaveBeenCalledTimes(3);
    stopB();
    await recomputeInExcel({ run: runOf(host), lang: "zh" });
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("does not let a throwing listener fail the run or silence the others: its error is rethrown on its own", async () => {
    const host = smallWorkbook();
    const deferred: (() => void)[] = [];
    const timeout = jest.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void) => {
      deferred.push(fn);
      return 0;
    }) as unknown as typeof setTimeout);
    const bug = new Error("listener bug");
    const other = jest.fn();
    const stops = [
      onRunFinished(() => {
        throw bug;
      }),
      onRunFinished(other),
    ];
    try {
      const report = await recomputeInExcel({ run: runOf(host), lang: "zh" });
      expect(report.ok).toBe(true);
      expect(other).toHaveBeenCalledWith(report);
    } finally {
      timeout.mockRestore();
      stops.forEach((stop) => stop());
    }
    expect(deferred).toHaveLength(1);
    expect(() => deferred[0]()).toThrow(bug);
  });
});
