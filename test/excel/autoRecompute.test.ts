/**
 * Auto-recompute: debounced, never triggered by Appraise's own writes. First
 * the pure helper with a hand-driven change source, then over the fake host's
 * real onChanged events (fired for the add-in's writes too) with fake timers.
 */
import { createAutoRecompute, type ChangeNotice } from "../../src/workbook/excel/autoRecompute";
import { recomputeInExcel } from "../../src/workbook/excel/recomputeInExcel";
import { subscribeTableChanges } from "../../src/workbook/excel/subscribeInputChanges";
import { tableInfo } from "../fakeExcel";
import { NOW, runOf, smallWorkbook } from "./helpers";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function manualSource() {
  let emit: (n: ChangeNotice) => void = () => undefined;
  const unsubscribe = jest.fn();
  const subscribe = (onChange: (n: ChangeNotice) => void) => {
    emit = onChange;
    return unsubscribe;
  };
  return { subscribe, unsubscribe, emit: (n: ChangeNotice) => emit(n) };
}

describe("createAutoRecompute", () => {
  it("recomputes once after the changes stop for delayMs", async () => {
    const source = manualSource();
    const recompute = jest.fn(async () => undefined);
    createAutoRecompute({ subscribe: source.subscribe, recompute, delayMs: 500 });
    source.emit({ worksheetName: "指标考核" });
    await jest.advanceTimersByTimeAsync(400);
    source.emit({ worksheetName: "指标考核" });
    await jest.advanceTimersByTimeAsync(499);
    expect(recompute).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(recompute).toHaveBeenCalledTimes(1);
  });

  it.each<[string, ChangeNotice]>([
    ["on an output sheet", { worksheetName: "考评结果" }],
    ["on another output sheet", { worksheetName: "运行记录" }],
    ["made by this add-in, as Excel says", { worksheetName: "指标考核", triggerSource: "ThisLocalAddin" }],
  ])("ignores a change %s", async (_, notice) => {
    const source = manualSource();
    const recompute = jest.fn(async () => undefined);
    createAutoRecompute({ subscribe: source.subscribe, recompute, delayMs: 100 });
    source.emit(notice);
    await jest.advanceTimersByTimeAsync(1000);
    expect(recompute).not.toHaveBeenCalled();
  });

  it("ignores changes naming no sheet while Appraise writes, and shortly after", async () => {
    const source = manualSource();
    const recompute = jest.fn(async () => undefined);
    const auto = createAutoRecompute({ subscribe: source.subscribe, recompute, delayMs: 100 });
    await auto.ownWrite(async () => source.emit({}));
    source.emit({ worksheetName: null });
    await jest.advanceTimersByTimeAsync(1000);
    expect(recompute).not.toHaveBeenCalled();
    source.emit({});
    await jest.advanceTimersByTimeAsync(100);
    expect(recompute).toHaveBeenCalledTimes(1);
  });

  it("runs once more after a recompute during which an input changed", async () => {
    const source = manualSource();
    let finish: () => void = () => undefined;
    const recompute = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    createAutoRecompute({ subscribe: source.subscribe, recompute, delayMs: 100 });
    source.emit({ worksheetName: "指标考核" });
    await jest.advanceTimersByTimeAsync(100);
    expect(recompute).toHaveBeenCalledTimes(1);
    source.emit({ worksheetName: "指标考核" });
    source.emit({ worksheetName: "考评对象" });
    await jest.advanceTimersByTimeAsync(1000);
    expect(recompute).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(100);
    expect(recompute).toHaveBeenCalledTimes(2);
  });

  it("stops listening and cancels a scheduled run", async () => {
    const source = manualSource();
    const recompute = jest.fn(async () => undefined);
    const auto = createAutoRecompute({ subscribe: source.subscribe, recompute, delayMs: 100 });
    source.emit({ worksheetName: "指标考核" });
    auto.stop();
    await jest.advanceTimersByTimeAsync(1000);
    expect(recompute).not.toHaveBeenCalled();
    expect(source.unsubscribe).toHaveBeenCalled();
  });

  it("reports a failed recompute and keeps going", async () => {
    const source = manualSource();
    const onError = jest.fn();
    const recompute = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
    createAutoRecompute({ subscribe: source.subscribe, recompute, delayMs: 100, onError });
    source.emit({ worksheetName: "指标考核" });
    await jest.advanceTimersByTimeAsync(100);
    source.emit({ worksheetName: "指标考核" });
    await jest.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledWith(new Error("boom"));
    expect(recompute).toHaveBeenCalledTimes(2);
  });
});

describe("auto-recompute over the fake host's events", () => {
  it("is not triggered by Appraise's own writes, and is by a user's edit", async () => {
    const host = smallWorkbook();
    const run = runOf(host);
    const recompute = jest.fn(() => recomputeInExcel({ run, lang: "zh", now: () => NOW }));
    const auto = createAutoRecompute({ subscribe: subscribeTableChanges(run), recompute, delayMs: 500 });
    await jest.advanceTimersByTimeAsync(0); // the handler is registered at its sync
    expect(host.events.count).toBe(1);

    // A run the user asked for: its writes fire events on the output sheets.
    const report = await recomputeInExcel({ run, lang: "zh", now: () => NOW });
    expect(report.ok).toBe(true);
    await jest.advanceTimersByTimeAsync(5000);
    expect(recompute).not.toHaveBeenCalled();

    // The user changes a score: one recompute, whose own writes trigger nothing more.
    host.userEdit("指标考核!F2", 100);
    await jest.advanceTimersByTimeAsync(499);
    expect(recompute).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(recompute).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(recompute).toHaveBeenCalledTimes(1);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2);

    auto.stop();
    await jest.advanceTimersByTimeAsync(0);
    expect(host.events.count).toBe(0);
    host.userEdit("指标考核!F2", 90);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(recompute).toHaveBeenCalledTimes(1);
  });

  it("would be triggered by them without the output-sheet filter: the events are real", async () => {
    const host = smallWorkbook();
    const run = runOf(host);
    const recompute = jest.fn(async () => undefined);
    const auto = createAutoRecompute({ subscribe: subscribeTableChanges(run), recompute, delayMs: 500, ownSheets: [] });
    await jest.advanceTimersByTimeAsync(0);
    await recomputeInExcel({ run, lang: "zh", now: () => NOW });
    await jest.advanceTimersByTimeAsync(5000);
    expect(recompute).toHaveBeenCalledTimes(1);
    auto.stop();
  });
});
