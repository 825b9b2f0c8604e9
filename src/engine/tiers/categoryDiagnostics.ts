import type Decimal from "decimal.js";
import { diagnostic } from "../messages";
import type { Diagnostic } from "../types";
import type { TieReport } from "./assignPlaces";
import { QUOTA_TIERS } from "./quotas";
import { compareCodePoints } from "../compareCodePoints";
import type { Quotas, TierMember } from "./types";

/**
 * `QUOTA_ROUNDED_UP` (info, category-level) for each tier whose quota is above
 * its exact share of N: 7 of 17 places is more than 17 × 0.4 = 6.8.
 * @example
 * quotaRoundedUp("A", 17, { first: 7, second: 8, third: 2 }, [d("0.4"), d("0.5"), d("0.1")]).length
 * //=> 2 (first: 7 > 6.8; third: 2 > 1.7)
 */
export function quotaRoundedUp(category: string, n: number, q: Quotas, ratios: readonly Decimal[]): Diagnostic[] {
  return QUOTA_TIERS.flatMap((tier, i) => {
    if (!ratios[i].mul(n).lt(q[tier])) return [];
    const share = `${ratios[i].mul(100).toFixed()}%`;
    return [diagnostic("QUOTA_ROUNDED_UP", {}, { category, tier, quota: q[tier], size: n, share })];
  });
}

/**
 * `CATEGORY_SMALL` (warning, category-level) when fewer than 3 units are assessed.
 * @example
 * categorySmall("A", 2)[0].code //=> "CATEGORY_SMALL"
 */
export function categorySmall(category: string, n: number): Diagnostic[] {
  return n < 3 ? [diagnostic("CATEGORY_SMALL", {}, { category, count: n })] : [];
}

/**
 * `CATEGORY_PROVISIONAL` (warning), once per category (SPEC section 4 step 6,
 * revised: one warning per member flooded the list with identical lines),
 * when any member is ungraded: its quotas may move once it is graded. It
 * names every ungraded member (code-point order, so input order changes
 * nothing) and sits at the Units row of the first ungraded member, the one
 * with the lowest Units row.
 * @example
 * categoryProvisional("A", [graded, ungraded1, ungraded2]).length //=> 1
 */
export function categoryProvisional(category: string, members: readonly TierMember[]): Diagnostic[] {
  const ungraded = members.filter((m) => !m.graded);
  if (ungraded.length === 0) return [];
  const params = { category, ungraded: ungraded.map((m) => m.unit).sort(compareCodePoints) };
  const rowOf = (m: TierMember): number => m.location.row ?? Number.MAX_SAFE_INTEGER;
  const first = ungraded.reduce((a, b) => (rowOf(b) < rowOf(a) || (rowOf(b) === rowOf(a) && compareCodePoints(b.unit, a.unit) < 0) ? b : a));
  return [diagnostic("CATEGORY_PROVISIONAL", { ...first.location, unit: first.unit }, params)];
}

/**
 * `TIE_AT_BOUNDARY` (warning, category-level, naming the units) for each tie
 * group reported by a walk, once each even if two walks report it.
 * @example
 * tieAtBoundary("A", [{ units: ["甲", "乙"], composite: d(950), better: "first", worse: "second", given: "first" }], 2)[0]
 *   .message.en //=> 'Category "A": 甲、乙 tie at 950.00 across the First/Second boundary; all get First.'
 */
export function tieAtBoundary(category: string, reports: readonly TieReport[], decimals: number): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const t of reports) {
    const params = { category, units: t.units, composite: t.composite.toFixed(decimals), better: t.better, worse: t.worse, tier: t.given };
    const d = diagnostic("TIE_AT_BOUNDARY", {}, params);
    if (!seen.has(d.message.en)) out.push(d);
    seen.add(d.message.en);
  }
  return out;
}
