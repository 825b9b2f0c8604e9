/**
 * The task pane's state and every change to it, as a pure reducer over a
 * discriminated union of events. usePane holds the order of events (which
 * calls to the host start which runs); this file holds what each event does
 * to what the pane shows, so the subtle rules can be read and tested without
 * rendering anything:
 * - one run at a time: while the pane's own run is under way (`phase` is not
 *   null), a ribbon run's report and the opening audit are left to that run;
 * - an input change during a run is remembered (`changedDuringRun`): the
 *   run's results arrive already out of date and a follow-up is due after it;
 * - a co-author's input change (remote) marks the results out of date
 *   (`staleByCoauthor`) and starts nothing; the pane's next run reads it;
 * - an input change otherwise makes the results stale and a follow-up due
 *   (`followUpPending`) once the quiet time passes; a run started meanwhile
 *   reads the inputs as they are, so it cancels that follow-up;
 * - only a click shows an error: a run or an inspection the pane started on
 *   its own that met cell-edit mode fails quietly (the results say they are
 *   out of date, and usePane runs again when editing ends).
 */
import type { GradeResult } from "../../engine/types";
import type {
  ChangesSinceLastRun,
  PaneActionResult,
  HostError,
  PaneRunResult,
  ResultsAudit,
  RunLockWait,
  RunPhase,
  SheetImport,
  SheetImportResult,
  TableStatus,
} from "./paneTypes";

/** Who started a run: a click may show an error; an event's run fails quietly for cell-edit mode. */
export type RunOrigin = "click" | "event";

/** What the Retry button repeats. */
export type PaneAction = "inspect" | "recompute" | "create" | "select" | "import";

export interface PaneFailureState {
  readonly error: HostError;
  readonly action: PaneAction;
}

export interface PaneOutcome {
  readonly result: GradeResult;
  readonly written: boolean;
  /** What changed since the last History block (absent where the host does not say). */
  readonly changes?: ChangesSinceLastRun;
}

export interface PaneState {
  /** Null until the first inspection answers. */
  readonly tables: readonly TableStatus[] | null;
  /** The phase of the pane's run in progress ("starting" before the first), or null when idle. */
  readonly phase: RunPhase | "starting" | null;
  readonly creating: boolean;
  /** "Import from a sheet" is under way. */
  readonly importing: boolean;
  /** The report of the last import (written or refused), shown until dismissed. */
  readonly imported: SheetImport | null;
  /** The last successful run of this session. */
  readonly outcome: PaneOutcome | null;
  readonly failure: PaneFailureState | null;
  readonly stale: boolean;
  /** The audit made when the pane opened (cells of Results edited by hand), or null. */
  readonly audit: ResultsAudit | null;
  readonly auto: boolean;
  /** The appraisal year "Create input tables" writes into Rules (the current year until the user changes it). */
  readonly year: number;
  /** The inputs changed while the pane's run was under way. */
  readonly changedDuringRun: boolean;
  /** A follow-up of input changes (refresh the tables, run if auto) waits for the quiet time to pass. */
  readonly followUpPending: boolean;
  /** The results are out of date because a co-author changed the inputs (no run starts for that here). */
  readonly staleByCoauthor: boolean;
  /** The pane's run waits for a co-author's run, which holds the workbook's run lock. */
  readonly lockWait: RunLockWait | null;
}

/** Everything that changes the pane's state. */
export type PaneEvent =
  | { readonly type: "inspected"; readonly tables: readonly TableStatus[] }
  | { readonly type: "inspectFailed"; readonly origin: RunOrigin; readonly error: HostError }
  | { readonly type: "runStarted"; readonly origin: RunOrigin }
  | { readonly type: "phase"; readonly phase: RunPhase }
  | { readonly type: "runFinished"; readonly origin: RunOrigin; readonly result: PaneRunResult }
  | { readonly type: "ribbonRunFinished"; readonly result: PaneRunResult }
  | { readonly type: "inputsChanged" }
  | { readonly type: "remoteInputsChanged" }
  | { readonly type: "lockWait"; readonly wait: RunLockWait }
  | { readonly type: "followUpDue" }
  | { readonly type: "staleFound" }
  | { readonly type: "audited"; readonly audit: ResultsAudit }
  | { readonly type: "createStarted" }
  | { readonly type: "createFinished"; readonly result: PaneActionResult }
  | { readonly type: "selectFinished"; readonly result: PaneActionResult }
  | { readonly type: "importStarted" }
  | { readonly type: "importFinished"; readonly result: SheetImportResult }
  | { readonly type: "importClosed" }
  | { readonly type: "autoSet"; readonly on: boolean }
  | { readonly type: "yearSet"; readonly year: number }
  | { readonly type: "dismissed" };

const CELL_EDIT = "InvalidOperationInCellEditMode";

/** Whether a host failure is Excel refusing because the user is typing in a cell (worth waiting out, not showing). */
export const isCellEdit = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === CELL_EDIT;

/**
 * Whether a failure is kept quiet: one the pane met on its own (an event's)
 * because the user is typing in a cell.
 * @example
 * isQuietFailure("event", { code: "InvalidOperationInCellEditMode", ... }) //=> true
 * isQuietFailure("click", { code: "InvalidOperationInCellEditMode", ... }) //=> false
 */
export const isQuietFailure = (origin: RunOrigin, error: HostError): boolean => origin === "event" && isCellEdit(error);

/** Whether the pane's own run is under way. */
export const isRunning = (s: PaneState): boolean => s.phase !== null;

/**
 * The state when the pane opens.
 * @example
 * initialPaneState({ auto: false, year: 2026 }).tables //=> null
 */
export function initialPaneState({ auto, year }: { readonly auto: boolean; readonly year: number }): PaneState {
  const idle = {
    phase: null,
    creating: false,
    importing: false,
    changedDuringRun: false,
    followUpPending: false,
    staleByCoauthor: false,
    lockWait: null,
  } as const;
  return { ...idle, imported: null, tables: null, outcome: null, failure: null, stale: false, audit: null, auto, year };
}

const failed = (s: PaneState, action: PaneAction, error: HostError): PaneState => ({ ...s, failure: { error, action } });
/** Clears a failure of `action` (a later success of the same action answers it); other failures stay. */
const cleared = (s: PaneState, action: PaneAction): PaneState => (s.failure?.action === action ? { ...s, failure: null } : s);

/** A successful run's results, the pane's or the ribbon's; a written run makes the opening audit no longer hold. */
function showRun(s: PaneState, run: Extract<PaneRunResult, { ok: true }>, stale: boolean): PaneState {
  const outcome = { result: run.result, written: run.written, changes: run.changes };
  return { ...s, outcome, stale, staleByCoauthor: stale && s.staleByCoauthor, audit: run.written ? null : s.audit };
}

function runFinished(s: PaneState, { origin, result }: Extract<PaneEvent, { type: "runFinished" }>): PaneState {
  const idle: PaneState = { ...s, phase: null, changedDuringRun: false, followUpPending: s.changedDuringRun, lockWait: null };
  if (result.ok) {
    // A co-author's change during the run may or may not have been read (it depends on when it arrived): the results stay marked.
    const shown = showRun(idle, result, s.changedDuringRun || s.staleByCoauthor);
    return origin === "event" ? cleared(shown, "recompute") : shown;
  }
  return isQuietFailure(origin, result.error) ? { ...idle, stale: true } : failed(idle, "recompute", result.error);
}

function ribbonRunFinished(s: PaneState, { result }: Extract<PaneEvent, { type: "ribbonRunFinished" }>): PaneState {
  if (isRunning(s)) return s;
  return result.ok ? cleared(showRun(s, result, false), "recompute") : failed(s, "recompute", result.error);
}

type Handlers = { readonly [T in PaneEvent["type"]]: (s: PaneState, e: Extract<PaneEvent, { type: T }>) => PaneState };

const HANDLERS: Handlers = {
  inspected: (s, e) => cleared({ ...s, tables: e.tables }, "inspect"),
  inspectFailed: (s, e) => (isQuietFailure(e.origin, e.error) ? s : failed(s, "inspect", e.error)),
  runStarted: (s, e) =>
    isRunning(s)
      ? s
      : {
          ...s,
          phase: "starting",
          changedDuringRun: false,
          followUpPending: false,
          staleByCoauthor: false,
          failure: e.origin === "click" ? null : s.failure,
        },
  // A phase reported after its run ended would show progress for no run.
  phase: (s, e) => (isRunning(s) ? { ...s, phase: e.phase, lockWait: null } : s),
  runFinished,
  ribbonRunFinished,
  inputsChanged: (s) => (isRunning(s) ? { ...s, changedDuringRun: true } : { ...s, stale: true, followUpPending: true }),
  remoteInputsChanged: (s) => ({ ...s, stale: isRunning(s) ? s.stale : true, staleByCoauthor: true }),
  lockWait: (s, e) => (isRunning(s) ? { ...s, lockWait: e.wait } : s),
  followUpDue: (s) => ({ ...s, followUpPending: false }),
  staleFound: (s) => (isRunning(s) ? s : { ...s, stale: true }),
  audited: (s, e) => (isRunning(s) ? s : { ...s, audit: e.audit }),
  createStarted: (s) => ({ ...s, creating: true, failure: null }),
  createFinished: (s, e) => (e.result.ok ? { ...s, creating: false } : failed({ ...s, creating: false }, "create", e.result.error)),
  importStarted: (s) => ({ ...s, importing: true, imported: null, failure: null }),
  importFinished: (s, e) =>
    e.result.ok ? { ...s, importing: false, imported: e.result.report } : failed({ ...s, importing: false }, "import", e.result.error),
  importClosed: (s) => ({ ...s, imported: null }),
  selectFinished: (s, e) => (e.result.ok ? cleared(s, "select") : failed(s, "select", e.result.error)),
  autoSet: (s, e) => ({ ...s, auto: e.on }),
  yearSet: (s, e) => ({ ...s, year: e.year }),
  dismissed: (s) => ({ ...s, failure: null }),
};

function handle<T extends PaneEvent["type"]>(s: PaneState, e: Extract<PaneEvent, { type: T }>): PaneState {
  return HANDLERS[e.type](s, e);
}

/**
 * The pane's next state after an event: pure, so the same events always give the same state.
 * @example
 * paneReducer(initialPaneState({ auto: false, year: 2026 }), { type: "inputsChanged" }).stale //=> true
 */
export function paneReducer(s: PaneState, e: PaneEvent): PaneState {
  return handle(s, e);
}
