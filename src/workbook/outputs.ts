/**
 * Lays out what one run writes: the Results, Warnings, RunLog and History
 * sheets as plain data (headers, rows, formats, fills, widths, links), each
 * from its declared columns (columns/), and the print sheets (see
 * print/). Pure, so the Office.js adapter and the package writer
 * (xlsx/writeCopy.ts) write the same thing.
 */
import type { GradeResult, Lang, Severity, Tier } from "../engine/types";
import { needsNewBlock, type HistoryBlock } from "./history/historyBlock";
import { HISTORY_COLUMNS, type HistoryRow } from "./columns/historyColumns";
import { linkTarget } from "./linkTarget";
import { scoreFormat, type OutputColumn } from "./columns/column";
import { buildAnnouncement } from "./print/announcement";
import { buildFeedbackLetters } from "./print/feedbackLetters";
import { displayWidth } from "./displayWidth";
import { OUTPUT_SHEETS, type InternalLink, type OutCell, type OutputKind, type OutputPlan, type OutputSheetPlan } from "./port";
import { RESULTS_COLUMNS } from "./columns/resultsColumns";
import { RUNLOG_COLUMNS, type LoggedRun } from "./columns/runLogColumns";
import { chainDigest, outputFingerprint } from "./audit/digests";
import { SEVERITY_LABELS, WARNINGS_COLUMNS } from "./columns/warningsColumns";

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
  /** The chain digest of the RunLog's last row ("" or absent when none): this run's row chains on from it. */
  readonly previousChainDigest?: string;
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

export { HISTORY_COLUMNS, RESULTS_COLUMNS, RUNLOG_COLUMNS, WARNINGS_COLUMNS, SEVERITY_LABELS, displayWidth, linkTarget, scoreFormat };

/** How a table's sheet is laid out beyond its columns. */
interface TableLayout<R> {
  readonly lang: Lang;
  /** Places of the score format. */
  readonly decimals: number;
  /** Widths fitted to the contents (up to each column's width), else each column's width. */
  readonly fit: boolean;
  /** A row's background fill, or null. */
  readonly fill: (row: R) => string | null;
}

/** The links of a table's cells, row by row, from the columns that link. */
function linksOf<R>(columns: readonly OutputColumn<R>[], sources: readonly R[]): InternalLink[] {
  return sources.flatMap((source, row) =>
    columns.flatMap((c, col) => {
      const target = c.link?.(source) ?? null;
      return target === null ? [] : [{ row, col, target }];
    }),
  );
}

/**
 * One output table laid out from its column declarations: one row per
 * source (a unit, a diagnostic, a run), headers in the language, each
 * column's format, width and links.
 */
function tablePlan<R>(kind: OutputKind, columns: readonly OutputColumn<R>[], sources: readonly R[], layout: TableLayout<R>): OutputSheetPlan {
  const headers = columns.map((c) => c[layout.lang]);
  const rows = sources.map((s) => columns.map((c) => c.value(s, layout.lang)));
  return {
    kind,
    ...OUTPUT_SHEETS[kind],
    headers,
    rows,
    numberFormats: columns.map((c) => (c.format === "score" ? scoreFormat(layout.decimals) : c.format)),
    columnWidths: layout.fit ? columnWidths(headers, rows, { maxWidth: columns.map((c) => c.width) }) : columns.map((c) => c.width),
    rowFills: sources.map(layout.fill),
    links: linksOf(columns, sources),
  };
}

/**
 * The History block of a run (SPEC §6), or null when the results equal the
 * last block or were withheld.
 */
function historyPlan(result: GradeResult, meta: OutputMeta): OutputSheetPlan | null {
  if (!needsNewBlock(result, meta.lastHistory ?? null)) return null;
  const time = meta.now.toISOString();
  const rows: HistoryRow[] = result.units.map((unit) => ({ time, inputFingerprint: result.inputFingerprint, unit }));
  return tablePlan("history", HISTORY_COLUMNS, rows, { lang: meta.lang, decimals: result.decimals, fit: false, fill: () => null });
}

/**
 * The RunLog row of a run: its cells, the output fingerprint of the Results
 * it wrote and the chain digest over the previous row's digest, the row's
 * other cells and the History block it appends (audit/digests.ts).
 */
function runLogPlan(result: GradeResult, meta: OutputMeta, results: OutputSheetPlan | null, history: OutputSheetPlan | null): OutputSheetPlan {
  const { lang } = meta;
  const unchained: LoggedRun = {
    result,
    ...meta,
    outputFingerprint: results === null ? null : outputFingerprint(results.rows, RESULTS_COLUMNS.length),
    chainDigest: "",
  };
  const covered = RUNLOG_COLUMNS.filter((c) => c.en !== "ChainDigest");
  const link = {
    previous: meta.previousChainDigest ?? "",
    row: covered.map((c) => c.value(unchained, lang)),
    block: history?.rows ?? [],
    rowWidth: covered.length,
    blockWidth: HISTORY_COLUMNS.length,
  };
  const run = { ...unchained, chainDigest: chainDigest(link) };
  return tablePlan("runlog", RUNLOG_COLUMNS, [run], { lang, decimals: result.decimals, fit: false, fill: () => null });
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
  const { lang } = meta;
  const decimals = result.decimals;
  const fitted = { lang, decimals, fit: true } as const;
  const results = withheld
    ? null
    : tablePlan("results", RESULTS_COLUMNS, result.units, { ...fitted, fill: (u) => (u.tier === null ? null : TIER_FILLS[u.tier]) });
  const history = historyPlan(result, meta);
  return {
    results,
    warnings: tablePlan("warnings", WARNINGS_COLUMNS, result.diagnostics, { ...fitted, fill: (d) => SEVERITY_FILLS[d.severity] }),
    runLog: runLogPlan(result, meta, results, history),
    print: withheld ? null : [buildAnnouncement(result, lang), buildFeedbackLetters(result, lang)],
    history,
  };
}
