import { gradedResult, someTables } from "../../../test/taskpane/fixtures";
import { initialPaneState, isQuietFailure, type PaneEvent, paneReducer, type PaneState } from "./paneState";
import type { HostError, PaneRunResult, ResultsAudit } from "./paneTypes";

const error = (code: string): HostError => ({ code, messageZh: "出错", messageEn: "Failed", retryable: true });
const CELL_EDIT = error("InvalidOperationInCellEditMode");
const BUSY = error("GeneralException");
const ran: PaneRunResult = { ok: true, result: gradedResult, written: true };
const ranUnwritten: PaneRunResult = { ok: true, result: gradedResult, written: false };
const runFailed = (e: HostError): PaneRunResult => ({ ok: false, error: e });
const audit: ResultsAudit = { hasResults: true, edited: [], inputsChanged: false, inputFingerprint: "a", lastRunFingerprint: "a" };

const opened = initialPaneState({ auto: false, year: 2026 });
/** The state after the events, one after another. */
const after = (...events: readonly PaneEvent[]): PaneState => events.reduce(paneReducer, opened);
const started = (origin: "click" | "event" = "click"): PaneEvent => ({ type: "runStarted", origin });
const finished = (result: PaneRunResult, origin: "click" | "event" = "click"): PaneEvent => ({ type: "runFinished", origin, result });

describe("paneReducer: a run", () => {
  it("started, through its phases, finished: the outcome shown, idle again", () => {
    expect(after(started()).phase).toBe("starting");
    expect(after(started(), { type: "phase", phase: "grade" }).phase).toBe("grade");
    const s = after(started(), { type: "phase", phase: "write" }, finished(ran));
    expect(s).toMatchObject({ phase: null, stale: false, failure: null, outcome: { result: gradedResult, written: true } });
  });

  it("started while one is under way changes nothing (one run at a time)", () => {
    const running = after(started(), { type: "phase", phase: "read" });
    expect(paneReducer(running, started("event"))).toBe(running);
  });

  it("ignores a phase reported when no run is under way", () => {
    expect(after({ type: "phase", phase: "read" })).toBe(opened);
  });

  it("failed on a click: the failure shown, the last outcome kept", () => {
    const s = after(started(), finished(ran), started(), finished(runFailed(BUSY)));
    expect(s).toMatchObject({ phase: null, failure: { error: BUSY, action: "recompute" }, outcome: { written: true } });
  });

  it("a click clears the failure shown when it starts; an event's run leaves it until it succeeds", () => {
    const failing = after(started(), finished(runFailed(BUSY)));
    expect(paneReducer(failing, started("click")).failure).toBeNull();
    expect(paneReducer(failing, started("event")).failure).not.toBeNull();
    expect(paneReducer(paneReducer(failing, started("event")), finished(ran, "event")).failure).toBeNull();
  });

  it("an event's success clears only a recompute failure", () => {
    const s = after({ type: "selectFinished", result: runFailed(BUSY) }, started("event"), finished(ran, "event"));
    expect(s.failure).toEqual({ error: BUSY, action: "select" });
  });

  it("met cell-edit mode: quiet and out of date when the pane started it, shown when clicked", () => {
    expect(after(started("event"), finished(runFailed(CELL_EDIT), "event"))).toMatchObject({ failure: null, stale: true, phase: null });
    expect(after(started("click"), finished(runFailed(CELL_EDIT))).failure).toEqual({ error: CELL_EDIT, action: "recompute" });
    expect(after(started("event"), finished(runFailed(BUSY), "event")).failure).toEqual({ error: BUSY, action: "recompute" });
  });

  it("written, ends the opening audit; unwritten (OUTPUT_CONFLICT), keeps it", () => {
    expect(after({ type: "audited", audit }, started(), finished(ran)).audit).toBeNull();
    expect(after({ type: "audited", audit }, started(), finished(ranUnwritten)).audit).toBe(audit);
  });
});

describe("paneReducer: input changes", () => {
  it("make the results stale and a follow-up due", () => {
    expect(after(started(), finished(ran), { type: "inputsChanged" })).toMatchObject({ stale: true, followUpPending: true });
  });

  it("a run started meanwhile cancels the pending follow-up (it reads the inputs as they are)", () => {
    const pending = after({ type: "inputsChanged" });
    expect(paneReducer(pending, started("click")).followUpPending).toBe(false);
    expect(after({ type: "inputsChanged" }, started(), finished(ran))).toMatchObject({ stale: false, followUpPending: false });
  });

  it("during a run are remembered: its results arrive stale, and a follow-up is due after it", () => {
    const during = after(started(), { type: "inputsChanged" });
    expect(during).toMatchObject({ stale: false, changedDuringRun: true, followUpPending: false });
    expect(paneReducer(during, finished(ran))).toMatchObject({ stale: true, changedDuringRun: false, followUpPending: true });
    expect(paneReducer(during, finished(runFailed(BUSY))).followUpPending).toBe(true);
  });

  it("the follow-up, once due, is no longer pending; the next run starts with no change remembered", () => {
    expect(after({ type: "inputsChanged" }, { type: "followUpDue" })).toMatchObject({ stale: true, followUpPending: false });
    expect(after(started(), { type: "inputsChanged" }, finished(ran), started()).changedDuringRun).toBe(false);
  });

  it("the stale check's answer is left to a run under way", () => {
    expect(after({ type: "staleFound" }).stale).toBe(true);
    expect(after(started(), { type: "staleFound" }).stale).toBe(false);
  });
});

describe("paneReducer: the ribbon's runs", () => {
  it("are shown as the pane's own: results up to date, a recompute failure answered", () => {
    const s = after(started(), finished(runFailed(BUSY)), { type: "inputsChanged" }, { type: "ribbonRunFinished", result: ran });
    expect(s).toMatchObject({ stale: false, failure: null, outcome: { written: true } });
  });

  it("failed, show their failure", () => {
    expect(after({ type: "ribbonRunFinished", result: runFailed(BUSY) }).failure).toEqual({ error: BUSY, action: "recompute" });
  });

  it("reported while the pane's own run is under way are left to that run", () => {
    const running = after(started());
    expect(paneReducer(running, { type: "ribbonRunFinished", result: ran })).toBe(running);
  });
});

describe("paneReducer: the other host calls", () => {
  it("inspection: the tables listed, an inspect failure answered; quiet for an event in cell-edit mode", () => {
    const failing = after({ type: "inspectFailed", origin: "click", error: CELL_EDIT });
    expect(failing.failure).toEqual({ error: CELL_EDIT, action: "inspect" });
    expect(paneReducer(failing, { type: "inspected", tables: someTables })).toMatchObject({ tables: someTables, failure: null });
    expect(after({ type: "inspectFailed", origin: "event", error: CELL_EDIT }).failure).toBeNull();
    expect(after({ type: "inspectFailed", origin: "event", error: BUSY }).failure).toEqual({ error: BUSY, action: "inspect" });
  });

  it("creating tables: under way, then done or failed", () => {
    expect(after({ type: "createStarted" }).creating).toBe(true);
    expect(after({ type: "createStarted" }, { type: "createFinished", result: { ok: true } })).toMatchObject({ creating: false, failure: null });
    expect(after({ type: "createStarted" }, { type: "createFinished", result: runFailed(BUSY) })).toMatchObject({
      creating: false,
      failure: { error: BUSY, action: "create" },
    });
  });

  it("selecting a cell: a failure shown until a selection succeeds", () => {
    const failing = after({ type: "selectFinished", result: runFailed(BUSY) });
    expect(failing.failure).toEqual({ error: BUSY, action: "select" });
    expect(paneReducer(failing, { type: "selectFinished", result: { ok: true } }).failure).toBeNull();
  });

  it("the audit is kept, unless a run is under way; dismiss clears any failure", () => {
    expect(after({ type: "audited", audit }).audit).toBe(audit);
    expect(after(started(), { type: "audited", audit }).audit).toBeNull();
    expect(after({ type: "selectFinished", result: runFailed(BUSY) }, { type: "dismissed" }).failure).toBeNull();
  });

  it("the switch and the year", () => {
    expect(after({ type: "autoSet", on: true }, { type: "yearSet", year: 2017 })).toMatchObject({ auto: true, year: 2017 });
  });
});

it.each([
  ["event", "InvalidOperationInCellEditMode", true],
  ["click", "InvalidOperationInCellEditMode", false],
  ["event", "GeneralException", false],
] as const)("isQuietFailure(%s, %s) is %s", (origin, code, quiet) => {
  expect(isQuietFailure(origin, error(code))).toBe(quiet);
});
