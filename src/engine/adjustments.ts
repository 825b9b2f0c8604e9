/**
 * The parts added to or taken from the target score: bonus, penalty,
 * spot-check deduction; and the vetoes and appeals that are checked but not
 * summed. Each function takes one unit's rows of one table.
 */
import { Decimal, ZERO, sum } from "./decimal";
import { toDecimal, type Fixed } from "./fixed";
import { diagnostic, type DiagnosticLocation } from "./messages";
import { locate, type ParsedRow, type ParsedTable } from "./readTable";
import type { Rules } from "./rules";
import { VETO_AREAS } from "./tables";
import type { UnitEntry } from "./registerUnits";
import type { Diagnostic } from "./types";
import type { WorkingDayCounter } from "./workingDayCounter";

/** A number of a row as a Decimal, or undefined when blank or unreadable. */
const decimalOf = (value: Fixed | undefined): Decimal | undefined => (value === undefined ? undefined : toDecimal(value));

/**
 * BONUS_DEFAULT_MULTIPLIER for a row whose Multiplier is blank (or whose
 * table has no Multiplier column): its points count at bonus.multiplier, at
 * the Multiplier cell (else the ApprovedPoints cell).
 */
function defaultMultiplier(table: ParsedTable<"Bonuses">, row: ParsedRow<"Bonuses">, approved: Decimal, multiplier: Decimal, out: Diagnostic[]): void {
  const at = locate(table, row, table.columns.has("Multiplier") ? "Multiplier" : "ApprovedPoints");
  const unit = row.unit ?? "";
  out.push(
    diagnostic("BONUS_DEFAULT_MULTIPLIER", at, {
      unit,
      approved: approved.toString(),
      multiplier: multiplier.toString(),
      points: approved.times(multiplier).toString(),
    }),
  );
}

/**
 * bonus = min(bonus.cap, Σ ApprovedPoints × Multiplier); a blank multiplier is
 * `bonus.multiplier` (BONUS_DEFAULT_MULTIPLIER, info), one outside [multiplier_min, multiplier_max] is
 * BONUS_MULTIPLIER. Null when any row has an error.
 * @example
 * // 3 approved points × 2 + 4 × 2 = 14 → capped at 10 (BONUS_CAPPED)
 */
export function bonusOf(
  unit: UnitEntry,
  table: ParsedTable<"Bonuses"> | null,
  rows: readonly ParsedRow<"Bonuses">[],
  rules: Rules,
  out: Diagnostic[],
): Decimal | null {
  if (!table) return ZERO; // no Bonuses table: no rows, no bonus
  let ok = true;
  const products: Decimal[] = [];
  for (const row of rows) {
    const multiplier = decimalOf(row.values.Multiplier) ?? rules.bonusMultiplier;
    if (multiplier.lessThan(rules.bonusMultiplierMin) || multiplier.greaterThan(rules.bonusMultiplierMax)) {
      out.push(
        diagnostic("BONUS_MULTIPLIER", locate(table, row, "Multiplier"), {
          value: multiplier.toString(),
          min: rules.bonusMultiplierMin.toString(),
          max: rules.bonusMultiplierMax.toString(),
        }),
      );
      ok = false;
    }
    ok = ok && row.ok;
    const approved = decimalOf(row.values.ApprovedPoints);
    if (approved) products.push(approved.times(multiplier));
    if (approved && row.values.Multiplier === undefined && row.ok) defaultMultiplier(table, row, approved, multiplier, out);
  }
  if (!ok) return null;
  const total = sum(products);
  if (total.greaterThan(rules.bonusCap)) {
    out.push(diagnostic("BONUS_CAPPED", unit.location, { unit: unit.name, total: total.toString(), cap: rules.bonusCap.toString() }));
    return rules.bonusCap;
  }
  return total;
}

/**
 * penalty = penalty.points × Σ Count over penalties dated inside the period
 * (a blank date counts; a blank count is 1). Outside the period:
 * PENALTY_OUTSIDE_PERIOD, not counted.
 */
export function penaltyOf(table: ParsedTable<"Penalties"> | null, rows: readonly ParsedRow<"Penalties">[], rules: Rules, out: Diagnostic[]): Decimal | null {
  if (!table) return ZERO; // no Penalties table: no rows, no penalty
  let items = ZERO;
  let ok = true;
  for (const row of rows) {
    ok = ok && row.ok;
    const date = row.values.Date;
    if (date && (date.days < rules.periodStart.days || date.days > rules.periodEnd.days)) {
      out.push(
        diagnostic("PENALTY_OUTSIDE_PERIOD", locate(table, row, "Date"), {
          date: date.iso,
          start: rules.periodStart.iso,
          end: rules.periodEnd.iso,
        }),
      );
      continue;
    }
    items = items.plus(decimalOf(row.values.Count) ?? 1);
  }
  return ok ? items.times(rules.penaltyPoints) : null;
}

/** spotCheck = Σ Deduction; null when any row has an error. */
export function spotCheckOf(rows: readonly ParsedRow<"SpotChecks">[]): Decimal | null {
  if (rows.some((r) => !r.ok)) return null;
  return sum(rows.map((r) => decimalOf(r.values.Deduction) ?? ZERO));
}

/** The unit's vetoes; an area outside the plan's list, or none, is VETO_AREA_UNKNOWN, but the veto applies. */
export function vetoesOf(
  table: ParsedTable<"Vetoes"> | null,
  rows: readonly ParsedRow<"Vetoes">[],
  out: Diagnostic[],
): { area: string; location: DiagnosticLocation }[] {
  if (!table) return []; // no Vetoes table: no rows, no vetoes
  return rows.map((row) => {
    const area = row.values.Area ?? "";
    const location = locate(table, row, table.columns.has("Area") ? "Area" : "Unit");
    if (!VETO_AREAS.includes(area)) out.push(diagnostic("VETO_AREA_UNKNOWN", location, { area }));
    return { area, location };
  });
}

/** APPEAL_LATE when an appeal came more than appeal.working_days after the feedback. */
export function checkAppeals(
  table: ParsedTable<"Appeals"> | null,
  rows: readonly ParsedRow<"Appeals">[],
  rules: Rules,
  counter: WorkingDayCounter,
  out: Diagnostic[],
): void {
  if (!table) return; // no Appeals table: no rows
  for (const row of rows) {
    const feedback = row.values.FeedbackDate;
    const appeal = row.values.AppealDate;
    if (!feedback || !appeal) continue;
    const at = locate(table, row, "AppealDate");
    const days = counter.between(feedback, appeal, "appeal", at);
    if (days > rules.appealWorkingDays) {
      out.push(
        diagnostic("APPEAL_LATE", at, {
          feedback: feedback.iso,
          appeal: appeal.iso,
          days,
          limit: rules.appealWorkingDays,
        }),
      );
    }
  }
}
