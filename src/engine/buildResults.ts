/**
 * Turns scored and tiered units into the Results rows and category summaries:
 * one row per unit of Units, ordered by category (first appearance in Units),
 * then rank, then unit; every score rounded and written as a decimal string.
 */
import { Decimal, formatScore } from "./decimal";
import type { UnitRegistry } from "./registerUnits";
import type { CategoryTiers, TierMember } from "./tiers/tierCategory";
import type { Bilingual, CategorySummary, Diagnostic, Tier, UnitDetails, UnitResult } from "./types";

/** A unit's parts (exact, or rounded once `members` has rounded them). */
export interface UnitParts {
  readonly functional: Decimal | null;
  readonly common: Decimal | null;
  readonly bonus: Decimal | null;
  readonly penalty: Decimal | null;
  readonly spotCheck: Decimal | null;
  readonly public: Decimal | null;
  readonly leader: Decimal | null;
  readonly vetoes: TierMember["vetoes"];
  readonly details: UnitDetails;
}

type Member = TierMember & { readonly rounded: UnitParts };

const NOT_ASSESSED: Bilingual = { zh: "不参加考评", en: "Not assessed" };

/** Why a unit is not graded, in plain words. */
function notGraded(errors: readonly Diagnostic[], category: string): Bilingual {
  const first = errors[0];
  if (!first) {
    return category === "" ? { zh: "未评定：缺少类别", en: "Not graded: no category" } : { zh: "未评定：得分不完整", en: "Not graded: scores incomplete" };
  }
  const where = first.cell ? `${first.cell} ` : "";
  const more =
    errors.length > 1
      ? { zh: `（另有 ${errors.length - 1} 个错误，见校验提示）`, en: ` (and ${errors.length - 1} more errors: see Warnings)` }
      : { zh: "", en: "" };
  return { zh: `未评定：${where}${first.message.zh}${more.zh}`, en: `Not graded: ${where}${first.message.en}${more.en}` };
}

function scoreText(d: Decimal | null, decimals: number): string | null {
  return d === null ? null : formatScore(d, decimals);
}

function unitResult(
  member: Member,
  entry: { category: string; assessed: boolean },
  tiers: CategoryTiers | undefined,
  errors: readonly Diagnostic[],
  decimals: number,
): UnitResult {
  const placement = member.graded ? tiers?.placements.get(member.unit) : undefined;
  const p = member.rounded;
  const t = (d: Decimal | null): string | null => scoreText(d, decimals);
  // A provisional category's graded units say so in their explanation (see tiers/explain.ts).
  const explanation: Bilingual = !entry.assessed ? NOT_ASSESSED : placement ? placement.explanation : notGraded(errors, entry.category);
  return {
    unit: member.unit,
    category: entry.category,
    assessed: entry.assessed,
    graded: placement !== undefined,
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
    explanation,
    details: p.details,
  };
}

const sizeOf = (t: CategoryTiers): number => t.quotas.first + t.quotas.second + t.quotas.third;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the Results rows and the per-category summaries. */
export function buildResults(
  registry: UnitRegistry,
  members: ReadonlyMap<string, Member>,
  tiers: ReadonlyMap<string, CategoryTiers>,
  diagnostics: readonly Diagnostic[],
  decimals: number,
): { units: UnitResult[]; categories: CategorySummary[] } {
  const errorsByUnit = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity !== "error" || d.unit === null) continue;
    const list = errorsByUnit.get(d.unit);
    if (list) list.push(d);
    else errorsByUnit.set(d.unit, [d]);
  }
  const order = new Map(registry.categoryOrder.map((c, i) => [c, i]));
  const units = [...registry.units.values()]
    .map((entry) => unitResult(members.get(entry.name) as Member, entry, tiers.get(entry.category), errorsByUnit.get(entry.name) ?? [], decimals))
    .sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || cmp(a.unit, b.unit));
  const assessedByCategory = new Map<string, UnitResult[]>();
  for (const u of units) {
    if (!u.assessed) continue;
    const list = assessedByCategory.get(u.category);
    if (list) list.push(u);
    else assessedByCategory.set(u.category, [u]);
  }
  const categories = [...tiers.entries()].map(([category, t]) => summary(category, t, assessedByCategory.get(category) ?? []));
  return { units, categories };
}

/** A category's summary from its assessed units' results. */
function summary(category: string, t: CategoryTiers, inCategory: readonly UnitResult[]): CategorySummary {
  const counts: Record<Tier, number> = { first: 0, second: 0, third: 0, unqualified: 0 };
  for (const u of inCategory) if (u.tier) counts[u.tier]++;
  const graded = inCategory.filter((u) => u.graded).length;
  return { category, size: inCategory.length, graded, provisional: graded < inCategory.length, quotas: t.quotas, counts };
}
