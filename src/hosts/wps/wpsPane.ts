/**
 * The pane's host in WPS 表格: the WPS adapter (src/workbook/wps) put
 * together as a {@link PaneHost}, as src/hosts/excel/officePane.ts does for
 * Office.js. The pane's runs go through its page (./wpsPage.ts: chained,
 * inside the add-in's run flag); input changes come from SheetChange
 * (./sheetChanges.ts) with Appraise's own writes left out; a run finished by
 * another page (the ribbon's 重新计算) reaches the pane as a run-finished
 * report: the pane reads the workbook and grades it again, which gives the
 * results that run wrote. Staleness is the shared check (the inputs'
 * fingerprint against the RunLog's last), which PaneHost does when
 * `isStale` is absent, asked again when the pane is shown again and after
 * changes that may concern the inputs.
 *
 * "Create input tables" writes through the WPS adapter
 * (createTablesWps, in the run's chunk); its SheetChange events are
 * Appraise's own (createdSheetsFilter), so the new tables neither mark the
 * results out of date nor start an auto-recompute.
 *
 * Not offered in WPS: importing a summary.
 */
import type { Lang } from "../../engine/types";
import { createPaneApi, type PaneHost } from "../../taskpane/state/paneApi";
import type { PaneApi, PaneRunResult } from "../../taskpane/state/paneTypes";
import type { RunFeed } from "../../taskpane/state/useRibbonRuns";
import type { ResultsAudit } from "../../workbook/audit/auditResults";
import { VERSION } from "../../version";
import { createdSheetsFilter } from "../../workbook/createTables";
import { describeWpsError } from "../../workbook/wps/describeWpsError";
import type { WpsRoot } from "../../workbook/wps/facade";
import { selectWpsCell } from "../../workbook/wps/selectWpsCell";
import { loadWpsRunModules } from "./loadWpsRunModules";
import { heldFlag } from "./runFlag";
import { watchSheetChanges, type SheetChanges, type SheetListener } from "./sheetChanges";
import { takeRibbonReport, type RibbonReport } from "./taskPaneControl";
import { createWpsPage, type WpsPage } from "./wpsPage";
import { etApplication } from "./wpsRoot";

export const AUTO_RECOMPUTE_KEY = "appraise.wps.autoRecompute";
/** How long the pane waits before looking again while another page's run still holds the flag (ms). */
export const RUN_ELSEWHERE_RETRY_MS = 200;

export interface WpsPane {
  readonly api: PaneApi & Required<RunFeed>;
  readonly lang: Lang;
  readonly initialAutoRecompute: boolean;
  readonly page: WpsPage;
}

export interface WpsPaneOptions {
  readonly root: WpsRoot;
  readonly lang: Lang;
  readonly now?: () => Date;
  /** Where the auto-recompute choice is kept: the page's localStorage unless given (null: not kept). */
  readonly storage?: Pick<Storage, "getItem" | "setItem"> | null;
}

/** The pane's host over a WPS page. */
export function wpsPaneHost(page: WpsPage, changes: SheetChanges, storage: WpsPaneOptions["storage"], clock: () => number = Date.now): PaneHost {
  const created = createdSheetsFilter();
  // A change on the sheets "Create input tables" just wrote is Appraise's own, not the user's.
  const user =
    (listener: () => void): SheetListener =>
    (sheet) => {
      if (!created.isOwn({ worksheetName: sheet })) listener();
    };
  return {
    port: page.port,
    engine: loadWpsRunModules,
    lang: page.lang,
    version: VERSION,
    describeHostError: describeWpsError,
    selectCell: async (address) => selectWpsCell(etApplication(page.root).ActiveWorkbook, address),
    // WPS has no co-authors editing live in the add-in: every change is this user's.
    onInputsChanged: (listener) => changes.onInput(user(() => listener({ remote: false }))),
    // Headed in the pane's language, for the year asked; the pane lists the tables again afterwards.
    createInputTables: (year) =>
      created.create(async () => (await loadWpsRunModules()).createTablesWps(etApplication(page.root).ActiveWorkbook, page.lang, year)),
    setAutoRecompute: (on) => {
      try {
        storage?.setItem(AUTO_RECOMPUTE_KEY, on ? "true" : "false");
      } catch {
        // Not kept: the switch still works for this session.
      }
    },
    onRecheckStale: (listener) => recheckStale(page, { ...changes, onRecheck: (l) => changes.onRecheck(user(l)) }, listener),
    auditResults: () => auditWhenNoRunElsewhere(page, clock),
    recompute: (onPhase) => page.recompute(onPhase),
  };
}

/**
 * The audit when the pane opens (SPEC §7; src/workbook/wps/auditWps.ts), once
 * no other page's run holds the run flag: a run elsewhere between its write of
 * Results and its RunLog row would look like a hand edit, and the audit never
 * accuses wrongly. It grades, so it lives in the run's chunk with the engine.
 */
async function auditWhenNoRunElsewhere(page: WpsPage, now: () => number): Promise<ResultsAudit> {
  const { auditWps } = await loadWpsRunModules();
  const elsewhere = (): boolean => {
    const holder = heldFlag(page.root.PluginStorage, now());
    return holder !== null && holder.page !== page.name;
  };
  // Looked at right before the read, which is synchronous: no await between the two.
  while (elsewhere()) await new Promise((resolve) => setTimeout(resolve, RUN_ELSEWHERE_RETRY_MS));
  return auditWps(etApplication(page.root).ActiveWorkbook);
}

/**
 * What change events miss: a change elsewhere that may concern the inputs
 * (./sheetChanges.ts "recheck"), and the pane shown again after being
 * hidden (AfterTaskPaneShow, et-jsapi-declare addon.et.d.ts 30), when the
 * user may have changed anything. The pane then compares fingerprints.
 */
function recheckStale(page: WpsPage, changes: SheetChanges, listener: () => void): () => void {
  const stop = changes.onRecheck(listener);
  const shown = (): void => listener();
  try {
    page.root.ApiEvent.AddApiEventListener("AfterTaskPaneShow", shown);
  } catch {
    // A build without the event: the changes still ask.
  }
  return () => {
    stop();
    try {
      page.root.ApiEvent.RemoveApiEventListener("AfterTaskPaneShow", shown);
    } catch {
      // Gone with the page.
    }
  };
}

/**
 * The results another page's run wrote, as the pane shows them: the
 * workbook read and graded again by the same run over a port that writes
 * nothing, so its result carries what that run's did (OUTPUT_CONFLICT
 * included). `written` is what that run did, where known.
 */
async function regrade(page: WpsPage, written?: boolean): Promise<PaneRunResult> {
  try {
    const { runAppraisal } = await loadWpsRunModules();
    const readOnly = { read: () => page.port.read(), write: async () => undefined };
    const outcome = await runAppraisal(readOnly, { lang: page.lang, version: VERSION, now: new Date() });
    return { ok: true, result: outcome.result, written: written ?? outcome.written };
  } catch (e) {
    return { ok: false, error: describeWpsError(e) };
  }
}

/** What the pane is told of a ribbon run's report left for it. */
const fromReport = (page: WpsPage, report: RibbonReport): Promise<PaneRunResult> =>
  report.kind === "failure" ? Promise.resolve({ ok: false, error: report.error }) : regrade(page, report.written);

/**
 * Runs finished elsewhere: the report the ribbon left (once, when the pane
 * opens), and each later RunLog change another page made, read once that
 * run's flag is released.
 */
function runsElsewhere(page: WpsPage, changes: SheetChanges, now: () => number): NonNullable<RunFeed["onRunFinished"]> {
  return (listener) => {
    let live = true;
    let waiting = false;
    const deliver = (result: Promise<PaneRunResult>) => void result.then((r) => live && listener(r));
    const report = takeRibbonReport(page.root);
    if (report !== null) deliver(fromReport(page, report));
    const whenReleased = (): void => {
      const holder = heldFlag(page.root.PluginStorage, now());
      if (holder !== null && holder.page !== page.name) return void setTimeout(whenReleased, RUN_ELSEWHERE_RETRY_MS);
      waiting = false;
      if (live) deliver(regrade(page));
    };
    const stop = changes.onRunElsewhere(() => {
      if (waiting) return;
      waiting = true;
      setTimeout(whenReleased, 0);
    });
    return () => {
      live = false;
      stop();
    };
  };
}

/** Builds the pane's API over WPS. Call once per pane page. */
export function createWpsPane(options: WpsPaneOptions): WpsPane {
  const page = createWpsPage({ root: options.root, name: "pane", lang: options.lang, now: options.now });
  const storage = options.storage === undefined ? globalThis.localStorage : options.storage;
  const changes = watchSheetChanges(page);
  const clock = () => (options.now ?? (() => new Date()))().getTime();
  const api = { ...createPaneApi(wpsPaneHost(page, changes, storage, clock)), onRunFinished: runsElsewhere(page, changes, clock) };
  let initialAutoRecompute = false;
  try {
    initialAutoRecompute = storage?.getItem(AUTO_RECOMPUTE_KEY) === "true";
  } catch {
    // Unreadable: off.
  }
  return { api, lang: options.lang, initialAutoRecompute, page };
}
