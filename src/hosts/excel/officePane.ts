/**
 * The pane's host in the add-in: the Office.js adapter (src/workbook/excel)
 * put together as a {@link PaneHost}. The only pane-side module that knows
 * about Office; the Excel object model itself stays in the adapter.
 *
 * Auto-recompute is driven by the pane (usePane debounces `onInputsChanged`
 * and starts the run itself), so its runs show progress and results like a
 * click does.
 *
 * Co-authors: a co-author's edit never starts a run here (it marks the
 * results out of date); every run takes the workbook's run lock
 * (runLock.ts); the auto-recompute choice is each user's own
 * (autoRecomputeChoice.ts).
 *
 * Runs started elsewhere in the page (the ribbon's Recompute button, with the
 * shared runtime) reach the pane through the api's `onRunFinished`, which
 * usePane follows, so an open pane always shows the latest results.
 */
import type { Lang } from "../../engine/types";
import { VERSION } from "../../version";
import { langOfTag } from "../../workbook/langTag";
import { isInputChange, isRemoteChange } from "../../workbook/excel/isInputChange";
import type { RunLockHolder } from "../../workbook/excel/runLockCells";
import { officeChoiceStores, readAutoRecompute, saveAutoRecompute, type ChoiceStores } from "./autoRecomputeChoice";
import { paneLabel } from "./paneLabel";
import { createExcelPort } from "../../workbook/excel/createExcelPort";
import { createdSheetsFilter } from "../../workbook/createTables";
import { describeHostError } from "../../workbook/excel/describeHostError";
import type { SheetImportReport } from "../../workbook/excel/importFromSheet";
import { loadRunModules } from "../../workbook/excel/loadRunModules";
import { officeRun, type ExcelRunner } from "../../workbook/excel/excelRun";
import { clockTime, onRunFinished, pageRecomputer, type Recomputer, type RecomputeReport } from "../../workbook/excel/recomputeInExcel";
import { selectCell } from "../../workbook/excel/selectCell";
import { subscribeStaleRechecks, whenCellEditEnds } from "../../workbook/excel/staleRechecks";
import { subscribeTableChanges } from "../../workbook/excel/subscribeInputChanges";
import { createPaneApi, type PaneHost } from "../../taskpane/state/paneApi";
import type { PaneApi, PaneRunResult, RunLockWait, RunPhase } from "../../taskpane/state/paneTypes";
import type { RunFeed } from "../../taskpane/state/useRibbonRuns";

export { CREATED_SHEETS_QUIET_MS, createdSheetsFilter } from "../../workbook/createTables";

export interface OfficePane {
  /** The pane's API, which also reports the runs started from the ribbon. */
  readonly api: PaneApi & Required<RunFeed>;
  readonly lang: Lang;
  readonly initialAutoRecompute: boolean;
}

/**
 * A run's report as the pane takes it: the outcome, or the host failure.
 * @example
 * toPaneRunResult({ ok: false, messageZh: "…", messageEn: "…" }).ok //=> false
 */
export function toPaneRunResult(report: RecomputeReport): PaneRunResult {
  if (report.outcome !== undefined) return { ok: true, result: report.outcome.result, written: report.outcome.written, changes: report.outcome.changes };
  const error = report.error ?? { code: "Unknown", messageZh: report.messageZh, messageEn: report.messageEn, retryable: true };
  return { ok: false, error };
}

/** "Import from a sheet" over the active sheet, in the run's chunk (it grades to check the import). */
async function importSheet(created: ReturnType<typeof createdSheetsFilter>, run: ExcelRunner, lang: Lang, year: number): Promise<SheetImportReport> {
  let report: SheetImportReport | null = null;
  await created.create(async () => {
    report = await (await loadRunModules()).importFromSheet(run, { lang, fallbackYear: year });
    return report.created ?? { created: [], skipped: [], sheets: [], guide: null };
  });
  return report as unknown as SheetImportReport;
}

/** What the pane's host is built from: Office.js in the add-in, a fake co-author's Excel in tests. */
export interface ExcelPaneParts {
  readonly run: ExcelRunner;
  readonly lang: Lang;
  /** This page's runs (the ribbon's and the pane's, chained). */
  readonly recomputer: Recomputer;
  /** Where the auto-recompute choice is kept (each user's). */
  readonly choice: ChoiceStores;
  /** Who runs, for the run lock (paneLabel()). */
  readonly who: string;
  /** The run lock's clock and waits, and the runs' time (real ones unless a test gives its own). */
  readonly clock?: { readonly now: () => Date; readonly sleep: (ms: number) => Promise<void> };
}

/** The pane's host over the Office.js adapter. */
export function excelPaneHost(parts: ExcelPaneParts): PaneHost {
  const { run, lang, recomputer, choice, clock } = parts;
  const port = createExcelPort(run);
  const created = createdSheetsFilter();
  const subscribe = subscribeTableChanges(run);
  return {
    port,
    engine: loadRunModules,
    lang,
    version: VERSION,
    describeHostError,
    selectCell: (address) => selectCell(address, run),
    // Headed in the pane's language; the pane lists the tables again afterwards.
    createInputTables: (year) => created.create(async () => (await loadRunModules()).createInputTables(run, lang, year)),
    // The import writes as Create input tables does: its change events are Appraise's own too.
    importFromSheet: (year) => importSheet(created, run, lang, year),
    // A co-author's edit (source "Remote") is passed on as remote: the pane marks the results out of date and starts no run.
    onInputsChanged: (listener) =>
      subscribe((notice) => {
        if (isInputChange(notice) && !created.isOwn(notice)) listener({ remote: isRemoteChange(notice) });
      }),
    setAutoRecompute: (on) => saveAutoRecompute(choice, on),
    whenCellEditEnds: () => whenCellEditEnds(run),
    onRecheckStale: (listener) => subscribeStaleRechecks(listener, run),
    // The audit grades, so it lives in the run's chunk with the engine.
    auditResults: async () => (await loadRunModules()).auditInExcel(run),
    // The page's recomputer queues the pane's runs with the ribbon command's, on the same port; inside the
    // workbook's run lock, so co-authors' runs never overlap; while it waits the pane says whose run it waits for.
    recompute: async (onPhase: (phase: RunPhase) => void, onLockWait?: (wait: RunLockWait) => void): Promise<PaneRunResult> => {
      const onWait = (h: RunLockHolder) => onLockWait?.({ who: h.who, since: clockTime(h.since) });
      const lock = { who: parts.who, onWait, now: clock?.now, sleep: clock?.sleep };
      return toPaneRunResult(await recomputer.recompute({ port, run, lang, onPhase, lock, now: clock?.now }));
    },
  };
}

/** Builds the pane's API over Office.js. Call once, after Office.onReady. */
export function createOfficePane(): OfficePane {
  const lang = langOfTag(Office.context.displayLanguage);
  const choice = officeChoiceStores();
  const host = excelPaneHost({ run: officeRun, lang, recomputer: pageRecomputer, choice, who: paneLabel() });
  const api = {
    ...createPaneApi(host),
    // Every run of this page, the pane's own included (usePane tells them apart).
    onRunFinished: (listener: (result: PaneRunResult) => void) => onRunFinished((report) => listener(toPaneRunResult(report))),
  };
  return { api, lang, initialAutoRecompute: readAutoRecompute(choice) };
}
