/**
 * The pane's host in the add-in: the Office.js adapter (src/workbook/excel)
 * put together as a {@link PaneHost}. The only pane-side module that knows
 * about Office; the Excel object model itself stays in the adapter.
 *
 * Auto-recompute is driven by the pane (usePane debounces `onInputsChanged`
 * and starts the run itself), so its runs show progress and results like a
 * click does.
 *
 * Runs started elsewhere in the page (the ribbon's Recompute button, with the
 * shared runtime) reach the pane through the api's `onRunFinished`, which
 * usePane follows, so an open pane always shows the latest results.
 */
import type { Lang } from "../../engine/types";
import { VERSION } from "../../version";
import { langOfTag } from "../../workbook/langTag";
import { isInputChange, type ChangeNotice } from "../../workbook/excel/isInputChange";
import { createExcelPort } from "../../workbook/excel/createExcelPort";
import type { CreateInputTablesReport } from "../../workbook/excel/createInputTables";
import { describeHostError } from "../../workbook/excel/describeHostError";
import type { SheetImportReport } from "../../workbook/excel/importFromSheet";
import { loadRunModules } from "../../workbook/excel/loadRunModules";
import { officeRun } from "../../workbook/excel/excelRun";
import { onRunFinished, recomputeInExcel, type RecomputeReport } from "../../workbook/excel/recomputeInExcel";
import { selectCell } from "../../workbook/excel/selectCell";
import { subscribeStaleRechecks, whenCellEditEnds } from "../../workbook/excel/staleRechecks";
import { subscribeTableChanges } from "../../workbook/excel/subscribeInputChanges";
import { createPaneApi, type PaneHost } from "../../taskpane/state/paneApi";
import type { PaneApi, PaneRunResult, RunPhase } from "../../taskpane/state/paneTypes";
import type { RunFeed } from "../../taskpane/state/useRibbonRuns";

/** Where the auto-recompute choice is kept: the workbook's own add-in settings, so it travels with the file. */
export const AUTO_RECOMPUTE_SETTING = "Appraise.autoRecompute";

export interface OfficePane {
  /** The pane's API, which also reports the runs started from the ribbon. */
  readonly api: PaneApi & Required<RunFeed>;
  readonly lang: Lang;
  readonly initialAutoRecompute: boolean;
}

function documentSettings(): Office.Settings | null {
  return typeof Office === "undefined" ? null : (Office.context?.document?.settings ?? null);
}

/**
 * Remembers the choice in the document. A failed save is not reported: the
 * switch still works for this session, and the next save of the workbook
 * stores the setting anyway.
 */
function saveAutoRecompute(on: boolean): void {
  const settings = documentSettings();
  if (settings === null) return;
  settings.set(AUTO_RECOMPUTE_SETTING, on);
  settings.saveAsync();
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

/** How long after creating input tables the changes on their sheets are taken as Appraise's own (ms). */
export const CREATED_SHEETS_QUIET_MS = 1500;

/**
 * Tells the change events of "Create input tables" from the user's. Excel
 * fires them for the add-in's own writes, some time after the write; taken as
 * input changes, they would mark a workbook with nothing but empty tables as
 * out of date (and start an auto-recompute). Taken as Appraise's own: every
 * change while tables are being created, and changes on the sheets they were
 * put on (or naming no sheet) for `quietMs` after.
 */
export function createdSheetsFilter(quietMs = CREATED_SHEETS_QUIET_MS, now: () => number = Date.now) {
  let creating = 0;
  let sheets = new Set<string>();
  let until = 0;
  return {
    async create(action: () => Promise<CreateInputTablesReport>): Promise<void> {
      creating++;
      try {
        const report = await action();
        sheets = new Set([...report.sheets, ...(report.guide === null ? [] : [report.guide])].map((s) => s.toLowerCase()));
        until = now() + quietMs;
      } finally {
        creating--;
      }
    },
    isOwn(notice: ChangeNotice): boolean {
      if (creating > 0) return true;
      if (now() >= until) return false;
      const sheet = notice.worksheetName?.toLowerCase();
      return sheet === undefined || sheets.has(sheet);
    },
  };
}

/** "Import from a sheet" over the active sheet, in the run's chunk (it grades to check the import). */
async function importSheet(created: ReturnType<typeof createdSheetsFilter>, lang: Lang, year: number): Promise<SheetImportReport> {
  let report: SheetImportReport | null = null;
  await created.create(async () => {
    report = await (await loadRunModules()).importFromSheet(undefined, { lang, fallbackYear: year });
    return report.created ?? { created: [], skipped: [], sheets: [], guide: null };
  });
  return report as unknown as SheetImportReport;
}

/** Builds the pane's API over Office.js. Call once, after Office.onReady. */
export function createOfficePane(): OfficePane {
  const lang = langOfTag(Office.context.displayLanguage);
  const port = createExcelPort();
  const created = createdSheetsFilter();
  const subscribe = subscribeTableChanges();
  const host: PaneHost = {
    port,
    engine: loadRunModules,
    lang,
    version: VERSION,
    describeHostError,
    selectCell: (address) => selectCell(address),
    // Headed in the pane's language; the pane lists the tables again afterwards.
    createInputTables: (year) => created.create(async () => (await loadRunModules()).createInputTables(undefined, lang, year)),
    // The import writes as Create input tables does: its change events are Appraise's own too.
    importFromSheet: (year) => importSheet(created, lang, year),
    onInputsChanged: (listener) =>
      subscribe((notice) => {
        if (isInputChange(notice) && !created.isOwn(notice)) listener();
      }),
    setAutoRecompute: saveAutoRecompute,
    whenCellEditEnds: () => whenCellEditEnds(),
    onRecheckStale: (listener) => subscribeStaleRechecks(listener),
    // The audit grades, so it lives in the run's chunk with the engine.
    auditResults: async () => (await loadRunModules()).auditInExcel(officeRun),
    // recomputeInExcel queues the pane's runs with the ribbon command's, on the same port.
    recompute: async (onPhase: (phase: RunPhase) => void): Promise<PaneRunResult> => toPaneRunResult(await recomputeInExcel({ port, lang, onPhase })),
  };
  const api = {
    ...createPaneApi(host),
    // Every run of recomputeInExcel in this page, the pane's own included (usePane tells them apart).
    onRunFinished: (listener: (result: PaneRunResult) => void) => onRunFinished((report) => listener(toPaneRunResult(report))),
  };
  return { api, lang, initialAutoRecompute: documentSettings()?.get(AUTO_RECOMPUTE_SETTING) === true };
}
