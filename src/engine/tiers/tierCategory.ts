/**
 * The tier engine (SPEC section 4): one category's members and the tier rules
 * in, quotas, placements and diagnostics out. Pure: no host, no I/O, no floats.
 */
import type Decimal from "decimal.js";
import type { Diagnostic } from "../types";
import { applyThresholdAndVeto } from "./applyThresholdAndVeto";
import { assignPlaces, type Place, type Walk } from "./assignPlaces";
import { categoryProvisional, categorySmall, quotaRoundedUp, tieAtBoundary } from "./categoryDiagnostics";
import { explain } from "./explain";
import { margins } from "./margins";
import { quotas } from "./quotas";
import { rankMembers, type Ranked } from "./rankMembers";
import type { CategoryTiers, Placement, Quotas, TierRules, TierMember } from "./types";

export type { CategoryTiers, Placement, QuotaTier, Quotas, Rounding, TiebreakKey, TieMode, TierMember, TierRules, TierVeto } from "./types";
export { quotas } from "./quotas";

const NO_PLACE: Place = { tier: "third", tie: null };

/**
 * Tiers one category (SPEC section 4), in the SPEC's steps:
 * 1. quotas over N = every member, graded or not (see {@link quotas});
 *    `QUOTA_ROUNDED_UP` for a quota above its share, `CATEGORY_SMALL` if N < 3;
 * 2. graded members ordered by composite, equal composites sharing a rank;
 * 3. places walked positionally, ties across a boundary by `tier.ties`
 *    (see `assignPlaces`); this is each member's `quotaTier`, and margins
 *    are measured against it;
 * 4–5. threshold, then veto (see `applyThresholdAndVeto`);
 * 6. one `CATEGORY_PROVISIONAL` at the first ungraded member's row when any is ungraded.
 *
 * Veto refill policy (`veto.refill`): false (the default) leaves a vetoed
 * unit's place empty. True walks the places again over the order without the
 * vetoed units, ties resolved the same way, so a freed first place goes to
 * the best unit below the first quota, its second place to the next, and so
 * on down; every unit that is not vetoed takes its tier from that walk. A
 * vetoed unit takes its own step-3 tier (the walk with everyone), then the
 * threshold, then goes down one. Units below the threshold keep their
 * positions in both walks: their places are never refilled. `quotaTier` stays
 * the step-3 tier; the refill shows as a step in the explanation. A tie
 * reported by both walks is reported once.
 *
 * Diagnostics come in a fixed order (quotas, small category, ties, then each
 * unit in rank order, then provisional by unit name), so shuffling the
 * members changes nothing.
 *
 * @example
 * const t = tierCategory("公共事务管理和监管、监督类", members14, rules);
 * t.quotas                                     //=> { first: 6, second: 7, third: 1 }
 * t.placements.get("区审计局")?.explanation.zh //=> "第3名/14 → 一等；一票否决(安全生产) → 二等"
 */
export function tierCategory(category: string, members: readonly TierMember[], rules: TierRules): CategoryTiers {
  const n = members.length;
  const q = quotas(n, rules.ratios, rules.rounding);
  const order = rankMembers(members);
  const step3 = assignPlaces(order, q, rules.ties, rules.tiebreak);
  const refill = refillWalk(order, q, rules);
  const marginOf = margins(order, (unit) => (step3.places.get(unit) ?? NO_PLACE).tier);
  const provisional = members.some((m) => !m.graded);
  const placements = new Map<string, Placement>();
  const unitDiagnostics: Diagnostic[] = [];
  for (const r of order) {
    const placed = placeMember(r, { n, step3, refill, margin: marginOf.get(r.member.unit) ?? null, provisional, rules });
    placements.set(r.member.unit, placed.placement);
    unitDiagnostics.push(...placed.diagnostics);
  }
  const diagnostics = [
    ...quotaRoundedUp(category, n, q, rules.ratios),
    ...categorySmall(category, n),
    ...tieAtBoundary(category, [...step3.ties, ...(refill?.ties ?? [])], rules.decimals),
    ...unitDiagnostics,
    ...categoryProvisional(category, members),
  ];
  return { quotas: q, placements, diagnostics };
}

/**
 * The walk without the vetoed units that free a place, or null when there is
 * nothing to refill. A vetoed unit below the threshold keeps its position: the
 * threshold already took its place, and that place is not refilled.
 */
function refillWalk(order: readonly Ranked[], q: Quotas, rules: TierRules): Walk | null {
  if (!rules.vetoRefill) return null;
  const freesPlace = (r: Ranked): boolean => r.member.vetoes.length > 0 && !r.composite.lt(rules.threshold);
  if (!order.some(freesPlace)) return null;
  return assignPlaces(
    order.filter((r) => !freesPlace(r)),
    q,
    rules.ties,
    rules.tiebreak,
  );
}

interface PlaceContext {
  readonly n: number;
  readonly step3: Walk;
  readonly refill: Walk | null;
  readonly margin: Decimal | null;
  readonly provisional: boolean;
  readonly rules: TierRules;
}

function placeMember(r: Ranked, ctx: PlaceContext): { placement: Placement; diagnostics: readonly Diagnostic[] } {
  const unit = r.member.unit;
  const place = ctx.step3.places.get(unit) ?? NO_PLACE;
  const refilled = ctx.refill?.places.get(unit)?.tier ?? null;
  const member = { ...r.member, composite: r.composite };
  const outcome = applyThresholdAndVeto(member, place.tier, refilled, ctx.rules);
  const explanation = explain({
    rank: r.rank,
    tied: r.tied,
    size: ctx.n,
    quotaTier: place.tier,
    tie: place.tie,
    steps: outcome.steps,
    provisional: ctx.provisional,
  });
  const veto = outcome.steps.find((s) => s.kind === "veto");
  const vetoedFrom = veto?.kind === "veto" ? veto.from : null;
  const placement: Placement = { unit, rank: r.rank, quotaTier: place.tier, tier: outcome.tier, margin: ctx.margin, vetoedFrom, explanation };
  return { placement, diagnostics: outcome.diagnostics };
}
