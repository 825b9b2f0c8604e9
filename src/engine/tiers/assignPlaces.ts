import type Decimal from "decimal.js";
import { tierAt } from "./quotas";
import { compareCodePoints } from "../compareCodePoints";
import type { Ranked } from "./rankMembers";
import { compareByKeys, firstDifferingKey } from "./tiebreak";
import type { QuotaTier, Quotas, TiebreakKey, TieMode } from "./types";

/** How a tie across a boundary was resolved for one member. */
export type TieNote =
  | { readonly kind: "share-better" }
  | { readonly kind: "share-worse" }
  /** The tiebreak keys ordered the group; `keys` are those that decided a boundary. */
  | { readonly kind: "tiebreak"; readonly keys: readonly TiebreakKey[] }
  /** Still tied on every tiebreak key across a boundary: the better tier. */
  | { readonly kind: "still-tied" };

/** One member's place from a walk. */
export interface Place {
  readonly tier: QuotaTier;
  /** Null unless the member's tie group straddled a boundary. */
  readonly tie: TieNote | null;
}

/** A group of units that stayed tied across a boundary (`TIE_AT_BOUNDARY`). */
export interface TieReport {
  readonly units: readonly string[];
  readonly composite: Decimal;
  readonly better: QuotaTier;
  readonly worse: QuotaTier;
  readonly given: QuotaTier;
}

export interface Walk {
  readonly places: ReadonlyMap<string, Place>;
  readonly ties: readonly TieReport[];
}

type Resolved = { readonly places: readonly (readonly [string, Place])[]; readonly ties: readonly TieReport[] };

/**
 * Walks the order and gives each position its quota tier (SPEC section 4,
 * step 3): positions 1..first are first, the next `second` are second, the
 * rest third. Places are positional and never shift: whatever a tie group
 * gets, the unit after it keeps the tier of its own position.
 *
 * Tie policy (`tier.ties`), for a group of equal composites straddling a boundary:
 * - `share-better`: the whole group gets the best tier any member's position
 *   gives (that quota is exceeded). Reported as a tie.
 * - `share-worse`: the whole group gets the worst tier. Reported as a tie too,
 *   since SPEC section 5 reports any tie straddling a boundary.
 * - `tiebreak`: the group is ordered by the `tier.tiebreak` keys and takes its
 *   positions in that order; members equal on every key form a sub-group that,
 *   if it still straddles a boundary, falls back to `share-better` (reported).
 * A group inside one tier is not a tie across a boundary and gets that tier.
 *
 * @example
 * // 14 units, quotas 6/7/1; the 6th and 7th share 950.00
 * assignPlaces(order, { first: 6, second: 7, third: 1 }, "share-better", []).places.get("7th")
 * //=> { tier: "first", tie: { kind: "share-better" } }
 */
export function assignPlaces(order: readonly Ranked[], q: Quotas, mode: TieMode, keys: readonly TiebreakKey[]): Walk {
  const places = new Map<string, Place>();
  const ties: TieReport[] = [];
  let start = 0;
  for (const group of tieGroups(order)) {
    const resolved = resolveGroup(group, start, q, mode, keys);
    for (const [unit, place] of resolved.places) places.set(unit, place);
    ties.push(...resolved.ties);
    start += group.length;
  }
  return { places, ties };
}

/** Consecutive runs of equal composite. */
function tieGroups(order: readonly Ranked[]): Ranked[][] {
  const groups: Ranked[][] = [];
  for (const r of order) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0].composite.eq(r.composite)) last.push(r);
    else groups.push([r]);
  }
  return groups;
}

function report(group: readonly Ranked[], better: QuotaTier, worse: QuotaTier, given: QuotaTier): TieReport {
  return { units: group.map((r) => r.member.unit), composite: group[0].composite, better, worse, given };
}

function resolveGroup(group: readonly Ranked[], start: number, q: Quotas, mode: TieMode, keys: readonly TiebreakKey[]): Resolved {
  const better = tierAt(start, q);
  const worse = tierAt(start + group.length - 1, q);
  if (better === worse) return { places: group.map((r) => [r.member.unit, { tier: better, tie: null }]), ties: [] };
  if (mode === "tiebreak") return breakTie(group, start, q, keys);
  const given = mode === "share-worse" ? worse : better;
  const tie: TieNote = { kind: mode };
  return { places: group.map((r) => [r.member.unit, { tier: given, tie }]), ties: [report(group, better, worse, given)] };
}

interface SubGroup {
  readonly members: readonly Ranked[];
  readonly tier: QuotaTier;
  readonly stillTied: boolean;
}

/** The `tiebreak` mode for one straddling group. */
function breakTie(group: readonly Ranked[], start: number, q: Quotas, keys: readonly TiebreakKey[]): Resolved {
  const sorted = [...group].sort((a, b) => compareByKeys(a.member, b.member, keys) || compareCodePoints(a.member.unit, b.member.unit));
  const subs: SubGroup[] = [];
  const ties: TieReport[] = [];
  let pos = start;
  for (const members of splitEqual(sorted, keys)) {
    const better = tierAt(pos, q);
    const worse = tierAt(pos + members.length - 1, q);
    subs.push({ members, tier: better, stillTied: better !== worse });
    if (better !== worse) ties.push(report(members, better, worse, better));
    pos += members.length;
  }
  const decided = decidingKeys(subs, keys);
  const places = subs.flatMap((s) =>
    s.members.map((r): [string, Place] => [r.member.unit, { tier: s.tier, tie: s.stillTied ? { kind: "still-tied" } : { kind: "tiebreak", keys: decided } }]),
  );
  return { places, ties };
}

/** Runs of members equal on every tiebreak key. */
function splitEqual(sorted: readonly Ranked[], keys: readonly TiebreakKey[]): Ranked[][] {
  const runs: Ranked[][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && compareByKeys(last[0].member, r.member, keys) === 0) last.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** The keys that separated neighbouring sub-groups given different tiers, in `keys` order. */
function decidingKeys(subs: readonly SubGroup[], keys: readonly TiebreakKey[]): TiebreakKey[] {
  const found = new Set<TiebreakKey>();
  for (let i = 1; i < subs.length; i++) {
    if (subs[i - 1].tier === subs[i].tier) continue;
    const key = firstDifferingKey(subs[i - 1].members[0].member, subs[i].members[0].member, keys);
    if (key !== null) found.add(key);
  }
  return keys.filter((k) => found.has(k));
}
