import type Decimal from "decimal.js";
import { diagnostic } from "../messages";
import type { Diagnostic, Tier } from "../types";
import type { QuotaTier, TierMember, TierRules } from "./types";

/** One thing that moved a member's tier after its quota tier, in order. */
export type Step =
  /** With `veto.refill`, a vetoed unit's freed place moved this member up. */
  | { readonly kind: "refill"; readonly tier: QuotaTier }
  | { readonly kind: "threshold"; readonly composite: string; readonly threshold: string }
  | { readonly kind: "veto"; readonly areas: readonly string[]; readonly from: Tier; readonly to: Tier };

export interface Outcome {
  readonly tier: Tier;
  readonly steps: readonly Step[];
  readonly diagnostics: readonly Diagnostic[];
}

const LOWER: Readonly<Record<Tier, Tier>> = {
  first: "second",
  second: "third",
  third: "unqualified",
  unqualified: "unqualified",
};

/**
 * A graded member's final tier from its quota tier (SPEC section 4, steps 4 and 5).
 *
 * - Start: the quota tier of step 3; with `veto.refill`, a member that is not
 *   vetoed starts from `refilled`, its tier in the walk without the vetoed
 *   units (a `refill` step when that differs).
 * - Threshold: a composite below `tier.threshold` is `unqualified` wherever it
 *   ranks (`BELOW_THRESHOLD`). Its place is not handed on to anyone.
 * - Veto: one tier down from the tier after the threshold: first → second →
 *   third → unqualified (`VETO_APPLIED`, at the first veto's row). A unit
 *   already unqualified stays so; the veto is still reported, since staff
 *   check vetoes on the Warnings sheet.
 *
 * @example
 * applyThresholdAndVeto(vetoedFirst950, "first", null, rules).tier //=> "second"
 * applyThresholdAndVeto(plain880, "third", null, rules).tier       //=> "unqualified"
 */
export function applyThresholdAndVeto(
  member: TierMember & { readonly composite: Decimal },
  quotaTier: QuotaTier,
  refilled: QuotaTier | null,
  rules: TierRules,
): Outcome {
  const vetoed = member.vetoes.length > 0;
  let tier: Tier = !vetoed && refilled !== null ? refilled : quotaTier;
  const steps: Step[] = [];
  const diagnostics: Diagnostic[] = [];
  if (tier !== quotaTier) steps.push({ kind: "refill", tier: tier as QuotaTier });
  if (member.composite.lt(rules.threshold)) {
    tier = "unqualified";
    const composite = member.composite.toFixed(rules.decimals);
    const threshold = rules.threshold.toFixed();
    steps.push({ kind: "threshold", composite, threshold });
    diagnostics.push(diagnostic("BELOW_THRESHOLD", { ...member.location, unit: member.unit }, { unit: member.unit, composite, threshold }));
  }
  if (vetoed) {
    const veto = vetoStep(member, tier);
    steps.push(veto.step);
    diagnostics.push(veto.diagnostic);
    tier = veto.step.to;
  }
  return { tier, steps, diagnostics };
}

function vetoStep(member: TierMember, from: Tier): { step: Step & { kind: "veto" }; diagnostic: Diagnostic } {
  const areas = [...new Set(member.vetoes.map((v) => v.area).filter((a) => a !== ""))];
  const to = LOWER[from];
  const location = { ...(member.vetoes[0]?.location ?? member.location), unit: member.unit };
  return { step: { kind: "veto", areas, from, to }, diagnostic: diagnostic("VETO_APPLIED", location, { unit: member.unit, areas, from, to }) };
}
