/**
 * One recompute in Excel, for the ribbon's Recompute command (and anything
 * else that wants the whole run as a value): the shared run over the Office.js
 * port, in Office's display language, with host failures described in plain
 * words instead of thrown.
 */
import type { Lang } from "../../engine/types";
import { VERSION } from "../../version";
import { loadRunModules } from "./loadRunModules";
import { officeLang } from "./officeLang";
import { OUTPUT_SHEETS, type WorkbookPort } from "../port";
import type { RunOutcome, RunPhase } from "../runAppraisal";
import { createExcelPort } from "./createExcelPort";
import { describeHostError } from "./describeHostError";
import type { HostError } from "../hostError";
import { officeRun, type ExcelRunner } from "./excelRun";
import type { LockAttempt, RunLockOptions } from "./runLock";
import type { RunLockHolder } from "./runLockCells";

export interface RecomputeOptions {
  /** `Excel.run` unless given (tests give the fake host's). */
  readonly run?: ExcelRunner;
  /** A port to use instead of a new Office.js one. */
  readonly port?: WorkbookPort;
  /** Office's display language unless given. */
  readonly lang?: Lang;
  readonly version?: string;
  readonly now?: () => Date;
  readonly onPhase?: (phase: RunPhase) => void;
  /**
   * The workbook's run lock (runLock.ts), taken before the run and released
   * after, so co-authors never run at once; null: no lock (a workbook only
   * this page writes, as in most tests).
   */
  readonly lock?: RunLockOptions | null;
}

export interface RecomputeReport {
  /** True when the outputs, Results included, were written. */
  readonly ok: boolean;
  readonly messageZh: string;
  readonly messageEn: string;
  /** The run's outcome, when it got that far. */
  readonly outcome?: RunOutcome;
  /** The host failure, when there was one. */
  readonly error?: HostError;
}

/** The outcome in one sentence per language. */
export function summarize(outcome: RunOutcome): Pick<RecomputeReport, "ok" | "messageZh" | "messageEn"> {
  const { result, written } = outcome;
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  const [errors, warnings] = [count("error"), count("warning")];
  const graded = result.units.filter((u) => u.graded).length;
  const { results, warnings: warningsSheet } = OUTPUT_SHEETS;
  if (!written) {
    const conflicts = result.diagnostics.filter((d) => d.code === "OUTPUT_CONFLICT");
    return {
      ok: false,
      messageZh: `未写入任何内容。${conflicts.map((d) => d.message.zh).join(" ")}`,
      messageEn: `Nothing was written. ${conflicts.map((d) => d.message.en).join(" ")}`,
    };
  }
  if (result.resultsWithheld) {
    return {
      ok: false,
      messageZh: `“${results.sheet}”未更新：发现 ${errors} 个错误，请查看“${warningsSheet.sheet}”工作表。`,
      messageEn: `"${results.sheet}" was not updated: ${errors} error(s) found. See the "${warningsSheet.sheet}" sheet.`,
    };
  }
  return {
    ok: true,
    messageZh: `已完成：${result.units.length} 个单位，${graded} 个评定了等次；${errors} 个错误，${warnings} 个警告。`,
    messageEn: `Done: ${result.units.length} units, ${graded} graded; ${errors} error(s), ${warnings} warning(s).`,
  };
}

/**
 * When the lock was taken at, as a time of day in the user's time zone ("09:05:12").
 * @example
 * clockTime(new Date(2026, 4, 10, 9, 5, 12)) //=> "09:05:12"
 */
export function clockTime(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
}

/**
 * The failure when another co-author's run still holds the lock: who runs,
 * since when, and when the lock lapses should their Excel have closed.
 * @example
 * runLockedError(holder).code //=> "RunLocked"
 */
export function runLockedError(holder: RunLockHolder): HostError {
  const [since, until] = [clockTime(holder.since), clockTime(holder.expires)];
  return {
    code: "RunLocked",
    messageZh: `另一位共同编辑者（${holder.who}）自 ${since} 起正在重新计算本工作簿；为免两次运行同时写入，本次未写入任何内容。请待其完成后再点“重新计算”；若对方的 Excel 已关闭，该锁于 ${until} 自动失效。`,
    messageEn: `A co-author (${holder.who}) has been recomputing this workbook since ${since}; so that two runs never write at once, nothing was written. Select Recompute again once theirs is done; if their Excel was closed, the lock lapses at ${until}.`,
    retryable: true,
  };
}

export interface Recomputer {
  readonly recompute: (options?: RecomputeOptions) => Promise<RecomputeReport>;
  readonly onRunFinished: (listener: (report: RecomputeReport) => void) => () => void;
}

/**
 * One page's runs (the ribbon and the pane share one page in the shared
 * runtime): chained, so two writes from one page never interleave, and
 * reported to the page's listeners. Co-authors' pages are other Recomputers:
 * the workbook's run lock keeps them apart (`lock`).
 */
export function createRecomputer(): Recomputer {
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(report: RecomputeReport) => void>();
  return {
    recompute(options: RecomputeOptions = {}) {
      const next = queue
        .then(() => recomputeLocked(options))
        .then((report) => {
          notifyRunFinished(listeners, report);
          return report;
        });
      queue = next.catch(() => undefined);
      return next;
    },
    onRunFinished(listener) {
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const entry = (report: RecomputeReport) => listener(report);
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
  };
}

/** This page's runs: the ribbon command's and the pane's. */
export const pageRecomputer = createRecomputer();
const page = pageRecomputer;

/**
 * Calls `listener` with the report of every run of recomputeInExcel that
 * finishes from now on, whoever started it: the ribbon's Recompute button
 * and the task pane share one page (the shared runtime), so a run from the
 * ribbon can refresh an open pane. Called after the run and before its caller
 * gets the report. Returns the function that unsubscribes.
 * @example
 * const stop = onRunFinished((report) => show(report));
 * await recomputeInExcel(); // show(report) was called
 * stop();
 */
export function onRunFinished(listener: (report: RecomputeReport) => void): () => void {
  return page.onRunFinished(listener);
}

/**
 * Tells every listener. One that throws does not stop the others nor fail the
 * run: its error is rethrown on its own (reaching the host's error reporting),
 * not swallowed.
 */
function notifyRunFinished(listeners: Set<(report: RecomputeReport) => void>, report: RecomputeReport): void {
  for (const listener of [...listeners]) {
    try {
      listener(report);
    } catch (e) {
      setTimeout(() => {
        throw e;
      }, 0);
    }
  }
}

/**
 * Reads, grades and writes; never rejects for a host failure. Runs started
 * while one is under way wait for it. Every finished run is reported to the
 * onRunFinished listeners.
 * @example
 * const report = await recomputeInExcel();
 * report.ok //=> true
 */
export function recomputeInExcel(options: RecomputeOptions = {}): Promise<RecomputeReport> {
  return page.recompute(options);
}

/** The lock when it cannot be read or written (see recomputeLocked): the run goes on without one. */
const NO_LOCK: LockAttempt = { ok: true, release: async () => undefined };

/**
 * The run inside the workbook's run lock, when there is one. A lock that
 * cannot be read or written (a workbook whose structure is protected, so no
 * sheet can be added) does not stop the run: the run itself then meets the
 * same failure or succeeds, as before the lock existed.
 */
async function recomputeLocked(options: RecomputeOptions): Promise<RecomputeReport> {
  const lockOptions = options.lock;
  if (lockOptions === undefined || lockOptions === null) return recomputeOnce(options);
  // The lock's code comes with the run's chunk (runModules.ts), not in the pane's first paint.
  const take = async (): Promise<LockAttempt> => (await loadRunModules()).takeRunLock(options.run ?? officeRun, lockOptions);
  const lock = await take().catch(() => NO_LOCK);
  if (!lock.ok) {
    const error = runLockedError(lock.holder);
    return { ok: false, messageZh: error.messageZh, messageEn: error.messageEn, error };
  }
  try {
    return await recomputeOnce(options);
  } finally {
    // A failed release leaves the lock to expire (RUN_LOCK_TIMEOUT_MS): the run's report stands.
    await lock.release().catch(() => undefined);
  }
}

async function recomputeOnce(options: RecomputeOptions): Promise<RecomputeReport> {
  const port = options.port ?? createExcelPort(options.run);
  try {
    // The engine's chunk: loaded by now in the pane (fetched after its first paint); a failed fetch is a host failure like any other.
    const { runAppraisal } = await loadRunModules();
    const outcome = await runAppraisal(port, {
      lang: options.lang ?? officeLang(),
      version: options.version ?? VERSION,
      now: options.now?.() ?? new Date(),
      onPhase: options.onPhase,
    });
    return { ...summarize(outcome), outcome };
  } catch (e) {
    const error = describeHostError(e);
    return { ok: false, messageZh: error.messageZh, messageEn: error.messageEn, error };
  }
}
