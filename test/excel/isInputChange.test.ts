/**
 * The filter the pane puts on table change events: Appraise's own writes
 * never mark the results out of date, a user's edit to an input does. First
 * the rule over notices, then over the fake host's real onChanged events
 * (fired for the add-in's writes too).
 */
import { isInputChange, isRemoteChange, type ChangeNotice } from "../../src/workbook/excel/isInputChange";
import { addTable, createCoauthoredExcel } from "../fakeExcel";
import { simpleWorkbook } from "../engine/workbook";
import { recomputeInExcel } from "../../src/workbook/excel/recomputeInExcel";
import { subscribeTableChanges } from "../../src/workbook/excel/subscribeInputChanges";
import { NOW, runOf, smallWorkbook } from "./helpers";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("isInputChange", () => {
  it.each<[string, ChangeNotice, boolean]>([
    ["on an input sheet", { worksheetName: "指标考核" }, true],
    ["to an input table, either name, any case", { worksheetName: "Sheet1", tableName: " indicators " }, true],
    ["of which nothing is known", {}, true],
    ["on an output sheet", { worksheetName: "考评结果" }, false],
    ["on another output sheet", { worksheetName: "运行记录", tableName: "RunLog" }, false],
    ["made by this add-in, as Excel says", { worksheetName: "指标考核", triggerSource: "ThisLocalAddin" }, false],
    ["to a user's own table", { worksheetName: "我的", tableName: "MyNotes" }, false],
    ["on the run lock's sheet", { worksheetName: "AppraiseRunLock" }, false],
    ["by a co-author to an input (it is an input change; the pane does not run for it)", { worksheetName: "指标考核", source: "Remote" }, true],
  ])("a change %s", (_, notice, expected) => {
    expect(isInputChange(notice)).toBe(expected);
  });
});

describe("isRemoteChange", () => {
  it("is a co-author's change by the event's source, and only that", () => {
    expect(isRemoteChange({ source: "Remote" })).toBe(true);
    expect(isRemoteChange({ source: "Local" })).toBe(false);
    expect(isRemoteChange({})).toBe(false);
  });

  it("comes from the event: the same edit is Local in the editor's Excel and Remote in a co-author's", async () => {
    const { hosts } = createCoauthoredExcel(["张三", "李四"]);
    for (const t of simpleWorkbook([{ unit: "区发改局", category: "经济类", functional: 500 }]).tables) addTable(hosts[0], t);
    const seen: [string, ChangeNotice][] = [];
    const stops = hosts.map((h, i) => subscribeTableChanges(runOf(h))((n) => seen.push([i === 0 ? "张三" : "李四", n])));
    await jest.runAllTimersAsync();
    hosts[0].userEdit("指标考核!F2", 450);
    await jest.runAllTimersAsync();
    expect(seen.map(([who, n]) => [who, n.tableName, n.source])).toEqual([
      ["张三", "Indicators", "Local"],
      ["李四", "Indicators", "Remote"],
    ]);
    stops.forEach((stop) => stop());
  });
});

describe("isInputChange over the fake host's events", () => {
  async function watch() {
    const host = smallWorkbook();
    const run = runOf(host);
    const all: ChangeNotice[] = [];
    const stop = subscribeTableChanges(run)((notice) => all.push(notice));
    await jest.advanceTimersByTimeAsync(0); // the handler is registered at its sync
    expect(host.events.count).toBe(1);
    return { host, run, all, inputs: () => all.filter(isInputChange), stop };
  }

  it("lets none of Appraise's own writes through, and a user's edit", async () => {
    const { host, run, all, inputs, stop } = await watch();
    const report = await recomputeInExcel({ run, lang: "zh", now: () => NOW });
    expect(report.ok).toBe(true);
    await jest.advanceTimersByTimeAsync(5000);
    // The events are real: the run's writes fired them, and the filter drops every one.
    expect(all.length).toBeGreaterThan(0);
    expect(inputs()).toEqual([]);

    host.userEdit("指标考核!F2", 100);
    await jest.advanceTimersByTimeAsync(0);
    expect(inputs()).toHaveLength(1);
    stop();
    await jest.advanceTimersByTimeAsync(0);
    expect(host.events.count).toBe(0);
  });
});
