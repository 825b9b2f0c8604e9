/**
 * The filter the pane puts on table change events: Appraise's own writes
 * never mark the results out of date, a user's edit to an input does. First
 * the rule over notices, then over the fake host's real onChanged events
 * (fired for the add-in's writes too).
 */
import { isInputChange, type ChangeNotice } from "../../src/workbook/excel/isInputChange";
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
  ])("a change %s", (_, notice, expected) => {
    expect(isInputChange(notice)).toBe(expected);
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
