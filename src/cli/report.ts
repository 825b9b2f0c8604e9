/**
 * What `appraise score` tells its user: the JSON report of SPEC section 7 and
 * a readable summary per category.
 */
import { TIER_LABELS } from "../engine/messages";
import type { Diagnostic, GradeResult, Lang, Severity, Tier, UnitResult } from "../engine/types";
import { SEVERITY_LABELS, displayWidth } from "../workbook/outputs";

export interface JsonUnit {
  readonly unit: string;
  readonly category: string;
  readonly assessed: boolean;
  readonly graded: boolean;
  readonly functional: number | null;
  readonly common: number | null;
  readonly target: number | null;
  readonly bonus: number | null;
  readonly penalty: number | null;
  readonly public: number | null;
  readonly leader: number | null;
  readonly spotCheck: number | null;
  readonly composite: number | null;
  readonly rank: number | null;
  readonly categorySize: number | null;
  readonly tier: Tier | null;
  readonly margin: number | null;
  readonly vetoed: boolean;
  readonly explanation: string;
}

export interface JsonDiagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly table: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly message: string;
}

/** The JSON report of SPEC section 7. */
export interface JsonReport {
  readonly appraiseVersion: string;
  readonly inputFingerprint: string;
  readonly rules: Readonly<Record<string, string>>;
  readonly units: readonly JsonUnit[];
  readonly diagnostics: readonly JsonDiagnostic[];
}

const num = (s: string | null): number | null => (s === null ? null : Number(s));

/**
 * The report of a run. Scores are the engine's rounded decimal strings as
 * numbers (so 968.75, never 968.7500000001).
 */
export function jsonReport(result: GradeResult, lang: Lang, version: string): JsonReport {
  return {
    appraiseVersion: version,
    inputFingerprint: result.inputFingerprint,
    rules: result.rules,
    units: result.units.map((u) => ({
      unit: u.unit,
      category: u.category,
      assessed: u.assessed,
      graded: u.graded,
      functional: num(u.functional),
      common: num(u.common),
      target: num(u.target),
      bonus: num(u.bonus),
      penalty: num(u.penalty),
      public: num(u.public),
      leader: num(u.leader),
      spotCheck: num(u.spotCheck),
      composite: num(u.composite),
      rank: u.rank,
      categorySize: u.categorySize,
      tier: u.tier,
      margin: num(u.margin),
      vetoed: u.vetoed,
      explanation: u.explanation[lang],
    })),
    diagnostics: result.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      table: d.table,
      row: d.row,
      column: d.column,
      cell: d.cell,
      message: d.message[lang],
    })),
  };
}

const TIERS: readonly Tier[] = ["first", "second", "third", "unqualified"];

/** How many diagnostics of each severity. */
export function severityCounts(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * An English count with its noun: "1 unit", "2 units", "0 errors".
 * @example
 * count(1, "warning") //=> "1 warning"
 */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

const T = {
  zh: {
    units: (size: number, graded: number) => `${size} 个单位，已评定 ${graded} 个`,
    provisional: "（暂定）",
    legend: "（名额栏为“实得/名额”：超出名额来自跨越界限的并列或一票否决降等；少于名额来自一票否决、低于合格线或未评定的单位。）",
    checks: (c: Record<Severity, number>) => `校验：错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个`,
    more: (n: number) => `  ……另有 ${n} 条错误或警告，见“校验提示”工作表或 --json`,
    wrote: (file: string) => `结果已写入 ${file}`,
    notWritten: "未写入任何文件。",
    withheld: "因上述错误未进行评定，“考评结果”工作表保持不变。",
    colon: "：",
  },
  en: {
    units: (size: number, graded: number) => `${count(size, "unit")}, ${graded} graded`,
    provisional: " (provisional)",
    legend: "(Tier counts are placed/quota: above the quota from a tie across a boundary or a veto moving a unit down; below it from a veto, the threshold or ungraded units.)",
    checks: (c: Record<Severity, number>) => `Checks: ${count(c.error, "error")}, ${count(c.warning, "warning")}, ${c.info} info`,
    more: (n: number) => `  … and ${n} more ${n === 1 ? "error or warning" : "errors or warnings"}: see the Warnings sheet or --json`,
    wrote: (file: string) => `Wrote ${file}`,
    notWritten: "Nothing was written.",
    withheld: "Nothing was graded because of the errors above; the Results sheet is left as it was.",
    colon: ": ",
  },
} as const;

/** Units named per tier line of the summary; the rest are counted. */
export const UNITS_PER_TIER = 8;

/** Pads to a display width (CJK characters count double). */
function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(1, width - displayWidth(text)));
}

/**
 * The units of one tier line, best first, each with its composite and a mark
 * when vetoed: `区财政局 968.75、区统计局 960.10（否决）…`.
 */
function unitList(units: readonly UnitResult[], lang: Lang): string {
  const sep = lang === "zh" ? "、" : ", ";
  const veto = lang === "zh" ? "（否决）" : " (vetoed)";
  const shown = units.slice(0, UNITS_PER_TIER).map((u) => `${u.unit} ${u.composite ?? ""}${u.vetoed ? veto : ""}`);
  const rest = units.length - shown.length;
  const more = rest > 0 ? (lang === "zh" ? `${sep}……另 ${rest} 个` : `${sep}… ${rest} more`) : "";
  return shown.join(sep) + more;
}

/** Errors and warnings listed in the summary; the rest are counted. */
export const TOP_ERRORS = 5;

export interface SummaryOptions {
  readonly lang: Lang;
  /** Where the graded copy went, or null when nothing was written. */
  readonly written: string | null;
}

/**
 * A readable summary: per category its units, graded count and each tier's
 * count against its quota; then the diagnostics by severity and the first few
 * errors; then where the graded copy went.
 */
export function summaryText(result: GradeResult, options: SummaryOptions): string {
  const { lang } = options;
  const t = T[lang];
  const lines: string[] = [];
  for (const c of result.categories) {
    lines.push(`${c.category}${t.colon}${t.units(c.size, c.graded)}${c.provisional ? t.provisional : ""}`);
    for (const tier of TIERS) {
      const quota = tier === "unqualified" ? "" : `/${c.quotas[tier]}`;
      const label = `${TIER_LABELS[tier][lang]} ${c.counts[tier]}${quota}`;
      const units = result.units.filter((u) => u.category === c.category && u.tier === tier);
      lines.push(units.length > 0 ? `  ${padEnd(label, 12)}${unitList(units, lang)}` : `  ${label}`);
    }
  }
  if (result.categories.length > 0) lines.push(t.legend);
  const counts = severityCounts(result.diagnostics);
  lines.push(t.checks(counts));
  const errors = result.diagnostics.filter((d) => d.severity !== "info");
  for (const d of errors.slice(0, TOP_ERRORS)) {
    const where = d.cell ?? d.table ?? "";
    lines.push(`  ${SEVERITY_LABELS[d.severity][lang]} ${d.code}${where ? ` ${where}` : ""}${t.colon}${d.message[lang]}`);
  }
  if (errors.length > TOP_ERRORS) lines.push(t.more(errors.length - TOP_ERRORS));
  // After the errors it refers to.
  if (result.resultsWithheld) lines.push(t.withheld);
  lines.push(options.written === null ? t.notWritten : t.wrote(options.written));
  return lines.join("\n") + "\n";
}
