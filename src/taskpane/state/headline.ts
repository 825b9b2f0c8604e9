/**
 * What a finished run amounts to, in one of four states a person can tell
 * apart at a glance (issue 7: a run that graded 0 of 45 showed a green tick):
 * - `graded`: every assessed unit graded and the outputs written;
 * - `partial`: some graded, some not (the causes are the error kinds that
 *   concern the ungraded units, biggest first);
 * - `none`: nothing graded, though Results were rewritten (every row 未评定);
 * - `withheld`: Results left as they were (RULE_INVALID, a required table
 *   missing or unreadable: SPEC section 2), only Warnings written.
 * A run blocked by OUTPUT_CONFLICT wrote nothing; WriteStatus says so.
 */
import { groupDiagnostics, type DiagnosticGroup } from "../../engine/groupDiagnostics";
import type { Diagnostic, GradeResult } from "../../engine/types";

export type HeadlineKind = "graded" | "partial" | "none" | "withheld";

export interface Headline {
  readonly kind: HeadlineKind;
  readonly graded: number;
  readonly assessed: number;
  /** Error kinds that stopped grading, biggest first (at most three). */
  readonly causes: readonly DiagnosticGroup[];
  /** The first error to fix: the first item of the biggest kind, or null when there is none. */
  readonly firstFix: Diagnostic | null;
}

/** Error kinds shown as the causes of a partial or failed run. */
export const TOP_CAUSES = 3;

/**
 * @example
 * headlineOf({ ...result, units: 45 assessed, 30 graded }).kind //=> "partial"
 */
export function headlineOf(result: GradeResult): Headline {
  const assessed = result.units.filter((u) => u.assessed);
  const graded = assessed.filter((u) => u.graded).length;
  const kind: HeadlineKind = result.resultsWithheld ? "withheld" : graded === assessed.length ? "graded" : graded === 0 ? "none" : "partial";
  const errors = groupDiagnostics(result.diagnostics.filter((d) => d.severity === "error"));
  // What kept units from being graded: kinds that concern a unit, or (withheld, nothing graded) any error.
  const ungradedUnits = new Set(assessed.filter((u) => !u.graded).map((u) => u.unit));
  const concerning = kind === "partial" ? errors.filter((g) => g.units.some((u) => ungradedUnits.has(u))) : errors;
  const causes = (concerning.length > 0 ? concerning : errors).slice(0, TOP_CAUSES);
  const firstFix = kind === "graded" ? null : (causes[0]?.items.find((d) => d.at !== null) ?? causes[0]?.items[0] ?? null);
  return { kind, graded, assessed: assessed.length, causes, firstFix };
}
