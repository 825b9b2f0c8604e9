/**
 * Which rules a diagnostic's finding depends on. While a rule is invalid the
 * tables are still checked (with that rule at its default), so one pass shows
 * every error; a finding that depends on the invalid rule is left out, since
 * it would judge the rows by a value the user did not set.
 */
import type { Diagnostic, DiagnosticCode } from "./types";

/** The rules each code's check reads. Codes not listed depend on none. */
const BY_CODE: Partial<Readonly<Record<DiagnosticCode, readonly string[]>>> = {
  CATEGORY_UNKNOWN: ["categories"],
  POINTS_TOTAL_MISMATCH: ["weight.functional", "weight.common"],
  CORE_COUNT: ["core.min", "core.max"],
  SURVEY_FEW_VOTES: ["survey.min_votes"],
  BONUS_MULTIPLIER: ["bonus.multiplier", "bonus.multiplier_min", "bonus.multiplier_max"],
  BONUS_CAPPED: ["bonus.cap"],
  PENALTY_OUTSIDE_PERIOD: ["period.start", "period.end"],
  PERIOD_MISMATCH: ["period.start", "period.end"],
  ADJUSTMENT_LATE: ["deadline.adjustment"],
  TEMPORARY_LATE: ["temporary.working_days"],
  APPEAL_LATE: ["appeal.working_days"],
};

/** Ranges that come from a rule rather than from the table declarations: a satisfaction score's full points. */
const BY_COLUMN: Readonly<Record<string, readonly string[]>> = {
  "Satisfaction.Public": ["weight.public"],
  "Satisfaction.Leader": ["weight.leader"],
};

/**
 * The rule keys a diagnostic's finding depends on.
 * @example
 * dependsOnRules({ code: "PENALTY_OUTSIDE_PERIOD", … }) //=> ["period.start", "period.end"]
 * dependsOnRules({ code: "NOT_A_NUMBER", … }) //=> []
 */
export function dependsOnRules(d: Pick<Diagnostic, "code" | "table" | "column">): readonly string[] {
  if (d.code === "OUT_OF_RANGE") return BY_COLUMN[`${d.table}.${d.column}`] ?? [];
  return BY_CODE[d.code] ?? [];
}

/** The diagnostics whose findings do not depend on any of the invalid rules. */
export function withoutInvalidRules(diagnostics: readonly Diagnostic[], invalid: ReadonlySet<string>): Diagnostic[] {
  if (invalid.size === 0) return [...diagnostics];
  return diagnostics.filter((d) => !dependsOnRules(d).some((key) => invalid.has(key)));
}
