import type Decimal from "decimal.js";
import type { TiebreakKey, TierMember } from "./types";

/** -1: higher is better (listed first); 1: lower is better. */
const DIRECTION: Readonly<Record<TiebreakKey, -1 | 1>> = { target: -1, satisfaction: -1, deductions: 1 };

/**
 * Compares two values of one tiebreak key, better first. A missing value
 * (which a graded unit should not have) counts as the worst, so it can never
 * win a place it has no score for.
 */
function compareKey(key: TiebreakKey, a: Decimal | null, b: Decimal | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return DIRECTION[key] * a.cmp(b);
}

/**
 * Compares two members by the `tier.tiebreak` keys in turn, better first:
 * `target` descending, `satisfaction` (public + leader) descending,
 * `deductions` (penalty + spot-check) ascending. 0 when equal on every key.
 * @example
 * compareByKeys(target690, target680, ["target"]) //=> negative: target690 first
 */
export function compareByKeys(a: TierMember, b: TierMember, keys: readonly TiebreakKey[]): number {
  for (const key of keys) {
    const c = compareKey(key, a[key], b[key]);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The first of `keys` on which two members differ, or null when they are
 * equal on all of them: the key that decided which of the two ranks first.
 * @example
 * firstDifferingKey(sameTargetMoreSatisfied, other, ["target", "satisfaction"]) //=> "satisfaction"
 */
export function firstDifferingKey(a: TierMember, b: TierMember, keys: readonly TiebreakKey[]): TiebreakKey | null {
  return keys.find((key) => compareKey(key, a[key], b[key]) !== 0) ?? null;
}
