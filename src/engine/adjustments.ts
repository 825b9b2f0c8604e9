/**
 * The parts added to or taken from the target score: bonus, penalty,
 * spot-check deduction; and the vetoes and appeals that are checked but not
 * summed. Each function takes one unit's rows of one table.
 */
import type { Day } from "./cells";
import { workingDaysBetween, type Calendar } from "./calendar";
import { Decimal, ZERO, sum } from "./decimal";
import { toDecimal, type Fixed } from "./fixed";
import { diagnostic, type DiagnosticLocation } from "./messages";
import { locate, type ParsedRow, type ParsedTable } from "./readTable";
import type { Rules } from "./rules";
import { VETO_AREAS } from "./tables";
import type { UnitEntry } from "./registerUnits";
import type { Diagnostic } from "./types";

/** A row's number in a column as a Decimal, or undefined when blank or unreadable. */
function decimalIn(row: ParsedRow, column: string): Decimal | undefined {
  const value = row.values[column] as Fixed | undefined;
  return value === undefined ? undefined : toDecimal(value);
}

/**
 * bonus = min(bonus.cap, Σ ApprovedPoints × Multiplier); a blank multiplier is
 * `bonus.multiplier`, one outside [multiplier_min, multiplier_max] is
 * BONUS_MULTIPLIER. Null when any row has an error.
 * @example
 * // 3 approved points × 2 + 4 × 2 = 14 → capped at 10 (BONUS_CAPPED)
 */
export function bonusOf(unit: UnitEntry, table: ParsedTable | null, rows: readonly ParsedRow[], rules: Rules, out: Diagnostic[]): Decimal | null {
  let ok = true;
  const products: Decimal[] = [];
  for (const row of rows) {
    const multiplier = decimalIn(row, "Multiplier") ?? rules.bonusMultiplier;
    if (multiplier.lessThan(rules.bonusMultiplierMin) || multiplier.greaterThan(rules.bonusMultiplierMax)) {
      out.push(
        diagnostic("BONUS_MULTIPLIER", locate(table as ParsedTable, row, "Multiplier"), {
          value: multiplier.toString(),
          min: rules.bonusMultiplierMin.toString(),
          max: rules.bonusMultiplierMax.toString(),
        }),
      );
      ok = false;
    }
    ok = ok && row.ok;
    const approved = decimalIn(row, "ApprovedPoints");
    if (approved) products.push(approved.times(multiplier));
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
export function penaltyOf(table: ParsedTable | null, rows: readonly ParsedRow[], rules: Rules, out: Diagnostic[]): Decimal | null {
  let items = ZERO;
  let ok = true;
  for (const row of rows) {
    ok = ok && row.ok;
    const date = row.values.Date as Day | undefined;
    if (date && (date.days < rules.periodStart.days || date.days > rules.periodEnd.days)) {
      out.push(
        diagnostic("PENALTY_OUTSIDE_PERIOD", locate(table as ParsedTable, row, "Date"), {
          date: date.iso,
          start: rules.periodStart.iso,
          end: rules.periodEnd.iso,
        }),
      );
      continue;
    }
    items = items.plus(decimalIn(row, "Count") ?? 1);
  }
  return ok ? items.times(rules.penaltyPoints) : null;
}

/** spotCheck = Σ Deduction; null when any row has an error. */
export function spotCheckOf(rows: readonly ParsedRow[]): Decimal | null {
  if (rows.some((r) => !r.ok)) return null;
  return sum(rows.map((r) => decimalIn(r, "Deduction") ?? ZERO));
}

/** The unit's vetoes; an area outside the plan's list, or none, is VETO_AREA_UNKNOWN, but the veto applies. */
export function vetoesOf(table: ParsedTable | null, rows: readonly ParsedRow[], out: Diagnostic[]): { area: string; location: DiagnosticLocation }[] {
  return rows.map((row) => {
    const area = typeof row.values.Area === "string" ? row.values.Area : "";
    const location = locate(table as ParsedTable, row, (table as ParsedTable).columns.has("Area") ? "Area" : "Unit");
    if (!VETO_AREAS.includes(area)) out.push(diagnostic("VETO_AREA_UNKNOWN", location, { area }));
    return { area, location };
  });
}

/** APPEAL_LATE when an appeal came more than appeal.working_days after the feedback. */
export function checkAppeals(table: ParsedTable | null, rows: readonly ParsedRow[], rules: Rules, calendar: Calendar, out: Diagnostic[]): void {
  for (const row of rows) {
    const feedback = row.values.FeedbackDate as Day | undefined;
    const appeal = row.values.AppealDate as Day | undefined;
    if (!feedback || !appeal) continue;
    const days = workingDaysBetween(feedback, appeal, calendar);
    if (days > rules.appealWorkingDays) {
      out.push(
        diagnostic("APPEAL_LATE", locate(table as ParsedTable, row, "AppealDate"), {
          feedback: feedback.iso,
          appeal: appeal.iso,
          days,
          limit: rules.appealWorkingDays,
        }),
      );
    }
  }
}
