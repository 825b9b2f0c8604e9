/**
 * Which rules a diagnostic's finding depends on. While a rule is invalid the
 * tables are still checked (with that rule at its default), so one pass shows
 * every error; a finding that depends on the invalid rule is left out, since
 * it would judge the rows by a value the user did not set. Each code declares
 * the rules it reads (`dependsOn` in ./messages).
 */
import { MESSAGES } from "./messages";
import type { RuleKey } from "./rules";
import type { Diagnostic } from "./types";

/** Ranges that come from a rule rather than from the table declarations: a satisfaction score's full points. */
const BY_COLUMN: Readonly<Record<string, readonly RuleKey[]>> = {
  "Satisfaction.Public": ["weight.public"],
  "Satisfaction.Leader": ["weight.leader"],
};

/**
 * The rule keys a diagnostic's finding depends on.
 * @example
 * dependsOnRules({ code: "PENALTY_OUTSIDE_PERIOD", … }) //=> ["period.start", "period.end"]
 * dependsOnRules({ code: "NOT_A_NUMBER", … }) //=> []
 */
export function dependsOnRules(d: Pick<Diagnostic, "code" | "table" | "column">): readonly RuleKey[] {
  if (d.code === "OUT_OF_RANGE") return BY_COLUMN[`${d.table}.${d.column}`] ?? [];
  return MESSAGES[d.code].dependsOn ?? [];
}

/** The diagnostics whose findings do not depend on any of the invalid rules. */
export function withoutInvalidRules(diagnostics: readonly Diagnostic[], invalid: ReadonlySet<RuleKey>): Diagnostic[] {
  if (invalid.size === 0) return [...diagnostics];
  return diagnostics.filter((d) => !dependsOnRules(d).some((key) => invalid.has(key)));
}
