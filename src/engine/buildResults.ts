/**
 * Turns scored and tiered units into the Results rows and category summaries:
 * one row per unit of Units, ordered by category (first appearance in Units),
 * then rank, then unit; every score rounded and written as a decimal string.
 */
import { Decimal, formatScore } from "./decimal";
import type { UnitParts } from "./composite";
import type { UnitRegistry } from "./registerUnits";
import type { CategoryTiers, Placement, TierMember } from "./tiers/tierCategory";
import type { Bilingual, CategorySummary, Tier, UnitResult } from "./types";
import { notGradedText, type NotGraded } from "./unitStanding";

/** A unit as scored: its tier member, its rounded parts and, when it is not graded, why (see ./unitStanding). */
export type Member = TierMember & { readonly rounded: UnitParts } & ({ readonly graded: true } | { readonly graded: false; readonly why: NotGraded });

function scoreText(d: Decimal | null, decimals: number): string | null {
  return d === null ? null : formatScore(d, decimals);
}

/**
 * A graded member's placement and explanation, or an ungraded one's reason.
 * A provisional category's graded units say so in their explanation (see tiers/explain.ts).
 */
function outcome(member: Member, tiers: CategoryTiers | undefined): { placement: Placement | null; explanation: Bilingual } {
  if (!member.graded) return { placement: null, explanation: notGradedText(member.why) };
  const placement = tiers?.placements.get(member.unit);
  // tierCategory places every graded member of its category.
  if (!placement) throw new Error(`Graded unit ${member.unit} has no placement`);
  return { placement, explanation: placement.explanation };
}

function unitResult(member: Member, entry: { category: string; assessed: boolean }, tiers: CategoryTiers | undefined, decimals: number): UnitResult {
  const { placement, explanation } = outcome(member, tiers);
  const p = member.rounded;
  const t = (d: Decimal | null): string | null => scoreText(d, decimals);
  return {
    unit: member.unit,
    category: entry.category,
    assessed: entry.assessed,
    graded: member.graded,
    functional: t(p.functional),
    common: t(p.common),
    target: t(member.target),
    bonus: t(p.bonus),
    penalty: t(p.penalty),
    public: t(p.public),
    leader: t(p.leader),
    spotCheck: t(p.spotCheck),
    composite: t(member.composite),
    rank: placement?.rank ?? null,
    categorySize: entry.assessed && entry.category !== "" ? (tiers ? sizeOf(tiers) : null) : null,
    tier: placement?.tier ?? null,
    margin: placement?.margin ? t(placement.margin) : null,
    vetoed: member.vetoes.length > 0,
    vetoedFrom: placement?.vetoedFrom ?? null,
    explanation,
    details: p.details,
  };
}

const sizeOf = (t: CategoryTiers): number => t.quotas.first + t.quotas.second + t.quotas.third;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the Results rows and the per-category summaries, from each category's
 * assessed members as grouped once by the scorer.
 */
export function buildResults(
  registry: UnitRegistry,
  members: ReadonlyMap<string, Member>,
  assessedByCategory: ReadonlyMap<string, readonly Member[]>,
  tiers: ReadonlyMap<string, CategoryTiers>,
  decimals: number,
): { units: UnitResult[]; categories: CategorySummary[] } {
  const order = new Map(registry.categoryOrder.map((c, i) => [c, i]));
  const units = [...registry.units.values()]
    .map((entry) => unitResult(members.get(entry.name) as Member, entry, tiers.get(entry.category), decimals))
    .sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || cmp(a.unit, b.unit));
  const categories = [...tiers.entries()].map(([category, t]) => summary(category, t, assessedByCategory.get(category) ?? []));
  return { units, categories };
}

/** A category's summary from its assessed members and their placements (one per graded member). */
function summary(category: string, t: CategoryTiers, inCategory: readonly Member[]): CategorySummary {
  const counts: Record<Tier, number> = { first: 0, second: 0, third: 0, unqualified: 0 };
  for (const p of t.placements.values()) counts[p.tier]++;
  const graded = inCategory.filter((m) => m.graded).length;
  return { category, size: inCategory.length, graded, provisional: graded < inCategory.length, quotas: t.quotas, counts };
}
