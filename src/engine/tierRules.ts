/**
 * The tier engine's rules (SPEC section 4), taken from the Rules in force:
 * the one place that says which rule each tier rule is. `TierRules` is this
 * function's result type, so each tier rule has the type its rule's parser
 * gives, and a rule renamed or removed in `RULES` fails here, at compile time.
 */
import type { Rules } from "./rules";

/**
 * The rules `tierCategory` grades a category with.
 * @example
 * tierRulesOf(readRules(null).checking).rounding //=> "largest-remainder"
 */
export function tierRulesOf(rules: Rules) {
  return {
    /** First, second, third shares; they sum to 1 (validated by the Rules reader). */
    ratios: rules.tierRatios,
    rounding: rules.tierRounding,
    /** A composite below this is unqualified. */
    threshold: rules.tierThreshold,
    ties: rules.tierTies,
    tiebreak: rules.tierTiebreak,
    /** True: a vetoed unit's freed place goes to the next unit. */
    vetoRefill: rules.vetoRefill,
    /** Decimals for numbers written in messages and explanations. */
    decimals: rules.decimals,
  } as const;
}
