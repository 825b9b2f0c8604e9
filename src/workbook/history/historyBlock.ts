/**
 * The History table (SPEC §6): one block of rows, every unit, appended by
 * each run whose results differ from the last block. This file reads the
 * last block back from the table's cells (either language's headers and
 * tier labels) and decides whether a new result makes a new block. Pure:
 * both adapters hand it the cells they read.
 */
import { TIER_LABELS } from "../../engine/tierLabels";
import type { GradeResult, Tier } from "../../engine/types";
import { HISTORY_COLUMNS } from "../columns";

/** One unit as a History row records it. */
export interface HistoryEntry {
  readonly unit: string;
  readonly category: string;
  readonly composite: number | null;
  readonly rank: number | null;
  readonly tier: Tier | null;
}

/** The last block of the History table: the rows of the last run that appended one. */
export interface HistoryBlock {
  /** The block's RunTime as written (ISO 8601). */
  readonly runTime: string;
  readonly inputFingerprint: string;
  readonly entries: readonly HistoryEntry[];
}

const TIERS = Object.keys(TIER_LABELS) as Tier[];

/**
 * A tier from its label in either language ("一等", "First"), or null.
 * @example
 * tierOfLabel("二等") //=> "second"
 * tierOfLabel("Third") //=> "third"
 */
export function tierOfLabel(label: unknown): Tier | null {
  if (typeof label !== "string") return null;
  const t = label.trim().toLowerCase();
  return TIERS.find((k) => TIER_LABELS[k].zh === t || TIER_LABELS[k].en.toLowerCase() === t) ?? null;
}

const toNumber = (v: unknown): number | null => {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return null;
};
const toText = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/**
 * The last block of a History table from its header and body cells, or null
 * when the table is empty or its header is not History's (a user's table by
 * that name: then there is no history to compare with). A block is the run
 * of last rows that share the last row's RunTime and InputFingerprint.
 * @example
 * lastHistoryBlock(["RunTime", "InputFingerprint", "Unit", "Category", "Composite", "Rank", "Tier"], rows)?.entries.length //=> 45
 */
export function lastHistoryBlock(header: readonly unknown[], body: readonly (readonly unknown[])[]): HistoryBlock | null {
  const index = HISTORY_COLUMNS.map((c) =>
    header.findIndex((h) => typeof h === "string" && (h.trim() === c.zh || h.trim().toLowerCase() === c.en.toLowerCase())),
  );
  if (index.some((i) => i < 0)) return null;
  const [time, print, unit, category, composite, rank, tier] = index;
  const rows = body.filter((r) => toText(r[unit]).trim() !== "");
  const last = rows[rows.length - 1];
  if (last === undefined) return null;
  const runTime = toText(last[time]);
  const inputFingerprint = toText(last[print]);
  let first = rows.length - 1;
  while (first > 0 && toText(rows[first - 1][time]) === runTime && toText(rows[first - 1][print]) === inputFingerprint) first--;
  const entries = rows.slice(first).map((r) => ({
    unit: toText(r[unit]),
    category: toText(r[category]),
    composite: toNumber(r[composite]),
    rank: toNumber(r[rank]),
    tier: tierOfLabel(r[tier]),
  }));
  return { runTime, inputFingerprint, entries };
}

/** What a result records in History, one entry per unit in Results order. */
export function historyEntries(result: GradeResult): HistoryEntry[] {
  return result.units.map((u) => ({
    unit: u.unit,
    category: u.category,
    composite: u.composite === null ? null : Number(u.composite),
    rank: u.rank,
    tier: u.tier,
  }));
}

const sameNumber = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

/** Whether two entries record the same thing (composite compared as a number). */
export function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.unit === b.unit && a.category === b.category && sameNumber(a.composite, b.composite) && a.rank === b.rank && a.tier === b.tier;
}

/**
 * Whether a run appends a block: results were written and they differ from
 * the last block (in any unit, or in which units there are).
 */
export function needsNewBlock(result: GradeResult, last: HistoryBlock | null): boolean {
  if (result.resultsWithheld) return false;
  const now = historyEntries(result);
  if (last === null) return now.length > 0;
  if (last.entries.length !== now.length) return true;
  return now.some((e, i) => !sameEntry(e, last.entries[i]));
}
