/**
 * One recompute in Excel, for the ribbon's Recompute command (and anything
 * else that wants the whole run as a value): the shared run over the Office.js
 * port, in Office's display language, with host failures described in plain
 * words instead of thrown.
 */
import type { Lang } from "../../engine/types";
import { VERSION } from "../../version";
import { OUTPUT_SHEETS, type WorkbookPort } from "../port";
import { runAppraisal, type RunOutcome, type RunPhase } from "../runAppraisal";
import { createExcelPort } from "./createExcelPort";
import { describeHostError, type HostErrorDescription } from "./describeHostError";
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
  readonly error?: HostErrorDescription;
}

/**
 * "zh" when Office's display language is Chinese (zh-CN, zh-TW…), else "en".
 * @example
 * langOf("zh-CN") //=> "zh"
 * langOf("en-US") //=> "en"
 */
export function langOf(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

function officeLang(): Lang {
  return langOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
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

/**
 * Reads, grades and writes; never rejects for a host failure. Runs started
 * while one is under way wait for it.
 * @example
 * const report = await recomputeInExcel();
 * report.ok //=> true
 */
export function recomputeInExcel(options: RecomputeOptions = {}): Promise<RecomputeReport> {
  const next = queue.then(() => recomputeOnce(options));
  queue = next.catch(() => undefined);
  return next;
}

async function recomputeOnce(options: RecomputeOptions): Promise<RecomputeReport> {
  const port = options.port ?? createExcelPort(options.run);
  try {
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
