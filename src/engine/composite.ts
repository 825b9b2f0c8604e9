/**
 * How a unit's parts add up to its composite: the one place the formula lives.
 */
import { Decimal, roundHalfUp } from "./decimal";
import type { TierMember } from "./tiers/types";
import type { UnitDetails } from "./types";

/** A unit's parts (exact, or rounded once {@link compositeOf} has rounded them); null where a part could not be computed. */
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

/** A unit's rounded parts and the sums made of them. */
export interface Composite {
  readonly rounded: UnitParts;
  /** functional + common. */
  readonly target: Decimal | null;
  /** public + leader. */
  readonly satisfaction: Decimal | null;
  /** penalty + spotCheck. */
  readonly deductions: Decimal | null;
  /** target + bonus + satisfaction − deductions. */
  readonly composite: Decimal | null;
}

const plus = (a: Decimal | null, b: Decimal | null): Decimal | null => (a && b ? a.plus(b) : null);

/**
 * A unit's composite (SPEC section 3):
 *
 *   composite = target + bonus + satisfaction − deductions
 *             = functional + common + bonus + public + leader − penalty − spotCheck
 *
 * Rounding policy: each part is rounded half-up to `decimals` first, and the
 * sums are exact sums of the rounded parts, so the numbers written on a
 * Results row always add up, and ranking and ties use the composite as
 * written (what people see is what decides). A part that could not be
 * computed (null) makes every sum it enters null, and so the composite.
 *
 * @example
 * compositeOf({ functional: d("585.504"), common: d("290"), bonus: d("10"), penalty: d("0"), spotCheck: d("1"),
 *   public: d("190"), leader: d("94.25"), vetoes: [], details }, 2).composite?.toFixed(2)
 * //=> "1168.75" (585.50 + 290 + 10 + 190 + 94.25 − 0 − 1)
 */
export function compositeOf(parts: UnitParts, decimals: number): Composite {
  const r = (d: Decimal | null): Decimal | null => (d === null ? null : roundHalfUp(d, decimals));
  const rounded: UnitParts = {
    ...parts,
    functional: r(parts.functional),
    common: r(parts.common),
    bonus: r(parts.bonus),
    penalty: r(parts.penalty),
    spotCheck: r(parts.spotCheck),
    public: r(parts.public),
    leader: r(parts.leader),
  };
  const target = plus(rounded.functional, rounded.common);
  const satisfaction = plus(rounded.public, rounded.leader);
  const deductions = plus(rounded.penalty, rounded.spotCheck);
  const gained = plus(plus(target, rounded.bonus), satisfaction);
  const composite = gained && deductions ? gained.minus(deductions) : null;
  return { rounded, target, satisfaction, deductions, composite };
}
