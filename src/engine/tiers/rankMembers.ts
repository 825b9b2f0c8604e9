import type Decimal from "decimal.js";
import { compareCodePoints } from "../compareCodePoints";
import type { TierMember } from "./types";

/** A graded member in the order of step 2, with its competition rank. */
export interface Ranked {
  readonly member: TierMember;
  readonly composite: Decimal;
  /** 1 + the number of members with a higher composite: 1, 2, 2, 4. */
  readonly rank: number;
  /** True when another graded member has the same composite. */
  readonly tied: boolean;
}

/**
 * Orders the graded members of a category by composite, highest first
 * (SPEC section 4, step 2). Equal composites share a rank (1, 2, 2, 4) and are
 * listed by unit name in code-point order, only so that the output never
 * depends on input order; the name decides no tier.
 *
 * Ungraded members take no place.
 *
 * @example
 * rankMembers([a950, b960, c950]).map((r) => `${r.member.unit}:${r.rank}`)
 * //=> ["b:1", "a:2", "c:2"]
 */
export function rankMembers(members: readonly TierMember[]): Ranked[] {
  const graded = members
    .filter((m): m is TierMember & { graded: true } => m.graded)
    .sort((a, b) => b.composite.cmp(a.composite) || compareCodePoints(a.unit, b.unit));
  let rank = 0;
  return graded.map((member, i) => {
    const prev = graded[i - 1];
    const next = graded[i + 1];
    if (prev === undefined || !prev.composite.eq(member.composite)) rank = i + 1;
    const tied = rank < i + 1 || (next !== undefined && next.composite.eq(member.composite));
    return { member, composite: member.composite, rank, tied };
  });
}
