/**
 * Why a category's tier counts differ from its quotas (SPEC section 4), read
 * from its units, so the "8/7" in the chart is explained one click away:
 * - a tie across a boundary: graded units with equal composites whose ranks
 *   span a quota boundary (share-better gives them all the better tier);
 * - a veto: the unit went down a tier;
 * - the threshold: a graded unit below it is unqualified, its place not refilled;
 * - ungraded units count in N but take no place.
 */
import type { CategorySummary, UnitResult } from "../../engine/types";

export interface QuotaCauses {
  /** Each tie group straddling a boundary: its units and their composite. */
  readonly ties: readonly { readonly units: readonly string[]; readonly composite: string }[];
  readonly vetoed: readonly string[];
  readonly belowThreshold: readonly string[];
  readonly ungraded: readonly string[];
}

/** True when a quota tier's count differs from its quota. */
export function countsDiffer(c: CategorySummary): boolean {
  return c.counts.first !== c.quotas.first || c.counts.second !== c.quotas.second || c.counts.third !== c.quotas.third;
}

/**
 * @example
 * quotaCauses(summary, units).vetoed //=> ["区统计局"]
 */
export function quotaCauses(c: CategorySummary, units: readonly UnitResult[]): QuotaCauses {
  const members = units.filter((u) => u.category === c.category && u.assessed);
  const graded = members.filter((u) => u.graded && u.rank !== null && u.composite !== null);
  const boundaries = [c.quotas.first, c.quotas.first + c.quotas.second];
  const byComposite = new Map<string, UnitResult[]>();
  for (const u of graded) byComposite.set(u.composite as string, [...(byComposite.get(u.composite as string) ?? []), u]);
  const ties = [...byComposite.entries()]
    .filter(([, group]) => {
      const start = group[0].rank as number;
      return group.length > 1 && boundaries.some((b) => start <= b && b < start + group.length - 1);
    })
    .map(([composite, group]) => ({ composite, units: group.map((u) => u.unit) }));
  return {
    ties,
    vetoed: members.filter((u) => u.vetoed).map((u) => u.unit),
    belowThreshold: graded.filter((u) => u.tier === "unqualified" && !u.vetoed).map((u) => u.unit),
    ungraded: members.filter((u) => !u.graded).map((u) => u.unit),
  };
}
