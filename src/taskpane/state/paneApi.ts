/**
 * Builds the pane's {@link PaneApi} from a host's parts: a WorkbookPort to read
 * and write, and the few host actions the port does not cover. App.tsx gives it
 * the Office.js adapter; the end-to-end test gives it a fake host, so both run
 * the same pane over the same code path.
 *
 * Every host failure becomes `{ok: false, error}` through `describeHostError`:
 * the pane shows it in plain words, nothing is logged and carried on.
 */
import type { GradeResult, Lang, WorkbookInput } from "../../engine/types";
import { isStale } from "../../workbook/audit/staleness";
import type { WorkbookPort, WorkbookSnapshot } from "../../workbook/port";
import type { RunOptions, RunOutcome } from "../../workbook/runAppraisal";
import { STRINGS } from "../strings/i18n";
import { tableStatuses } from "./inputTables";
import type {
  InputChange,
  PaneActionResult,
  PaneApi,
  HostError,
  PaneFailure,
  PaneRunResult,
  ResultsAudit,
  RunLockWait,
  RunPhase,
  SheetImport,
} from "./paneTypes";

/** What createInputTables answers on a host that cannot add tables. */
const TABLES_BY_HAND: HostError = {
  code: "NotSupported",
  messageZh: STRINGS.zh.createTablesByHand,
  messageEn: STRINGS.en.createTablesByHand,
  retryable: false,
};

/**
 * The grading code, which a host loads when a run or a stale check needs it
 * (the add-in fetches it as a chunk after the first paint): the pane never
 * imports it, so its first paint does not carry it.
 */
export interface PaneEngine {
  readonly grade: (input: WorkbookInput) => GradeResult;
  readonly runAppraisal: (port: WorkbookPort, options: RunOptions) => Promise<RunOutcome>;
}

export interface PaneHost {
  readonly port: WorkbookPort;
  /** Loads the grading code (once; a failed load may be tried again). */
  readonly engine: () => Promise<PaneEngine>;
  /** The language of the written outputs (headers, tier labels). */
  readonly lang: Lang;
  /** Appraise's version, written to the RunLog. */
  readonly version: string;
  /** The run's time; `new Date()` unless a test fixes it. */
  readonly now?: () => Date;
  readonly describeHostError: (e: unknown) => HostError;
  readonly selectCell: (address: string) => Promise<void>;
  /** Adds the input tables the workbook lacks; when absent, the pane tells how to add them by hand. */
  readonly createInputTables?: (year: number) => Promise<void>;
  /** Imports the active sheet's summary into new input tables (see PaneApi.importFromSheet); when absent, no import is offered. */
  readonly importFromSheet?: (year: number) => Promise<SheetImport>;
  /** Whether the print sheets' page setup is written (ExcelApi 1.9); true unless given. */
  readonly printSetupSupported?: boolean;
  /**
   * The host's own staleness check; when absent, the port's snapshot's last
   * run against the inputs, by audit/staleness.ts (as verify and the audit).
   */
  readonly isStale?: () => Promise<boolean>;
  /** Input-table change events, with Appraise's own writes filtered out. */
  readonly onInputsChanged?: (listener: (change?: InputChange) => void) => () => void;
  readonly setAutoRecompute?: (on: boolean) => void;
  /** See PaneApi.whenCellEditEnds. */
  readonly whenCellEditEnds?: () => Promise<void>;
  /** See PaneApi.onRecheckStale. */
  readonly onRecheckStale?: (listener: () => void) => () => void;
  /** See PaneApi.auditResults. */
  readonly auditResults?: () => Promise<ResultsAudit>;
  /** The run itself: runAppraisal unless a test gives another. */
  readonly run?: (port: WorkbookPort, options: RunOptions) => Promise<RunOutcome>;
  /**
   * The whole recompute, when the host has its own (the add-in queues the
   * pane's runs with the ribbon's, so two writes never interleave). Replaces
   * `run`; it must report host failures as `{ok: false}`.
   */
  readonly recompute?: (onPhase: (phase: RunPhase) => void, onLockWait?: (wait: RunLockWait) => void) => Promise<PaneRunResult>;
}

/** The whole recompute: the host's own, or `run` over the port, its failures as `{ok: false}`. */
function recomputeOver(host: PaneHost, fail: (e: unknown) => PaneFailure): PaneApi["recompute"] {
  if (host.recompute !== undefined) return host.recompute;
  const run = host.run ?? (async (port: WorkbookPort, options: RunOptions) => (await host.engine()).runAppraisal(port, options));
  const now = host.now ?? (() => new Date());
  return async (onPhase) => {
    try {
      const outcome = await run(host.port, { lang: host.lang, version: host.version, now: now(), onPhase });
      return { ok: true, result: outcome.result, written: outcome.written, changes: outcome.changes };
    } catch (e) {
      return fail(e);
    }
  };
}

/**
 * The host's own staleness check, or the one every host shares
 * (audit/staleness.ts): the inputs' fingerprint against the last run's,
 * which the port's snapshot carries (the RunLog read by its headers).
 */
function staleCheck(host: PaneHost, read: () => Promise<WorkbookSnapshot>): PaneApi["isStale"] {
  if (host.isStale !== undefined) return host.isStale;
  return async () => {
    const snapshot = await read();
    const last = snapshot.lastRunFingerprint ?? null;
    // Never graded: nothing is out of date, and the grading chunk (SHA-256, decimal.js) need not load for it.
    if (last === null) return false;
    const { grade } = await host.engine();
    return isStale(grade(snapshot.input).inputFingerprint, last);
  };
}

/** The host's import, its failures as `{ok: false}`; undefined where the host has none. */
function importOver(host: PaneHost, fail: (e: unknown) => PaneFailure): PaneApi["importFromSheet"] {
  const importFrom = host.importFromSheet;
  if (importFrom === undefined) return undefined;
  return async (year) => {
    try {
      return { ok: true, report: await importFrom(year) };
    } catch (e) {
      return fail(e);
    }
  };
}

/**
 * @example
 * const api = createPaneApi({ port, lang: "zh", version: "0.1.0", describeHostError, selectCell, createInputTables });
 * await api.recompute(() => {}) //=> { ok: true, result: {...}, written: true }
 */
export function createPaneApi(host: PaneHost): PaneApi {
  const fail = (e: unknown): PaneFailure => ({ ok: false, error: host.describeHostError(e) });
  // The pane asks for the tables and for staleness together when it opens: one read serves both.
  let reading: Promise<WorkbookSnapshot> | null = null;
  const read = (): Promise<WorkbookSnapshot> => {
    reading ??= host.port.read().finally(() => (reading = null));
    return reading;
  };
  const attempt = async (action: () => Promise<void>): Promise<PaneActionResult> => {
    try {
      await action();
      return { ok: true };
    } catch (e) {
      return fail(e);
    }
  };

  return {
    async inspect() {
      try {
        const snapshot = await read();
        return { ok: true, tables: tableStatuses(snapshot.input.tables) };
      } catch (e) {
        return fail(e);
      }
    },
    recompute: recomputeOver(host, fail),
    selectCell: (address) => attempt(() => host.selectCell(address)),
    canCreateInputTables: host.createInputTables !== undefined,
    printSetupSupported: host.printSetupSupported ?? true,
    createInputTables: (year) => {
      const create = host.createInputTables;
      return create === undefined ? Promise.resolve({ ok: false, error: TABLES_BY_HAND }) : attempt(() => create(year));
    },
    importFromSheet: importOver(host, fail),
    isStale: staleCheck(host, read),
    onInputsChanged: (listener) => host.onInputsChanged?.(listener) ?? (() => undefined),
    setAutoRecompute: (on) => host.setAutoRecompute?.(on),
    whenCellEditEnds: host.whenCellEditEnds,
    onRecheckStale: host.onRecheckStale,
    auditResults: host.auditResults,
  };
}
