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
import type { ExcelRunner } from "./excelRun";

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

/** The runs started here, chained: the ribbon and the auto-recompute share one page, and two writes must not interleave. */
let queue: Promise<unknown> = Promise.resolve();

/** Listeners of finished runs (see onRunFinished). */
const runListeners = new Set<(report: RecomputeReport) => void>();

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
  // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
  const entry = (report: RecomputeReport) => listener(report);
  runListeners.add(entry);
  return () => void runListeners.delete(entry);
}

/**
 * Tells every listener. One that throws does not stop the others nor fail the
 * run: its error is rethrown on its own (reaching the host's error reporting),
 * not swallowed.
 */
function notifyRunFinished(report: RecomputeReport): void {
  for (const listener of [...runListeners]) {
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
  const next = queue
    .then(() => recomputeOnce(options))
    .then((report) => {
      notifyRunFinished(report);
      return report;
    });
  queue = next.catch(() => undefined);
  return next;
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
