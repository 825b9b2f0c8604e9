/**
 * What changed since the last run (SPEC §6): the units whose composite, rank
 * or tier differ between the last History block and a new result, and the
 * line a person reads for each ("区财政局 二等 → 一等，综合得分 948.50 → 951.00").
 * Pure; the pane, the command's summary and its JSON all use it.
 */
import { TIER_LABELS } from "../../engine/tierLabels";
import type { GradeResult, Lang, Tier } from "../../engine/types";
import { historyEntries, sameEntry, type HistoryBlock, type HistoryEntry } from "./historyBlock";

export interface UnitState {
  readonly composite: number | null;
  readonly rank: number | null;
  readonly tier: Tier | null;
}

/** One unit that changed; `before` is null for a unit new since the last block, `after` for one no longer in Units. */
export interface UnitChange {
  readonly unit: string;
  readonly category: string;
  readonly before: UnitState | null;
  readonly after: UnitState | null;
}

/** The changes since the last block, and which block that was. */
export interface ChangesSinceLastRun {
  /** RunTime of the block compared with, or null when History had none (nothing to compare). */
  readonly since: string | null;
  readonly changes: readonly UnitChange[];
}

const stateOf = (e: HistoryEntry): UnitState => ({ composite: e.composite, rank: e.rank, tier: e.tier });

/**
 * The units whose composite, rank or tier moved, in the new Results order
 * (units gone since the last block last, in its order). No last block, or
 * results withheld: no changes.
 * @example
 * changesSince(lastBlock, result).changes.map((c) => c.unit) //=> ["区财政局"]
 */
export function changesSince(last: HistoryBlock | null, result: GradeResult): ChangesSinceLastRun {
  if (last === null || result.resultsWithheld) return { since: last?.runTime ?? null, changes: [] };
  const before = new Map(last.entries.map((e) => [e.unit, e]));
  const changes: UnitChange[] = [];
  const seen = new Set<string>();
  for (const now of historyEntries(result)) {
    seen.add(now.unit);
    const was = before.get(now.unit);
    if (was === undefined) changes.push({ unit: now.unit, category: now.category, before: null, after: stateOf(now) });
    else if (!sameEntry({ ...was, category: now.category }, now))
      changes.push({ unit: now.unit, category: now.category, before: stateOf(was), after: stateOf(now) });
  }
  for (const was of last.entries) {
    if (!seen.has(was.unit)) changes.push({ unit: was.unit, category: was.category, before: stateOf(was), after: null });
  }
  return { since: last.runTime, changes };
}

const WORDS = {
  zh: { composite: "综合得分", rank: "名次", none: "未评定", added: "新增", removed: "已移除", sep: "，" },
  en: { composite: "composite", rank: "rank", none: "not graded", added: "new", removed: "removed", sep: ", " },
} as const;

/**
 * One change as a person reads it, scores with `decimals` places.
 * @example
 * describeChange({ unit: "区财政局", category: "…", before: { composite: 948.5, rank: 2, tier: "second" }, after: { composite: 951, rank: 2, tier: "first" } }, "zh", 2)
 * //=> "区财政局 二等 → 一等，综合得分 948.50 → 951.00"
 */
export function describeChange(change: UnitChange, lang: Lang, decimals: number): string {
  const w = WORDS[lang];
  const tier = (t: Tier | null) => (t === null ? w.none : TIER_LABELS[t][lang]);
  const score = (n: number | null) => (n === null ? "—" : n.toFixed(decimals));
  const rank = (n: number | null) => (n === null ? "—" : String(n));
  const { before, after } = change;
  if (before === null || after === null) {
    const state = (before ?? after) as UnitState;
    return `${change.unit} ${before === null ? w.added : w.removed}${lang === "zh" ? "：" : ": "}${tier(state.tier)}${w.sep}${w.composite} ${score(state.composite)}`;
  }
  const parts: string[] = [];
  if (before.tier !== after.tier) parts.push(`${tier(before.tier)} → ${tier(after.tier)}`);
  if (score(before.composite) !== score(after.composite)) parts.push(`${w.composite} ${score(before.composite)} → ${score(after.composite)}`);
  if (before.rank !== after.rank) parts.push(`${w.rank} ${rank(before.rank)} → ${rank(after.rank)}`);
  return `${change.unit} ${parts.join(w.sep)}`;
}

/**
 * The headline over the list.
 * @example
 * changesHeadline(3, "zh") //=> "自上次运行以来 3 个单位的结果有变化"
 */
export function changesHeadline(count: number, lang: Lang): string {
  if (lang === "zh") return count === 0 ? "自上次运行以来结果没有变化" : `自上次运行以来 ${count} 个单位的结果有变化`;
  return count === 0 ? "No results changed since the last run" : `${count} unit${count === 1 ? "" : "s"} changed since the last run`;
}
