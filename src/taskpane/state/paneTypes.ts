/**
 * The contract between the task pane and whatever host it runs in. The pane
 * gets a {@link PaneApi} as a prop and never touches `Excel`: the add-in builds
 * one over Office.js (App.tsx), tests build one over a fake host or by hand.
 *
 * Host failures are values, not rejections: every call that can fail resolves
 * to `{ok: false, error}` with a message in plain words in both languages.
 */
import type { GradeResult, TableName } from "../../engine/types";
import type { ChangesSinceLastRun } from "../../workbook/history/changes";
import type { ResultsAudit } from "../../workbook/audit/auditResults";
import type { HostError } from "../../workbook/hostError";
import type { ImportFinding } from "../../workbook/import/importMessages";
import type { RunPhase } from "../../workbook/runAppraisal";

export type { ChangesSinceLastRun, ResultsAudit };

export type { RunPhase };

export type { HostError };

export interface PaneFailure {
  readonly ok: false;
  readonly error: HostError;
}

/** What one recompute gave: the graded result, and whether the outputs were written. */
export type PaneRunResult =
  { readonly ok: true; readonly result: GradeResult; readonly written: boolean; readonly changes?: ChangesSinceLastRun } | PaneFailure;

/** One input table of SPEC section 2 and whether the workbook has it. */
export interface TableStatus {
  readonly name: TableName;
  readonly zh: string;
  readonly found: boolean;
  /** Data rows that are not blank (0 when not found). */
  readonly rows: number;
  readonly required: boolean;
  /** A table that can stand in for this one (Satisfaction ⇄ Survey). */
  readonly alternative?: TableName;
}

/**
 * What "Import from a sheet" did (SPEC section 9): the sheet read, the year,
 * whether the tables were written, and the import's report (every column
 * mapped, row skipped, note not understood, and the check against the
 * sheet's own 综合得分), each finding at its cell of the sheet read.
 */
export interface SheetImport {
  readonly sheet: string;
  readonly year: number | null;
  readonly written: boolean;
  /** Whether the sheet's merged areas could be read (ExcelApi 1.13); without them the header is read as unmerged by hand. */
  readonly mergedAreas: boolean;
  readonly findings: readonly ImportFinding[];
}

export type SheetImportResult = { readonly ok: true; readonly report: SheetImport } | PaneFailure;

export type InspectResult = { readonly ok: true; readonly tables: readonly TableStatus[] } | PaneFailure;

/** An input change as the pane gets it: `remote` when a co-author made it in their Excel. */
export interface InputChange {
  readonly remote: boolean;
}

/** Another co-author's run that holds the workbook's run lock: who, and since when ("09:05:12", the user's time). */
export interface RunLockWait {
  readonly who: string;
  readonly since: string;
}

/** The outcome of an action with no data to return. */
export type PaneActionResult = { readonly ok: true } | PaneFailure;

/** Everything the pane can ask of its host. */
export interface PaneApi {
  /** Which input tables exist, with their row counts. */
  inspect(): Promise<InspectResult>;
  /** Reads, grades and writes; reports each phase as it starts. */
  recompute(onPhase: (phase: RunPhase) => void, onLockWait?: (wait: RunLockWait) => void): Promise<PaneRunResult>;
  /** Selects a sheet address such as `指标!F7` in the workbook. */
  selectCell(address: string): Promise<PaneActionResult>;
  /** Creates the input tables the workbook lacks (existing ones are left alone), with the Rules of the appraisal of `year`. */
  createInputTables(year: number): Promise<PaneActionResult>;
  /**
   * Imports last year's summary from the active sheet into new input tables
   * (the sheet is only read), their Rules for the year its title names, else
   * `year`. Absent where the host cannot (the pane then offers no import).
   */
  importFromSheet?(year: number): Promise<SheetImportResult>;
  /** False when the host cannot create tables: the pane then tells how to add them by hand. Default true. */
  readonly canCreateInputTables?: boolean;
  /** False when the host cannot take page setup from an add-in (ExcelApi 1.9): the pane says how to set it by hand. Default true. */
  readonly printSetupSupported?: boolean;
  /** True when the inputs differ from those of the last recorded run (fingerprint check). */
  isStale(): Promise<boolean>;
  /**
   * Calls `listener` when an input table changes. Appraise's own writes must not
   * be reported. A co-author's change comes with `remote: true`: it marks
   * the results out of date and never starts a run here. Returns the
   * function that unsubscribes.
   */
  onInputsChanged(listener: (change?: InputChange) => void): () => void;
  /** Remembers the auto-recompute choice (the pane itself starts the runs). */
  setAutoRecompute(on: boolean): void;
  /**
   * Resolves when the user is no longer editing a cell (at once when they
   * are not); rejects where the host cannot tell. The pane retries a run it
   * started on its own, which failed for cell-edit mode, then.
   */
  whenCellEditEnds?(): Promise<void>;
  /**
   * Calls `listener` when the inputs may have changed in ways change events
   * miss: the pane became visible again, rows were deleted. The pane then
   * checks staleness by fingerprint. Returns the function that unsubscribes.
   */
  onRecheckStale?(listener: () => void): () => void;
  /**
   * The audit of SPEC §7 (as `appraise verify`): Results' cells compared with
   * what the inputs give. The pane asks once when it opens and lists the
   * cells edited by hand. Absent: no audit. Rejects on a host failure.
   */
  auditResults?(): Promise<ResultsAudit>;
}
