/**
 * Two co-authors on one workbook (OneDrive/SharePoint, AutoSave on), each
 * with the task pane open: the fake host's co-authoring model
 * (test/fakeExcel/coauthoring.ts) under the add-in's own pane host
 * (officePane.ts' excelPaneHost), state machine and actions. Time is the
 * test's clock: the run lock's waits advance it, nothing waits for real time.
 */
import { addTable, createCoauthoredExcel, readCells, setCells, tableInfo, type CoauthoringSession, type FakeExcelHost } from "../fakeExcel";
import { simpleWorkbook } from "../engine/workbook";
import { NOW, portOf, runOf, smallWorkbook } from "./helpers";
import { loadRunModules } from "../../src/workbook/excel/loadRunModules";
import { excelPaneHost } from "../../src/hosts/excel/officePane";
import { AUTO_RECOMPUTE_SETTING, readAutoRecompute, saveAutoRecompute, type ChoiceStores } from "../../src/hosts/excel/autoRecomputeChoice";
import { createPaneApi } from "../../src/taskpane/state/paneApi";
import { createPaneActions, type PaneActions } from "../../src/taskpane/state/createPaneActions";
import { initialPaneState, paneReducer, type PaneEvent, type PaneState } from "../../src/taskpane/state/paneState";
import { createRecomputer, clockTime } from "../../src/workbook/excel/recomputeInExcel";
import { takeRunLock } from "../../src/workbook/excel/runLock";
import { RUN_LOCK_SHEET, RUN_LOCK_TIMEOUT_MS } from "../../src/workbook/excel/runLockCells";
import { OUTPUT_SHEETS } from "../../src/workbook/port";

const START = Date.parse("2026-05-10T01:00:00.000Z");

/** The test's clock, shared by the co-authors: a wait advances it at once. */
function testClock() {
  let t = START;
  return {
    now: () => new Date(t),
    ms: () => t,
    advance: (ms: number) => void (t += ms),
    // A wait lets the other co-author's batches go on (a macrotask), then it is `ms` later.
    sleep: async (ms: number) => {
      await new Promise((r) => setTimeout(r, 1));
      t += ms;
    },
  };
}

type Clock = ReturnType<typeof testClock>;

/** One co-author's open pane: the add-in's pane host over their Excel, with the pane's state machine and actions. */
interface Pane {
  readonly who: string;
  readonly actions: PaneActions;
  readonly state: () => PaneState;
  /** Every event the pane's state went through. */
  readonly events: PaneEvent[];
  readonly close: () => void;
}

function memoryChoice(): ChoiceStores {
  const kept = new Map<string, string>();
  return {
    local: { getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => void kept.set(k, v) },
    document: null,
    documentUrl: "https://contoso-my.sharepoint.com/考评.xlsx",
  };
}

function openPane(host: FakeExcelHost, who: string, clock: Clock): Pane {
  const api = createPaneApi(excelPaneHost({ run: runOf(host), lang: "zh", recomputer: createRecomputer(), choice: memoryChoice(), who, clock }));
  let state = initialPaneState({ auto: false, year: 2026 });
  const events: PaneEvent[] = [];
  const machine = {
    current: () => state,
    dispatch: (e: PaneEvent) => {
      events.push(e);
      state = paneReducer(state, e);
    },
  };
  // The quiet time after an edit: over at the next macrotask.
  const timer = { restart: (f: () => void) => void setTimeout(f, 1) };
  const { followInputs, ...actions } = createPaneActions(api, machine, timer);
  const stop = api.onInputsChanged(followInputs);
  return { who, actions, state: () => state, events, close: stop };
}

function coauthors(clock: Clock): { hosts: FakeExcelHost[]; session: CoauthoringSession } {
  const opened = createCoauthoredExcel(["张三", "李四"], { now: clock.ms });
  const input = simpleWorkbook(["区发改局", "区财政局", "区教育局"].map((unit, i) => ({ unit, category: "经济类", functional: 500 + 10 * i })));
  for (const t of input.tables) addTable(opened.hosts[0], t);
  return opened;
}

/** Lets event deliveries (setTimeout 0), debounces and runs finish. */
async function settle(rounds = 40): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 2));
}

const runLogRows = (host: FakeExcelHost) => tableInfo(host, OUTPUT_SHEETS.runlog.table)?.rows ?? [];

describe("two co-authors' panes on one workbook", () => {
  it("a co-author's edit starts no run in the other pane: it says the results may be out of date", async () => {
    const clock = testClock();
    const { hosts, session } = coauthors(clock);
    const [zhang, li] = [openPane(hosts[0], "张三的 Excel", clock), openPane(hosts[1], "李四的 Excel", clock)];
    zhang.actions.setAuto(true);
    li.actions.setAuto(true);
    // The panes' event handlers are registered (a batch each).
    await settle(5);

    hosts[0].userEdit("指标考核!F2", 88);
    await settle();

    // Zhang's own edit (Local) ran his auto-recompute; in Li's Excel the same edit was Remote and started nothing.
    expect(zhang.events.filter((e) => e.type === "runStarted")).toHaveLength(1);
    expect(li.events.filter((e) => e.type === "runStarted")).toHaveLength(0);
    expect(runLogRows(hosts[0])).toHaveLength(1);
    expect(li.state().stale).toBe(true);
    expect(li.state().staleByCoauthor).toBe(true);
    // Zhang's run wrote the outputs: in Li's Excel those writes were Remote too, and are Appraise's own, not input changes.
    expect(li.events.filter((e) => e.type === "inputsChanged")).toHaveLength(0);
    expect(session.conflicts).toEqual([]);

    // Li's own edit is his to run.
    hosts[1].userEdit("指标考核!F3", 87);
    await settle();
    expect(li.events.filter((e) => e.type === "runStarted")).toHaveLength(1);
    expect(zhang.events.filter((e) => e.type === "runStarted")).toHaveLength(1);
    expect(runLogRows(hosts[0])).toHaveLength(2);
    zhang.close();
    li.close();
  });

  it("two Recomputes at once: one RunLog row each, in order; one History block; the other pane said whose run it waited for; no merge conflict", async () => {
    const clock = testClock();
    const { hosts, session } = coauthors(clock);
    const [zhang, li] = [openPane(hosts[0], "张三的 Excel", clock), openPane(hosts[1], "李四的 Excel", clock)];

    await Promise.all([zhang.actions.recompute(), li.actions.recompute()]);

    expect(zhang.state().failure).toBeNull();
    expect(li.state().failure).toBeNull();
    const rows = runLogRows(hosts[0]);
    expect(rows).toHaveLength(2);
    // In order: the second run started after the first ended (its time is later), and read the first one's row.
    const times = rows.map((r) => Date.parse(String(r[0])));
    expect(times[1]).toBeGreaterThan(times[0]);
    // One of them waited, and was told whose run held the lock.
    const waits = [zhang, li].flatMap((p) => p.events.flatMap((e) => (e.type === "lockWait" ? [{ pane: p.who, ...e.wait }] : [])));
    expect(waits.length).toBeGreaterThan(0);
    expect(new Set(waits.map((w) => w.pane)).size).toBe(1);
    const waiter = waits[0].pane;
    expect(waits[0].who).toBe(waiter === "张三的 Excel" ? "李四的 Excel" : "张三的 Excel");
    expect(waits[0].since).toMatch(/^\d\d:\d\d:\d\d$/);

    // The same inputs: the second run's results are the first's, so History holds one block (one row per unit).
    const history = tableInfo(hosts[0], OUTPUT_SHEETS.history.table)?.rows ?? [];
    expect(history).toHaveLength(3);
    expect(new Set(history.map((r) => r[0])).size).toBe(1);
    expect(session.conflicts).toEqual([]);
    // Not merely far enough apart: RunLog and History grew by Range.values under their tables, never TableRowCollection.add.
    expect(session.rowAdds).toEqual([]);
    // The lock is free again, on its hidden sheet.
    expect(hosts[0].store.sheetByName(RUN_LOCK_SHEET)?.visibility).toBe("Hidden");
    await settle(5);
    await expect(takeRunLock(runOf(hosts[1]), { who: "王五", now: clock.now, sleep: clock.sleep, maxWaitMs: 0 })).resolves.toMatchObject({ ok: true });
  });

  it("a lock left by a closed pane holds, says who and since when, then expires", async () => {
    const clock = testClock();
    const { hosts } = coauthors(clock);
    // Zhang's pane takes the lock and is closed mid-run: nothing releases it.
    const left = await takeRunLock(runOf(hosts[0]), { who: "张三的 Excel", now: clock.now, sleep: clock.sleep });
    expect(left.ok).toBe(true);
    const takenAt = clockTime(new Date(START));

    const li = openPane(hosts[1], "李四的 Excel", clock);
    clock.advance(60_000);
    await li.actions.recompute();
    // Li's pane waited (2 minutes) and gave up without writing: who runs and since when.
    const failure = li.state().failure;
    expect(failure?.error.code).toBe("RunLocked");
    expect(failure?.error.messageZh).toContain(`张三的 Excel）自 ${takenAt} 起正在重新计算`);
    expect(failure?.error.messageEn).toContain(`since ${takenAt}`);
    expect(tableInfo(hosts[0], OUTPUT_SHEETS.runlog.table)).toBeUndefined();

    // Ten minutes after it was taken, the lock has expired: Li's Recompute runs.
    clock.advance(RUN_LOCK_TIMEOUT_MS);
    await li.actions.recompute();
    expect(li.state().failure).toBeNull();
    expect(runLogRows(hosts[0])).toHaveLength(1);
    li.close();
  });
});

describe("the run lock that cannot be kept", () => {
  it("does not stop the run: a workbook where the lock's sheet cannot be added is still graded", async () => {
    const clock = testClock();
    const { hosts } = coauthors(clock);
    const li = openPane(hosts[1], "李四的 Excel", clock);
    await settle(5);
    // The lock's first look fails (as adding its sheet would in a workbook whose structure is protected).
    hosts[1].failNextSync("AccessDenied");
    await li.actions.recompute();
    expect(li.state().failure).toBeNull();
    expect(runLogRows(hosts[0])).toHaveLength(1);
    li.close();
  });
});

describe("RunLog rows written under the table", () => {
  async function twoRuns(canResize: boolean) {
    // An Excel that would not grow the table under a values write: only Table.resize (ExcelApi 1.13) does.
    const host = smallWorkbook({ expandsTablesBelow: false });
    const port = portOf(host, { canResize });
    const { runAppraisal } = await loadRunModules();
    await runAppraisal(port, { lang: "zh", version: "0.1.0", now: NOW });
    await runAppraisal(port, { lang: "zh", version: "0.1.0", now: new Date(NOW.getTime() + 60_000) });
    return host;
  }

  it("with ExcelApi 1.13 the table is resized over them, whether or not Excel grew it", async () => {
    expect(runLogRows(await twoRuns(true))).toHaveLength(2);
  });

  it("below 1.13 the rows rely on Excel growing the table (as Microsoft documents): without it they stay outside", async () => {
    const host = await twoRuns(false);
    expect(runLogRows(host)).toHaveLength(1);
    expect(readCells(host, `${OUTPUT_SHEETS.runlog.sheet}!A3`)[0][0]).toBe(new Date(NOW.getTime() + 60_000).toISOString());
  });
});

describe("RunLog rows and what lies under the table", () => {
  it("a note typed right under the RunLog is pushed down, never written over", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    const { runAppraisal } = await loadRunModules();
    await runAppraisal(port, { lang: "zh", version: "0.1.0", now: NOW });
    setCells(host, `${OUTPUT_SHEETS.runlog.sheet}!A3`, [["核对人：王五"]]);
    await runAppraisal(port, { lang: "zh", version: "0.1.0", now: new Date(NOW.getTime() + 60_000) });
    expect(runLogRows(host)).toHaveLength(2);
    expect(readCells(host, `${OUTPUT_SHEETS.runlog.sheet}!A4`)).toEqual([["核对人：王五"]]);
  });
});

describe("the fake host's co-authoring model", () => {
  it("TableRowCollection.add by two co-authors at once is a merge conflict; Range.values under the table is not", async () => {
    const clock = testClock();
    const { hosts, session } = coauthors(clock);
    const addRow = (host: FakeExcelHost) =>
      host.run(async (context) => {
        context.workbook.tables.getItem("Rules").rows.add(undefined, [["core.max", 100]]);
        await context.sync();
      });
    await Promise.all([addRow(hosts[0]), addRow(hosts[1])]);
    expect(session.conflicts).toHaveLength(1);
    expect(session.conflicts[0].authors).toEqual(["张三", "李四"]);

    const before = tableInfo(hosts[0], "Rules")?.rows.length ?? 0;
    const writeBelow = (host: FakeExcelHost, row: number, key: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("规则").getRange(`A${row}:B${row}`).values = [[key, 1]];
        await context.sync();
      });
    await writeBelow(hosts[0], before + 2, "a.key");
    await writeBelow(hosts[1], before + 3, "b.key");
    expect(session.conflicts).toHaveLength(1);
    // Each write right under the table grew it ("Setting the Range values directly below the table automatically expands the table").
    expect(tableInfo(hosts[1], "Rules")?.rows.length).toBe(before + 2);
  });
});

describe("auto-recompute, each user's choice", () => {
  function stores(documentValue: boolean | null) {
    const kept = new Map<string, string>();
    const doc = new Map<string, unknown>(documentValue === null ? [] : [[AUTO_RECOMPUTE_SETTING, documentValue]]);
    let saves = 0;
    const choice: ChoiceStores = {
      local: { getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => void kept.set(k, v) },
      document: { get: (k) => doc.get(k) ?? null, remove: (k) => void doc.delete(k), saveAsync: () => void saves++ },
      documentUrl: "https://contoso-my.sharepoint.com/考评.xlsx",
    };
    return { choice, kept, doc, saves: () => saves };
  }

  it("starts from the workbook's old shared setting, then keeps the user's own and takes the shared one out of the workbook", () => {
    const { choice, kept, doc, saves } = stores(true);
    expect(readAutoRecompute(choice)).toBe(true);
    saveAutoRecompute(choice, false);
    expect(readAutoRecompute(choice)).toBe(false);
    expect(kept.get(`${AUTO_RECOMPUTE_SETTING}:https://contoso-my.sharepoint.com/考评.xlsx`)).toBe("false");
    expect(doc.has(AUTO_RECOMPUTE_SETTING)).toBe(false);
    expect(saves()).toBe(1);
  });

  it("is off for a user with no choice in a workbook without the old setting; another workbook's choice is its own", () => {
    const { choice } = stores(null);
    expect(readAutoRecompute(choice)).toBe(false);
    saveAutoRecompute(choice, true);
    expect(readAutoRecompute(choice)).toBe(true);
    expect(readAutoRecompute({ ...choice, documentUrl: "https://contoso-my.sharepoint.com/另一本.xlsx" })).toBe(false);
  });
});
