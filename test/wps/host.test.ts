/**
 * Issue 22: the WPS add-in's host (src/hosts/wps) over the fake WPS root
 * (test/fakeWps/root.ts: SheetChange fired on writes, CreateTaskPane,
 * PluginStorage, the UI language) on the fake Excel store. Two pages over
 * one root stand for the add-in's ribbon page (index.html) and its pane
 * (taskpane.html), sharing the workbook and PluginStorage as in WPS.
 */
import * as path from "node:path";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { VERSION } from "../../src/version";
import type { PaneRunResult } from "../../src/taskpane/state/paneTypes";
import { createRibbon, RECOMPUTE_ID, SHOW_PANE_ID, GROUP_ID } from "../../src/hosts/wps/ribbonCallbacks";
import { RUN_FLAG_KEY, RUN_FLAG_STALE_MS } from "../../src/hosts/wps/runFlag";
import { PANE_ID_KEY, RIBBON_REPORT_KEY } from "../../src/hosts/wps/taskPaneControl";
import { wpsLang } from "../../src/hosts/wps/wpsLang";
import { createWpsPane } from "../../src/hosts/wps/wpsPane";
import { etApplication } from "../../src/hosts/wps/wpsRoot";
import { describeWpsError } from "../../src/workbook/wps/describeWpsError";
import { FIXED_NOW } from "../helpers/cli";
import { fakeFromFile, hostSheetText } from "../helpers/golden";
import { createFakeWpsRoot, type FakeWpsRootOptions } from "../fakeWps/root";
import { inputNumberCell } from "./helpers/inputCell";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");
const PAGE_URL = "file:///home/user/.local/share/Kingsoft/wps/jsaddons/appraise_0.1.0/index.html";
const RESULTS = OUTPUT_SHEETS.results.sheet;
const RUNLOG = OUTPUT_SHEETS.runlog.sheet;
const now = () => FIXED_NOW;

/** The demo in a fake WPS, with a ribbon page and a pane page over the same `wps`. */
async function demo(options: FakeWpsRootOptions = {}) {
  const host = await fakeFromFile(DEMO);
  const fake = createFakeWpsRoot(host.store, options);
  const lang = wpsLang(etApplication(fake.root), "zh-CN");
  const ribbon = createRibbon(fake.root, { pageUrl: PAGE_URL, lang, now });
  const openPane = () => createWpsPane({ root: fake.root, lang, now, storage: null });
  return { host, fake, ribbon, openPane, workbook: () => etApplication(fake.root).ActiveWorkbook };
}

/** The next report the pane's run feed gives (an event, not a time). */
const nextReport = (feed: { onRunFinished: (l: (r: PaneRunResult) => void) => () => void }): Promise<PaneRunResult> =>
  new Promise((resolve) => {
    const stop = feed.onRunFinished((r) => {
      stop();
      resolve(r);
    });
  });

const rowsOf = (host: Awaited<ReturnType<typeof fakeFromFile>>, sheet: string) => hostSheetText(host, sheet)?.length ?? 0;

describe("the WPS pane's host", () => {
  it("grades the demo as the WPS port does, and writes the same Results", async () => {
    const { host, openPane } = await demo();
    const pane = openPane();
    const mine = await pane.api.recompute(() => undefined);
    const other = await fakeFromFile(DEMO);
    const otherRoot = createFakeWpsRoot(other.store).root;
    const port = createWpsPort(() => etApplication(otherRoot).ActiveWorkbook);
    const theirs = await runAppraisal(port, { lang: "zh", version: VERSION, now: FIXED_NOW });
    if (!mine.ok) throw new Error(mine.error.messageEn);
    expect(mine.written).toBe(true);
    expect(mine.result.units).toEqual(theirs.result.units);
    expect(hostSheetText(host, RESULTS)).toEqual(hostSheetText(other, RESULTS));
  });

  it("marks the results out of date on the user's edit to an input table, never on Appraise's own writes from either page", async () => {
    const { host, fake, ribbon, openPane, workbook } = await demo();
    const pane = openPane();
    const changes: unknown[] = [];
    const stop = pane.api.onInputsChanged((c) => changes.push(c));
    expect(fake.sheetChange.size).toBe(1);
    expect((await pane.api.recompute(() => undefined)).ok).toBe(true);
    ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID });
    await ribbon.idle();
    // Both runs wrote: the RunLog has its header and two rows.
    expect(rowsOf(host, RUNLOG)).toBe(3);
    expect(changes).toEqual([]);
    expect(await pane.api.isStale()).toBe(false);

    const { cell, value } = inputNumberCell(workbook());
    cell.Value2 = value + 1;
    expect(changes).toEqual([{ remote: false }]);
    expect(await pane.api.isStale()).toBe(true);
    stop();
    expect(fake.sheetChange.size).toBe(0);
  });

  it("asks to check staleness again when the pane is shown again or a plain sheet changes, not for a note on 考评结果", async () => {
    const { host, fake, openPane, workbook } = await demo();
    const pane = openPane();
    expect((await pane.api.recompute(() => undefined)).ok).toBe(true);
    const [rechecks, inputs] = [[] as string[], [] as unknown[]];
    const stopRecheck = pane.api.onRecheckStale!(() => rechecks.push("recheck"));
    const stopInputs = pane.api.onInputsChanged((c) => inputs.push(c));
    fake.showPane();
    expect(rechecks).toHaveLength(1);
    host.store.addSheet("备注");
    workbook().Worksheets.Item("备注").Range("A1").Value2 = "下周复核";
    expect(rechecks).toHaveLength(2);
    // 考评结果 is protected (without a password): the user lifts it to write a note there.
    const results = workbook().Worksheets.Item(RESULTS);
    results.Unprotect();
    results.Range("Z1").Value2 = "已阅";
    expect(rechecks).toHaveLength(2);
    expect(inputs).toEqual([]);
    expect(await pane.api.isStale()).toBe(false);
    stopRecheck();
    stopInputs();
    expect([fake.paneShown.size, fake.sheetChange.size]).toEqual([0, 0]);
  });

  it("shows an open pane the results of a run started from the ribbon", async () => {
    const { ribbon, openPane } = await demo();
    const pane = openPane();
    const report = nextReport(pane.api);
    ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID });
    await ribbon.idle();
    const shown = await report;
    if (!shown.ok) throw new Error(shown.error.messageEn);
    expect(shown.written).toBe(true);
    expect(shown.result.units.some((u) => u.graded)).toBe(true);
  });

  it("jumps to a cell a warning names: its sheet activated, the cell selected", async () => {
    const { host, openPane, workbook } = await demo();
    const { sheet } = inputNumberCell(workbook());
    expect(await openPane().api.selectCell(`'${sheet.Name}'!B3`)).toEqual({ ok: true });
    expect(host.store.selection).toEqual({ sheetId: host.store.sheetByName(sheet.Name)?.id, rect: { row: 2, col: 1, rows: 1, cols: 1 } });
    const missing = await openPane().api.selectCell("没有这张表!A1");
    expect(missing.ok).toBe(false);
  });

  it("offers Create input tables in WPS: the demo gets its missing Holidays table, nothing else, and grades as before", async () => {
    const { host, openPane } = await demo();
    const { api } = openPane();
    expect(api.canCreateInputTables).toBe(true);
    const graded = await api.recompute(() => undefined);
    const before = host.store.tables.map((t) => t.name);
    expect(await api.createInputTables(2016)).toEqual({ ok: true });
    expect(host.store.tables.map((t) => t.name)).toEqual([...before, "Holidays"]);
    expect(host.store.sheets[0].name).toBe("说明");
    const again = await api.recompute(() => undefined);
    expect(again.ok && graded.ok && again.result.units).toEqual(graded.ok && graded.result.units);
  });
});

describe("the WPS ribbon", () => {
  it("重新计算 grades the demo without the pane and writes Results, returning at once", async () => {
    const { host, fake, ribbon } = await demo();
    expect(hostSheetText(host, RESULTS)).toBeNull();
    expect(ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID })).toBe(true);
    await ribbon.idle();
    expect(hostSheetText(host, RESULTS)?.[1]).toContain("区政府采购中心");
    expect(rowsOf(host, RUNLOG)).toBe(2);
    expect(fake.panes).toEqual([]);
    expect(fake.storage.has(RUN_FLAG_KEY)).toBe(false);
  });

  it("opens the pane when its run wrote nothing, and the pane says why", async () => {
    const { host, fake, ribbon, openPane } = await demo();
    host.store.addSheet(RESULTS);
    ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID });
    await ribbon.idle();
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0]).toMatchObject({ url: PAGE_URL.replace("index.html", "taskpane.html"), Visible: true });
    expect(fake.storage.get(PANE_ID_KEY)).toBe(String(fake.panes[0].ID));
    // The pane WPS then loads shows the run: graded, nothing written, the conflict named.
    const shown = await nextReport(openPane().api);
    if (!shown.ok) throw new Error(shown.error.messageEn);
    expect(shown.written).toBe(false);
    expect(shown.result.diagnostics.map((d) => d.code)).toContain("OUTPUT_CONFLICT");
  });

  it("never runs while the pane's run holds the flag: it opens the pane, loaded again, with the reason", async () => {
    const { host, fake, ribbon, openPane } = await demo();
    ribbon.callbacks.OnAction({ Id: SHOW_PANE_ID });
    expect(fake.panes).toHaveLength(1);
    const pane = openPane();
    const paneRun = pane.api.recompute(() => undefined);
    ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID });
    await ribbon.idle();
    expect((await paneRun).ok).toBe(true);
    expect(rowsOf(host, RUNLOG)).toBe(2);
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0]).toMatchObject({ Visible: true, navigations: 1 });
    const shown = await nextReport(openPane().api);
    expect(shown.ok ? "ok" : shown.error.code).toBe("RunInProgress");
    if (!shown.ok) expect(shown.error.messageZh).toContain("考评窗格正在计算");
  });

  it("takes over a run flag left for ten minutes by a page closed mid-run", async () => {
    const { host, fake, ribbon } = await demo();
    fake.root.PluginStorage.setItem(RUN_FLAG_KEY, JSON.stringify({ page: "pane", since: FIXED_NOW.getTime() - RUN_FLAG_STALE_MS }));
    ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID });
    await ribbon.idle();
    expect(rowsOf(host, RUNLOG)).toBe(2);
    expect(fake.panes).toEqual([]);
  });

  it("keeps the ribbon working when WPS cannot make a pane: the buttons return, the report waits for the pane", async () => {
    const { host, fake, ribbon } = await demo();
    fake.root.CreateTaskPane = () => {
      throw new Error("任务窗格不可用");
    };
    host.store.addSheet(RESULTS);
    expect(ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID })).toBe(true);
    await expect(ribbon.idle()).resolves.toBeUndefined();
    expect(ribbon.callbacks.OnAction({ Id: SHOW_PANE_ID })).toBe(true);
    expect(JSON.parse(fake.storage.get(RIBBON_REPORT_KEY) ?? "null")).toMatchObject({ kind: "graded", written: false });
  });

  it("考评窗格 shows the pane once made, then hides and shows the same one", async () => {
    const { fake, ribbon } = await demo();
    for (let i = 0; i < 3; i++) ribbon.callbacks.OnAction({ Id: SHOW_PANE_ID });
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0].Visible).toBe(true);
    ribbon.callbacks.OnAction({ Id: SHOW_PANE_ID });
    expect(fake.panes[0].Visible).toBe(false);
  });
});

describe("the WPS add-in's language", () => {
  it("labels the ribbon in WPS's UI language: Chinese (2052), English (1033)", async () => {
    const zh = await demo({ languageId: 2052 });
    const en = await demo({ languageId: 1033 });
    const labels = (r: typeof zh) => [RECOMPUTE_ID, SHOW_PANE_ID, GROUP_ID].map((Id) => r.ribbon.callbacks.GetLabel({ Id }));
    expect(labels(zh)).toEqual(["重新计算", "考评窗格", "绩效考评"]);
    expect(labels(en)).toEqual(["Recompute", "Appraisal pane", "Appraisal"]);
    expect(zh.ribbon.callbacks.GetImage({ Id: RECOMPUTE_ID })).toBe("images/recompute.svg");
    expect(en.openPane().lang).toBe("en");
  });

  it("writes the outputs in the pane's language", async () => {
    const { host, openPane } = await demo({ languageId: 1033 });
    expect((await openPane().api.recompute(() => undefined)).ok).toBe(true);
    const zh = await demo({ languageId: 2052 });
    expect((await zh.openPane().api.recompute(() => undefined)).ok).toBe(true);
    expect(hostSheetText(host, RESULTS)?.[0]).not.toEqual(hostSheetText(zh.host, RESULTS)?.[0]);
  });

  it("falls back to the page's language where WPS does not say: Chinese unless it is English", () => {
    expect(wpsLang(null, "en-US")).toBe("en");
    expect(wpsLang(null, "zh-CN")).toBe("zh");
    expect(wpsLang(null, "de-DE")).toBe("zh");
    expect(wpsLang(null, undefined)).toBe("zh");
    expect(wpsLang({ ActiveWorkbook: null as never, LanguageSettings: { LanguageID: () => 2057 } }, "zh-CN")).toBe("en");
  });
});

describe("WPS's failures in plain words", () => {
  it("names a protected sheet and a cell being edited, and passes any other WPS message on in both languages", () => {
    expect(describeWpsError(new Error("工作表受保护，无法修改")).code).toBe("Protected");
    expect(describeWpsError(new Error("The cell is in edit mode")).code).toBe("InvalidOperationInCellEditMode");
    const other = describeWpsError(new Error("下标越界"));
    expect([other.messageZh, other.messageEn].every((m) => m.includes("下标越界"))).toBe(true);
    expect(other.retryable).toBe(true);
  });

  it("reaches the application through `wps` itself where a build has no EtApplication", async () => {
    const host = await fakeFromFile(DEMO);
    const { root } = createFakeWpsRoot(host.store);
    const app = etApplication(root);
    const merged = Object.assign(Object.create(null) as object, root, { EtApplication: undefined, ActiveWorkbook: app.ActiveWorkbook });
    const ribbon = createRibbon(merged as typeof root, { pageUrl: PAGE_URL, lang: "zh", now });
    ribbon.callbacks.OnAction({ Id: RECOMPUTE_ID });
    await ribbon.idle();
    expect(rowsOf(host, RUNLOG)).toBe(2);
  });
});
