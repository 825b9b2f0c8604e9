import type Decimal from "decimal.js";
import type { Ranked } from "./rankMembers";
import type { QuotaTier } from "./types";

const BETTER: Readonly<Record<QuotaTier, QuotaTier | null>> = { first: null, second: "first", third: "second" };

/**
 * Each graded member's margin: the points it would need to draw level with
 * the lowest composite of the next better quota tier in its category
 * (SPEC section 4). Quota tiers are those of step 3, before threshold and
 * veto, so a vetoed or unqualified unit still shows how far it was from the
 * next place. Null in the first quota tier and where the better tier has no
 * member (e.g. a first quota of 0). Never negative, since places follow the
 * order; 0 where `tiebreak` split equal composites.
 *
 * @example
 * // quota tiers: a 960 first, b 950 first, c 940 second, d 900 third
 * margins(order, quotaTierOf).get("c") //=> Decimal(10): 950 − 940
 * margins(order, quotaTierOf).get("a") //=> null
 */
export function margins(order: readonly Ranked[], quotaTierOf: (unit: string) => QuotaTier): Map<string, Decimal | null> {
  const lowest = new Map<QuotaTier, Decimal>();
  for (const r of order) {
    const tier = quotaTierOf(r.member.unit);
    const low = lowest.get(tier);
    if (low === undefined || r.composite.lt(low)) lowest.set(tier, r.composite);
  }
  const result = new Map<string, Decimal | null>();
  for (const r of order) {
    const better = BETTER[quotaTierOf(r.member.unit)];
    const target = better === null ? undefined : lowest.get(better);
    result.set(r.member.unit, target === undefined ? null : target.minus(r.composite));
  }
  return result;
}
