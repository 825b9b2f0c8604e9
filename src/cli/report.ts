/**
 * What `appraise score` tells its user: the JSON report of SPEC section 7 and
 * a readable summary per category.
 */
import { CODE_TITLES } from "../engine/codeTitles";
import { groupDiagnostics, type DiagnosticGroup } from "../engine/groupDiagnostics";
import { blockedUnit, summaryRank } from "../engine/messages";
import { TIER_LABELS } from "../engine/tierLabels";
import { sheetRowOf } from "../engine/sheetRow";
import type { Diagnostic, GradeResult, Lang, Severity, Tier, UnitResult } from "../engine/types";
import { changesHeadline, describeChange, type ChangesSinceLastRun, type UnitState } from "../workbook/history/changes";
import { displayWidth } from "../workbook/displayWidth";
import { jsonUnit, type JsonUnit } from "../workbook/unitJson";
import { SEVERITY_LABELS } from "../workbook/columns/warningsColumns";

/** A unit of the JSON report: its fields are the Results columns' (see workbook/unitJson.ts). */
export type { JsonUnit };

export interface JsonDiagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly table: string | null;
  /** The table's data row (stable API). */
  readonly row: number | null;
  /** The sheet row Excel's row header shows (SPEC section 6, revised). */
  readonly sheetRow: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly message: string;
}

/** One unit whose composite, rank or tier changed since the last History block (before null: new; after null: removed). */
export interface JsonChange {
  readonly unit: string;
  readonly category: string;
  readonly before: UnitState | null;
  readonly after: UnitState | null;
  readonly message: string;
}

/** The changes since the last History block: `since` is that block's RunTime, null when History had none. */
export interface JsonChanges {
  readonly since: string | null;
  readonly units: readonly JsonChange[];
}

/** The JSON report of SPEC section 7. */
export interface JsonReport {
  readonly appraiseVersion: string;
  readonly inputFingerprint: string;
  readonly rules: Readonly<Record<string, string>>;
  readonly units: readonly JsonUnit[];
  readonly diagnostics: readonly JsonDiagnostic[];
  readonly changes: JsonChanges;
  /** The feedback letters' appeal deadline (ISO), or null when `feedback.date` is blank. */
  readonly appealDeadline: string | null;
  /** The years a working-day count needed that the calendar does not know (CALENDAR_UNKNOWN_YEAR), ascending; [] normally. */
  readonly calendarYearsUnknown: readonly number[];
}

const NO_CHANGES: ChangesSinceLastRun = { since: null, changes: [] };

/** The changes as the JSON gives them. */
export function jsonChanges(changes: ChangesSinceLastRun, lang: Lang, decimals: number): JsonChanges {
  return {
    since: changes.since,
    units: changes.changes.map((c) => ({ unit: c.unit, category: c.category, before: c.before, after: c.after, message: describeChange(c, lang, decimals) })),
  };
}

/**
 * The report of a run. Scores are the engine's rounded decimal strings as
 * numbers (so 968.75, never 968.7500000001).
 */
export function jsonReport(result: GradeResult, lang: Lang, version: string, changes: ChangesSinceLastRun = NO_CHANGES): JsonReport {
  return {
    appraiseVersion: version,
    inputFingerprint: result.inputFingerprint,
    rules: result.rules,
    units: result.units.map((u) => jsonUnit(u, lang)),
    diagnostics: result.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      table: d.table,
      row: d.row,
      sheetRow: sheetRowOf(d),
      column: d.column,
      cell: d.cell,
      message: d.message[lang],
    })),
    changes: jsonChanges(changes, lang, result.decimals),
    appealDeadline: result.appeal.deadline,
    calendarYearsUnknown: result.calendarYearsUnknown,
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
    more: (kinds: number, n: number) => `  ……另有 ${kinds} 类共 ${n} 条错误或警告，见“校验提示”工作表或 --json`,
    first: "首个",
    dash: " — ",
    wrote: (file: string) => `结果已写入 ${file}`,
    notWritten: "未写入任何文件。",
    withheld: "因上述错误未进行评定，“考评结果”工作表保持不变。",
    notGraded: (n: number) => `未评定 ${n} 个单位（有错误，不参加排名）：`,
    moreErrors: (n: number) => `（另有 ${n} 个错误）`,
    moreUnits: (n: number) => `  ……另 ${n} 个`,
    colon: "：",
  },
  en: {
    units: (size: number, graded: number) => `${count(size, "unit")}, ${graded} graded`,
    provisional: " (provisional)",
    legend:
      "(Tier counts are placed/quota: above the quota from a tie across a boundary or a veto moving a unit down; below it from a veto, the threshold or ungraded units.)",
    checks: (c: Record<Severity, number>) => `Checks: ${count(c.error, "error")}, ${count(c.warning, "warning")}, ${c.info} info`,
    more: (kinds: number, n: number) =>
      `  … and ${count(kinds, "more kind")} (${count(n, "error or warning", "errors or warnings")}): see the Warnings sheet or --json`,
    first: "first",
    dash: " — ",
    wrote: (file: string) => `Wrote ${file}`,
    notWritten: "Nothing was written.",
    withheld: "Nothing was graded because of the errors above; the Results sheet is left as it was.",
    notGraded: (n: number) => `${count(n, "unit")} not graded (errors: no place in the ranking):`,
    moreErrors: (n: number) => ` (and ${count(n, "more error")})`,
    moreUnits: (n: number) => `  … ${n} more`,
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

/** The summary rank of info that does not change a score: not listed (see summaryRank). */
const INFO_RANK = 3;

/** Kinds (codes) of errors and warnings listed in the summary; the rest are counted. */
export const TOP_ERRORS = 5;

/** Where a diagnostic is, as a person finds it: its cell (the sheet row is in it), else its table. */
function where(d: Diagnostic): string {
  return d.cell ?? d.table ?? "";
}

/**
 * The lines of one group of diagnostics of the same code. One item: its own
 * line, `  错误 NOT_A_NUMBER 指标考核!F6：…`. More: a line for the group, with
 * its count, the kind's name and cause, then its first item:
 * `  错误 90 × SATISFACTION_MISSING 缺少满意度评价 — …` / `    首个 考评对象!A2：…`.
 */
function groupLines(g: DiagnosticGroup, lang: Lang): string[] {
  const t = T[lang];
  const severity = SEVERITY_LABELS[g.severity][lang];
  const first = g.items[0];
  const at = where(first);
  if (g.items.length === 1) return [`  ${severity} ${g.code}${at ? ` ${at}` : ""}${t.colon}${first.message[lang]}`];
  const { title, cause } = CODE_TITLES[g.code];
  return [
    `  ${severity} ${g.items.length} × ${g.code} ${title[lang]}${t.dash}${cause[lang]}`,
    `    ${t.first}${at ? ` ${at}` : ""}${t.colon}${first.message[lang]}`,
  ];
}

/**
 * The assessed units that are not graded, each with the first error that
 * stops it (`  区财政局 — 考评对象!A3：单位“区财政局”职能指标分值合计为 550…`), or its
 * explanation when no error names it (no category, a part missing). First in
 * the summary: a unit left out of the ranking is the one thing no one may
 * miss, and its cause must not hide behind "另有 3 类".
 */
function notGradedLines(result: GradeResult, lang: Lang): string[] {
  const t = T[lang];
  const units = result.units.filter((u) => u.assessed && !u.graded);
  if (units.length === 0) return [];
  const blockers = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const unit = blockedUnit(d);
    if (unit === null) continue;
    const list = blockers.get(unit);
    if (list) list.push(d);
    else blockers.set(unit, [d]);
  }
  const lines = units.slice(0, UNITS_PER_TIER).map((u) => {
    const [first, ...more] = blockers.get(u.unit) ?? [];
    if (!first) return `  ${u.unit}${t.dash}${u.explanation[lang]}`;
    return `  ${u.unit}${t.dash}${where(first) ? `${where(first)}${t.colon}` : ""}${first.message[lang]}${more.length > 0 ? t.moreErrors(more.length) : ""}`;
  });
  const rest = units.length - lines.length;
  return [t.notGraded(units.length), ...lines, ...(rest > 0 ? [t.moreUnits(rest)] : [])];
}

export interface SummaryOptions {
  readonly lang: Lang;
  /** Where the graded copy went, or null when nothing was written. */
  readonly written: string | null;
  /** The changes since the last History block (none listed when History had no block). */
  readonly changes?: ChangesSinceLastRun;
}

/** Changed units listed in the summary; the rest are counted. */
export const CHANGES_LISTED = 10;

/** The lines about the changes since the last run: none when there was no earlier block to compare with. */
function changeLines(changes: ChangesSinceLastRun | undefined, lang: Lang, decimals: number): string[] {
  if (changes === undefined || changes.since === null) return [];
  const shown = changes.changes.slice(0, CHANGES_LISTED).map((c) => `  ${describeChange(c, lang, decimals)}`);
  const rest = changes.changes.length - shown.length;
  const more = rest > 0 ? [lang === "zh" ? `  ……另 ${rest} 个` : `  … ${rest} more`] : [];
  return [changesHeadline(changes.changes.length, lang), ...shown, ...more];
}

/**
 * A readable summary: first the units not graded and why; per category its units, graded count and each tier's
 * count against its quota; then the diagnostics by severity and the errors,
 * what changes a score, and the other warnings grouped by code, in that
 * order (see summaryRank; within each the biggest kinds first, each with its count
 * and first item: 90 near-identical errors read as one problem); then where
 * the graded copy went.
 */
export function summaryText(result: GradeResult, options: SummaryOptions): string {
  const { lang } = options;
  const t = T[lang];
  const lines: string[] = notGradedLines(result, lang);
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
  // Errors first, then what changes a score (info too: a blank 倍数 doubling a bonus), then other warnings.
  const groups = groupDiagnostics(
    result.diagnostics.filter((d) => summaryRank(d) < INFO_RANK),
    summaryRank,
  );
  for (const g of groups.slice(0, TOP_ERRORS)) lines.push(...groupLines(g, lang));
  const rest = groups.slice(TOP_ERRORS);
  if (rest.length > 0)
    lines.push(
      t.more(
        rest.length,
        rest.reduce((n, g) => n + g.items.length, 0),
      ),
    );
  // After the errors it refers to.
  if (result.resultsWithheld) lines.push(t.withheld);
  lines.push(...changeLines(options.changes, lang, result.decimals));
  lines.push(options.written === null ? t.notWritten : t.wrote(options.written));
  return lines.join("\n") + "\n";
}
