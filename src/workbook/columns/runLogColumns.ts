/**
 * The RunLog table: one row per run, appended. A run whose Results were
 * withheld is logged too (the log records every run), with its error and
 * warning counts, blank unit and tier counts, and a note saying nothing
 * was graded. The last two columns (issue 17; a log written before has
 * none, and keeps its rows) are the audit's: the output fingerprint and the
 * chain digest (SPEC §6). They stay last, so the rows of an older log line up.
 */
import type { GradeResult, Lang, Severity, Tier } from "../../engine/types";
import type { OutputColumn } from "./column";

/** What the RunLog records of a run. */
export interface LoggedRun {
  readonly result: GradeResult;
  /** Appraise's version. */
  readonly version: string;
  /** The run's time, written as ISO 8601. */
  readonly now: Date;
  /** A remark for the Note column (e.g. workbook parts a file library dropped). */
  readonly note?: string;
  /** "sha256:…" of the Results as this run wrote them (audit/digests.ts), or null when it wrote none. */
  readonly outputFingerprint: string | null;
  /** The chain digest (audit/digests.ts) over the previous row's, this row's other cells and this run's History block. */
  readonly chainDigest: string;
}

const WITHHELD_NOTE = {
  zh: "未评定：存在阻止评定的错误，考评结果未更新（见校验提示）",
  en: "Nothing graded: errors stopped the run; Results were not updated (see Warnings)",
};

/** A count of units, blank when nothing was graded. */
const unitCount = (run: LoggedRun, n: number): number | null => (run.result.resultsWithheld ? null : n);
const tierCount = (run: LoggedRun, tier: Tier): number | null => unitCount(run, run.result.units.filter((u) => u.tier === tier).length);
const severityCount = (run: LoggedRun, severity: Severity): number => run.result.diagnostics.filter((d) => d.severity === severity).length;

/** The Note: why nothing was graded, and the run's remark. */
function runNote(run: LoggedRun, lang: Lang): string | null {
  const notes = [run.result.resultsWithheld ? WITHHELD_NOTE[lang] : "", run.note ?? ""].filter((t) => t !== "");
  return notes.length === 0 ? null : notes.join(lang === "zh" ? "；" : "; ");
}

/** The columns in sheet order; the widths are fixed, as the log grows over runs. */
export const RUNLOG_COLUMNS = [
  { en: "Time", zh: "时间", format: "@", width: 26, value: (r) => r.now.toISOString() },
  { en: "Version", zh: "版本", format: "@", width: 10, value: (r) => r.version },
  { en: "InputFingerprint", zh: "输入指纹", format: "@", width: 30, value: (r) => r.result.inputFingerprint },
  { en: "Units", zh: "单位数", format: "0", width: 8, value: (r) => unitCount(r, r.result.units.length) },
  { en: "Graded", zh: "已评定", format: "0", width: 8, value: (r) => unitCount(r, r.result.units.filter((u) => u.graded).length) },
  { en: "Errors", zh: "错误", format: "0", width: 8, value: (r) => severityCount(r, "error") },
  { en: "Warnings", zh: "警告", format: "0", width: 8, value: (r) => severityCount(r, "warning") },
  { en: "First", zh: "一等", format: "0", width: 8, value: (r) => tierCount(r, "first") },
  { en: "Second", zh: "二等", format: "0", width: 8, value: (r) => tierCount(r, "second") },
  { en: "Third", zh: "三等", format: "0", width: 8, value: (r) => tierCount(r, "third") },
  { en: "Unqualified", zh: "不合格", format: "0", width: 8, value: (r) => tierCount(r, "unqualified") },
  { en: "Note", zh: "备注", format: "@", width: 40, value: (r, lang) => runNote(r, lang) },
  { en: "OutputFingerprint", zh: "输出指纹", format: "@", width: 30, value: (r) => r.outputFingerprint },
  { en: "ChainDigest", zh: "链摘要", format: "@", width: 30, value: (r) => r.chainDigest },
] as const satisfies readonly OutputColumn<LoggedRun>[];
