/** @jest-environment jsdom */
/**
 * The add-in's container end to end: <App /> over the Office.js adapter, with
 * `Excel.run` and `Office` backed by the fake Excel host (real load/sync,
 * events fired for the add-in's own writes too).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/hosts/excel/App";
import { CREATED_SHEETS_QUIET_MS, createdSheetsFilter } from "../../src/hosts/excel/officePane";
import { AUTO_RECOMPUTE_SETTING } from "../../src/hosts/excel/autoRecomputeChoice";
import { recomputeInExcel } from "../../src/workbook/excel/recomputeInExcel";
import type { ExcelRunner } from "../../src/workbook/excel/excelRun";
import { RULES } from "../../src/engine/rules";
import { TABLES } from "../../src/engine/tables";
import { simpleWorkbook } from "../engine/workbook";
import { buildWorkbook, tableInfo, type FakeExcelHost } from "../fakeExcel";

// jest-environment-jsdom lacks TextEncoder (browsers and Node have it); the input fingerprint hashes UTF-8.
if (typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  globalThis.TextEncoder = (require("node:util") as typeof import("node:util")).TextEncoder as typeof globalThis.TextEncoder;
}

const UNITS = ["区发改局", "区财政局", "区统计局", "区教育局", "区卫健局", "区民政局"];

/** Six units in two categories; 区统计局's score is text that is not a number (an error with a cell). */
function workbook(): FakeExcelHost {
  const input = simpleWorkbook(UNITS.map((unit, i) => ({ unit, category: i < 3 ? "经济管理类和其他类" : "社会管理类", functional: 520 + 10 * i })));
  const tables = input.tables.map((t) =>
    t.name === "Indicators" ? { ...t, rows: t.rows.map((r) => (r[0] === "区统计局" && r[1] === "functional" ? [...r.slice(0, 5), "九十"] : r)) } : t,
  );
  // A table of the user's own, which is not an input.
  return buildWorkbook([...tables, { name: "MyNotes", sheet: "备注", header: ["事项", "负责人"], rows: [["核对加分", "张三"]] }]);
}

interface FakeOffice {
  settings: Map<string, unknown>;
}

function installOffice(host: FakeExcelHost, displayLanguage = "zh-CN", settings = new Map<string, unknown>()): FakeOffice {
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = { run: host.run };
  g.Office = {
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => settings.set(k, v),
          remove: (k: string) => settings.delete(k),
          saveAsync: () => undefined,
        },
      },
    },
  };
  return { settings };
}

const renderApp = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );

/** Lets the fake host deliver its events (setTimeout 0) and the pane settle. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

afterEach(() => jest.useRealTimers());
// The auto-recompute choice is kept per user in localStorage: each test starts as a new user.
beforeEach(() => localStorage.clear());

describe("App over the fake Excel host", () => {
  it("lists the tables, recomputes, writes Results, and jumps to a warning's cell", async () => {
    const host = workbook();
    installOffice(host);
    renderApp();
    const tables = await screen.findByRole("region", { name: "输入表格" });
    expect(within(tables).getByText("考评对象").closest("li")?.textContent).toContain("6 行");
    expect(within(tables).getByText("指标考核").closest("li")?.textContent).toContain("12 行");

    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    expect(await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" })).toBeTruthy();
    expect(tableInfo(host, "Results")?.rows).toHaveLength(6);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);

    const link = screen.getByRole("button", { name: /^转到 指标考核!F\d+$/ });
    fireEvent.click(link);
    const sheet = host.store.sheetByName("指标考核");
    await waitFor(() => expect(host.store.activeSheetId).toBe(sheet?.id));
    expect(host.store.selection?.sheetId).toBe(sheet?.id);

    // The run's own writes fired change events; they do not make the results stale.
    await settle();
    expect(screen.queryByText("结果已过期")).toBeNull();
  });

  it("speaks English when Office does", async () => {
    installOffice(workbook(), "en-US");
    renderApp();
    expect(await screen.findByRole("button", { name: "Recompute" })).toBeTruthy();
    expect(await screen.findByRole("region", { name: "Input tables" })).toBeTruthy();
  });

  it("says the results are out of date when the inputs changed since the recorded run", async () => {
    const host = workbook();
    installOffice(host);
    const report = await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    expect(report.outcome?.written).toBe(true);
    host.userEdit("指标考核!F2", 333);
    await new Promise((r) => setTimeout(r, 10));
    renderApp();
    expect(await screen.findByText("结果已过期")).toBeTruthy();
  });

  it("does not, when nothing changed since", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    renderApp();
    await screen.findByRole("region", { name: "输入表格" });
    await settle();
    expect(screen.queryByText("结果已过期")).toBeNull();
  });

  it("follows a user's edit: stale with auto-recompute off, recomputed with it on (and the choice is saved)", async () => {
    // The test's clock: the quiet time after an edit passes when the test says, not when a loaded machine gets to it.
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
    const host = workbook();
    const office = installOffice(host);
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" });
    await act(() => jest.advanceTimersByTimeAsync(20));

    host.userEdit("指标考核!F2", 450);
    expect(await screen.findByText("结果已过期")).toBeTruthy();

    fireEvent.click(screen.getByRole("switch", { name: "自动重新计算" }));
    // Kept for this user (localStorage, by the document's URL), not in the workbook every co-author's pane reads.
    expect(localStorage.getItem(`${AUTO_RECOMPUTE_SETTING}:`)).toBe("true");
    expect(office.settings.get(AUTO_RECOMPUTE_SETTING)).toBeUndefined();
    // Switching on with stale results brings them up to date.
    await waitFor(() => expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText("结果已过期")).toBeNull());

    // The edit that made the results stale is covered by that run: no second run follows it.
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2);

    host.userEdit("指标考核!F4", 460);
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    await waitFor(() => expect(tableInfo(host, "RunLog")?.rows).toHaveLength(3));
    // Its own writes do not start another run, however long the pane waits.
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(3);
  });

  it("ignores edits to a table that is not an input: neither out of date nor recomputed", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
    const host = workbook();
    installOffice(host, "zh-CN", new Map([[AUTO_RECOMPUTE_SETTING, true]]));
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" });
    await act(() => jest.advanceTimersByTimeAsync(20));

    host.userEdit("备注!B2", "李四");
    // However long the pane waits after it.
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
    expect(screen.queryByText("结果已过期")).toBeNull();

    // The same kind of edit to an input is seen.
    host.userEdit("指标考核!F2", 450);
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    await waitFor(() => expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2));
  });

  it("starts with auto-recompute on when the workbook's old shared setting says so (a user with no choice of their own)", async () => {
    const host = workbook();
    installOffice(host, "zh-CN", new Map([[AUTO_RECOMPUTE_SETTING, true]]));
    renderApp();
    expect(((await screen.findByRole("switch", { name: "自动重新计算" })) as HTMLInputElement).checked).toBe(true);
  });

  it("creates the input tables in an empty workbook, then lists them as found", async () => {
    const host = buildWorkbook([]);
    installOffice(host);
    renderApp();
    expect(await screen.findByRole("heading", { name: "还没有输入表格" })).toBeTruthy();
    expect(screen.queryByText(/请用“插入 > 表格”建立表格/)).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "创建输入表格" }));
    const tables = await screen.findByRole("region", { name: "输入表格" });
    expect(screen.queryByRole("heading", { name: "还没有输入表格" })).toBeNull();
    for (const decl of TABLES) {
      expect(tableInfo(host, decl.name)?.header).toEqual(decl.columns.map((c) => c.zh));
      expect(within(tables).getByText(decl.zh).closest("li")?.textContent).toContain(decl.name === "Rules" ? `${RULES.length} 行` : "0 行");
    }
    expect(screen.queryByRole("button", { name: "创建缺少的表格" })).toBeNull();

    // Creating the tables is not an input change: nothing is stale, and no run starts.
    await settle();
    expect(screen.queryByText("结果已过期")).toBeNull();
    expect(tableInfo(host, "RunLog")).toBeUndefined();

    // A user's edit in a new table, once the creation's own events are over, is an input change.
    await act(() => new Promise((r) => setTimeout(r, CREATED_SHEETS_QUIET_MS)));
    host.userEdit("考评对象!A2", "区发改局");
    expect(await screen.findByText("结果已过期")).toBeTruthy();
  });

  it("shows the results of a run started from the ribbon", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    host.userEdit("指标考核!F2", 333);
    await new Promise((r) => setTimeout(r, 10));
    renderApp();
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^已评定/ })).toBeNull();

    // The ribbon's Recompute button: the command module runs in the pane's page (shared runtime).
    const { recompute } = await import("../../src/hosts/excel/commands");
    const completed = jest.fn();
    const report = await act(() => recompute({ completed } as unknown as Office.AddinCommands.Event));
    expect(report.ok).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" })).toBeTruthy();
    expect(screen.queryByText("结果已过期")).toBeNull();
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2);
  });

  it("opens the pane when a run from the ribbon fails, and only then", async () => {
    const host = workbook();
    installOffice(host);
    const showAsTaskpane = jest.fn(async () => undefined);
    (globalThis as unknown as { Office: { addin: unknown } }).Office.addin = { showAsTaskpane };
    renderApp();
    await screen.findByRole("region", { name: "输入表格" });
    const { recompute } = await import("../../src/hosts/excel/commands");
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event;

    expect((await act(() => recompute(event))).ok).toBe(true);
    expect(showAsTaskpane).not.toHaveBeenCalled();

    host.honoursDelayForCellEdit = false; // a host that fails delayed batches anyway (OfficeDev/office-js#3019)
    host.cellEditMode = true;
    expect((await act(() => recompute(event))).ok).toBe(false);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Excel 正在编辑单元格/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "重试" })).toBeTruthy();
  });

  it("shows a ribbon run's host failure until the next run succeeds", async () => {
    const host = workbook();
    installOffice(host);
    renderApp();
    await screen.findByRole("region", { name: "输入表格" });
    host.honoursDelayForCellEdit = false; // a host that fails delayed batches anyway (OfficeDev/office-js#3019)
    host.cellEditMode = true;
    await act(() => recomputeInExcel());
    expect(await screen.findByText(/Excel 正在编辑单元格/)).toBeTruthy();
    host.cellEditMode = false;

    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    expect(await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" })).toBeTruthy();
    expect(screen.queryByText(/Excel 正在编辑单元格/)).toBeNull();
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
  });
});

describe("cell-edit mode during an auto-recompute", () => {
  /** Starts cell-edit mode as the auto-run's read goes to Excel (the read's first sync is the one that probes every input table); resolves then. */
  function editDuringTheRead(host: FakeExcelHost): Promise<void> {
    return new Promise((resolve) => {
      host.beforeSync = (_, commands) => {
        if (commands < 50) return; // a lookup of sheet names for an event, not the run
        host.beforeSync = null;
        host.startCellEdit();
        resolve();
      };
    });
  }

  it("the run waits while the user types (delayForCellEdit), then finishes: no error shown", async () => {
    const host = workbook();
    installOffice(host, "zh-CN", new Map([[AUTO_RECOMPUTE_SETTING, true]]));
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" });
    const editing = editDuringTheRead(host);
    host.userEdit("指标考核!F2", 450);
    await act(() => editing);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
    host.endCellEdit();
    await waitFor(() => expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2), { timeout: 3000 });
    expect(host.syncs.some((s) => s.error === "InvalidOperationInCellEditMode")).toBe(false);
    expect(screen.queryByText(/正在编辑单元格/)).toBeNull();
    await waitFor(() => expect(screen.queryByText("结果已过期")).toBeNull());
  });

  it("where Excel fails the delayed run anyway, it says out of date, not an error, and runs again when the edit is entered", async () => {
    const host = workbook();
    host.honoursDelayForCellEdit = false; // OfficeDev/office-js#3019
    installOffice(host, "zh-CN", new Map([[AUTO_RECOMPUTE_SETTING, true]]));
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" });
    const editing = editDuringTheRead(host);
    host.userEdit("指标考核!F2", 450);
    await act(() => editing);
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    expect(host.syncs.filter((s) => s.error === "InvalidOperationInCellEditMode").length).toBeGreaterThan(0);
    expect(screen.queryByText(/正在编辑单元格/)).toBeNull();
    // Enter ends the edit and commits the typed value, which Excel reports as a change.
    host.endCellEdit();
    host.userEdit("指标考核!F3", 455);
    await waitFor(() => expect(tableInfo(host, "RunLog")?.rows).toHaveLength(2), { timeout: 3000 });
    await waitFor(() => expect(screen.queryByText("结果已过期")).toBeNull());
    expect(screen.queryByText(/正在编辑单元格/)).toBeNull();
  });

  it("a click still shows the error", async () => {
    const host = workbook();
    host.honoursDelayForCellEdit = false;
    installOffice(host);
    renderApp();
    await screen.findByRole("region", { name: "输入表格" });
    host.startCellEdit();
    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    expect(await screen.findByText(/Excel 正在编辑单元格/)).toBeTruthy();
  });
});

describe("stale is noticed where change events miss it", () => {
  it("after rows are deleted from an input table (tables.onChanged misses it: OfficeDev/office-js#294)", async () => {
    const host = workbook();
    installOffice(host);
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" });
    expect(screen.queryByText("结果已过期")).toBeNull();
    host.userDeleteTableRows("Indicators", 0);
    expect(await screen.findByText("结果已过期")).toBeTruthy();
  });

  it("when the pane becomes visible again (Office.addin.onVisibilityModeChanged)", async () => {
    const host = workbook();
    installOffice(host);
    const handlers: ((message: { visibilityMode: string }) => void)[] = [];
    (globalThis as unknown as { Office: { addin: unknown } }).Office.addin = {
      onVisibilityModeChanged: async (handler: (message: { visibilityMode: string }) => void) => {
        handlers.push(handler);
        return async () => undefined;
      },
    };
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: "已评定 5/6，1 个单位未评定" });
    await waitFor(() => expect(handlers).toHaveLength(1));
    // While the pane was hidden, an input changed and no event reached it (its handlers were not called).
    const indicators = host.store.tableByName("Indicators");
    if (indicators === undefined) throw new Error("no Indicators");
    host.store.setCell(host.store.sheetById(indicators.sheetId), 1, 5, { ...host.store.cell(host.store.sheetById(indicators.sheetId), 1, 5), value: 440 });
    act(() => handlers.forEach((h) => h({ visibilityMode: "Hidden" })));
    expect(screen.queryByText("结果已过期")).toBeNull();
    act(() => handlers.forEach((h) => h({ visibilityMode: "Taskpane" })));
    expect(await screen.findByText("结果已过期")).toBeTruthy();
  });
});

describe("createdSheetsFilter", () => {
  it("takes changes as Appraise's own while creating, and on the new sheets for a while after", async () => {
    let now = 0;
    const filter = createdSheetsFilter(1000, () => now);
    let finish: (sheets: string[]) => void = () => undefined;
    const creating = filter.create(() => new Promise((resolve) => (finish = (sheets) => resolve({ created: [], skipped: [], sheets, guide: null }))));
    expect(filter.isOwn({ worksheetName: "我的工作表" })).toBe(true);
    finish(["考评对象", "指标考核 (2)"]);
    await creating;
    expect(filter.isOwn({ worksheetName: "指标考核 (2)" })).toBe(true);
    expect(filter.isOwn({ worksheetName: null })).toBe(true);
    expect(filter.isOwn({ worksheetName: "指标考核" })).toBe(false);
    now = 1000;
    expect(filter.isOwn({ worksheetName: "考评对象" })).toBe(false);
  });

  it("ends the creation window when the creation fails", async () => {
    const filter = createdSheetsFilter(1000, () => 0);
    await expect(filter.create(() => Promise.reject(new Error("host")))).rejects.toThrow("host");
    expect(filter.isOwn({ worksheetName: "考评对象" })).toBe(false);
  });
});
