/**
 * Lays out what one run writes: the Results, Warnings and RunLog sheets as
 * plain data (headers, rows, formats, fills, widths, links), and the print
 * sheets (see paperwork/). Pure, so the
 * Office.js and ExcelJS adapters write the same thing.
 */
import { quoteSheet } from "../engine/address";
import { TIER_LABELS } from "../engine/messages";
import { sheetRowOf } from "../engine/sheetRow";
import type { Diagnostic, GradeResult, Lang, Severity, Tier, UnitResult } from "../engine/types";
import { buildAnnouncement } from "./paperwork/announcement";
import { buildFeedbackLetters } from "./paperwork/feedbackLetters";
import { OUTPUT_SHEETS, type InternalLink, type OutCell, type OutputPlan, type OutputSheetPlan } from "./port";

export interface OutputMeta {
  readonly lang: Lang;
  /** Appraise's version, written to the RunLog. */
  readonly version: string;
  /** The run's time, written to the RunLog as ISO 8601. */
  readonly now: Date;
  /** A remark for the RunLog's Note column (e.g. workbook parts a file library dropped). */
  readonly note?: string;
  /** The last History block the workbook holds: the run appends a block only when its results differ. */
  readonly lastHistory?: HistoryBlock | null;
}

/** Background fills of Results rows by tier (Excel's own "good / neutral" palette). */
export const TIER_FILLS: Readonly<Record<Tier, string>> = {
  first: "C6EFCE",
  second: "DDEBF7",
  third: "FFF2CC",
  unqualified: "FFC7CE",
};

/** Background fills of Warnings rows by severity; info rows stay plain. */
export const SEVERITY_FILLS: Readonly<Record<Severity, string | null>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: null,
};

export const SEVERITY_LABELS: Readonly<Record<Severity, { readonly zh: string; readonly en: string }>> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

import { HISTORY_COLUMNS, RESULTS_COLUMNS, RUNLOG_COLUMNS, WARNINGS_COLUMNS } from "./outputColumns";
import { needsNewBlock, type HistoryBlock } from "./history/historyBlock";

export { HISTORY_COLUMNS, RESULTS_COLUMNS, RUNLOG_COLUMNS, WARNINGS_COLUMNS };

/** The Excel number format of scores with `decimals` places: 2 → "0.00", 0 → "0". */
export function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

const num = (s: string | null): number | null => (s === null ? null : Number(s));

function resultRow(u: UnitResult, lang: Lang): OutCell[] {
  return [
    u.unit,
    u.category,
    num(u.functional),
    num(u.common),
    num(u.target),
    num(u.bonus),
    num(u.penalty),
    num(u.public),
    num(u.leader),
    num(u.spotCheck),
    num(u.composite),
    u.rank,
    u.categorySize,
    u.tier === null ? null : TIER_LABELS[u.tier][lang],
    num(u.margin),
    u.explanation[lang],
  ];
}

function resultsPlan(result: GradeResult, lang: Lang): OutputSheetPlan {
  const score = scoreFormat(result.decimals);
  const rows = result.units.map((u) => resultRow(u, lang));
  const headers = RESULTS_COLUMNS.map((c) => c[lang]);
  return {
    kind: "results",
    ...OUTPUT_SHEETS.results,
    headers,
    rows,
    numberFormats: ["@", "@", score, score, score, score, score, score, score, score, score, "0", "0", "@", score, "@"],
    columnWidths: columnWidths(headers, rows, { maxWidth: [40, 30, 14, 14, 14, 14, 14, 14, 14, 14, 14, 8, 10, 10, 12, 80] }),
    rowFills: result.units.map((u) => (u.tier === null ? null : TIER_FILLS[u.tier])),
    links: [],
  };
}

/**
 * The link target of a diagnostic's cell: the sheet quoted where Excel needs it
 * and, for a range such as a header row, its first cell.
 * @example
 * linkTarget("指标考核!A1:F1") //=> "指标考核!A1"
 * linkTarget("My sheet!B2") //=> "'My sheet'!B2"
 */
export function linkTarget(cell: string): string | null {
  const bang = cell.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = cell.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const first = cell
    .slice(bang + 1)
    .split(":")[0]
    .replace(/\$/g, "");
  if (!/^[A-Za-z]{1,3}\d+$/.test(first)) return null;
  return `${quoteSheet(sheet)}!${first.toUpperCase()}`;
}

/**
 * The Warnings sheet. Its Row column is the sheet row Excel's row header shows
 * (SPEC section 6, revised: `指标!F7` is row 7), not the table's data row, so
 * a person reading it finds the row where they look.
 */
function warningsPlan(diagnostics: readonly Diagnostic[], lang: Lang): OutputSheetPlan {
  const rows: OutCell[][] = diagnostics.map((d) => [SEVERITY_LABELS[d.severity][lang], d.code, d.table, sheetRowOf(d), d.column, d.cell, d.message[lang]]);
  const links: InternalLink[] = [];
  diagnostics.forEach((d, row) => {
    const target = d.cell === null ? null : linkTarget(d.cell);
    if (target !== null) links.push({ row, col: 5, target });
  });
  const headers = WARNINGS_COLUMNS.map((c) => c[lang]);
  return {
    kind: "warnings",
    ...OUTPUT_SHEETS.warnings,
    headers,
    rows,
    numberFormats: ["@", "@", "@", "0", "@", "@", "@"],
    columnWidths: columnWidths(headers, rows, { maxWidth: [8, 24, 14, 8, 18, 24, 100] }),
    rowFills: diagnostics.map((d) => SEVERITY_FILLS[d.severity]),
    links,
  };
}

function countTier(units: readonly UnitResult[], tier: Tier): number {
  return units.filter((u) => u.tier === tier).length;
}

const WITHHELD_NOTE = {
  zh: "未评定：存在阻止评定的错误，考评结果未更新（见校验提示）",
  en: "Nothing graded: errors stopped the run; Results were not updated (see Warnings)",
};

/**
 * The run's RunLog row. A run whose Results were withheld is logged too (the
 * log records every run), with its error and warning counts, blank unit and
 * tier counts, and a note saying nothing was graded.
 */
function runLogPlan(result: GradeResult, meta: OutputMeta): OutputSheetPlan {
  const { units, diagnostics } = result;
  const withheld = result.resultsWithheld;
  const count = (n: number): OutCell => (withheld ? null : n);
  const notes = [withheld ? WITHHELD_NOTE[meta.lang] : "", meta.note ?? ""].filter((t) => t !== "");
  const row: OutCell[] = [
    meta.now.toISOString(),
    meta.version,
    result.inputFingerprint,
    count(units.length),
    count(units.filter((u) => u.graded).length),
    diagnostics.filter((d) => d.severity === "error").length,
    diagnostics.filter((d) => d.severity === "warning").length,
    count(countTier(units, "first")),
    count(countTier(units, "second")),
    count(countTier(units, "third")),
    count(countTier(units, "unqualified")),
    notes.length === 0 ? null : notes.join(meta.lang === "zh" ? "；" : "; "),
  ];
  const headers = RUNLOG_COLUMNS.map((c) => c[meta.lang]);
  return {
    kind: "runlog",
    ...OUTPUT_SHEETS.runlog,
    headers,
    rows: [row],
    numberFormats: ["@", "@", "@", "0", "0", "0", "0", "0", "0", "0", "0", "@"],
    // Fixed widths: the log grows over runs, so it should not depend on one row.
    columnWidths: [26, 10, 30, 8, 8, 8, 8, 8, 8, 8, 8, 40],
    rowFills: [null],
    links: [],
  };
}

/**
 * The History block of a run (SPEC §6): one row per unit in Results order,
 * each with the run's time and input fingerprint (the same as its RunLog
 * row), or null when the results equal the last block or were withheld.
 */
function historyPlan(result: GradeResult, meta: OutputMeta): OutputSheetPlan | null {
  if (!needsNewBlock(result, meta.lastHistory ?? null)) return null;
  const time = meta.now.toISOString();
  const rows: OutCell[][] = result.units.map((u) => [
    time,
    result.inputFingerprint,
    u.unit,
    u.category,
    num(u.composite),
    u.rank,
    u.tier === null ? null : TIER_LABELS[u.tier][meta.lang],
  ]);
  return {
    kind: "history",
    ...OUTPUT_SHEETS.history,
    headers: HISTORY_COLUMNS.map((c) => c[meta.lang]),
    rows,
    numberFormats: ["@", "@", "@", "@", scoreFormat(result.decimals), "0", "@"],
    // Fixed widths, like the RunLog's: the table grows over runs.
    columnWidths: [26, 30, 30, 30, 10, 8, 10],
    rowFills: rows.map(() => null),
    links: [],
  };
}

/**
 * The display width of a text in character cells: CJK and other wide characters
 * count double, as they take two columns in Excel's default fonts.
 * @example
 * displayWidth("区发改局") //=> 8
 * displayWidth("Unit") //=> 4
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function cellText(v: OutCell): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return String(v);
}

/**
 * Column widths in characters: the widest of header and values, plus padding
 * for the filter button, between 6 and the column's maximum.
 */
export function columnWidths(headers: readonly string[], rows: readonly (readonly OutCell[])[], options: { readonly maxWidth: readonly number[] }): number[] {
  return headers.map((h, c) => {
    let widest = displayWidth(h) + 3;
    for (const row of rows) widest = Math.max(widest, displayWidth(cellText(row[c] ?? null)) + 1);
    return Math.min(Math.max(widest, 6), options.maxWidth[c] ?? 60);
  });
}

/**
 * Lays out the output sheets of one run. Deterministic: the same result gives
 * deep-equal plans, except for the RunLog's time.
 * @example
 * buildOutputPlan(result, { lang: "zh", version: "0.1.0", now: new Date() }).results?.headers[0] //=> "单位"
 */
export function buildOutputPlan(result: GradeResult, meta: OutputMeta): OutputPlan {
  const withheld = result.resultsWithheld;
  return {
    results: withheld ? null : resultsPlan(result, meta.lang),
    warnings: warningsPlan(result.diagnostics, meta.lang),
    runLog: runLogPlan(result, meta),
    print: withheld ? null : [buildAnnouncement(result, meta.lang), buildFeedbackLetters(result, meta.lang)],
    history: historyPlan(result, meta),
  };
}
