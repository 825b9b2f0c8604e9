/**
 * Functional and common scores of one unit from its Indicators rows, with the
 * checks that belong to them: score within MaxPoints, points totals, core
 * indicator count, late adjustments and late temporary tasks.
 */
import type { Decimal } from "./decimal";
import { compareFixed, FixedSum, fixedToString } from "./fixed";
import { diagnostic } from "./messages";
import { locate, type ParsedRow, type ParsedTable } from "./readTable";
import type { Rules } from "./rules";
import { columnDecl, CORE_GROUPS, TEMPORARY_GROUPS } from "./tables";
import type { UnitEntry } from "./registerUnits";
import type { Diagnostic } from "./types";
import type { WorkingDayCounter } from "./workingDayCounter";

export interface IndicatorScores {
  /** Null when the unit has no rows of that type or any of them has an error. */
  readonly functional: Decimal | null;
  readonly common: Decimal | null;
}

type Row = ParsedRow<"Indicators">;
type Table = ParsedTable<"Indicators">;

const SCORE = columnDecl("Indicators", "Score");

const inGroup = (row: Row, groups: readonly string[]): boolean => row.values.Group !== undefined && groups.includes(row.values.Group.toLowerCase());

/** OUT_OF_RANGE for a score above its MaxPoints; returns whether the row stays usable. */
function checkScore(table: Table, row: Row, out: Diagnostic[]): boolean {
  const max = row.values.MaxPoints;
  const score = row.values.Score;
  if (max !== undefined && score !== undefined && compareFixed(score, max) > 0) {
    out.push(
      diagnostic("OUT_OF_RANGE", locate(table, row, "Score"), {
        column: { en: SCORE.name, zh: SCORE.zh },
        value: fixedToString(score),
        range: `0..${fixedToString(max)}`,
      }),
    );
    return false;
  }
  return row.ok;
}

/** ADJUSTMENT_LATE and TEMPORARY_LATE: warnings; the row still counts. */
function checkDates(table: Table, row: Row, rules: Rules, counter: WorkingDayCounter, out: Diagnostic[]): void {
  const adjusted = row.values.AdjustmentFiled;
  if (adjusted && adjusted.days > rules.deadlineAdjustment.days) {
    out.push(diagnostic("ADJUSTMENT_LATE", locate(table, row, "AdjustmentFiled"), { date: adjusted.iso, deadline: rules.deadlineAdjustment.iso }));
  }
  const assigned = row.values.AssignedDate;
  const filed = row.values.FiledDate;
  if (assigned && filed && inGroup(row, TEMPORARY_GROUPS)) {
    const at = locate(table, row, "FiledDate");
    const days = counter.between(assigned, filed, "temporary", at);
    if (days > rules.temporaryWorkingDays) {
      out.push(diagnostic("TEMPORARY_LATE", at, { assigned: assigned.iso, filed: filed.iso, days, limit: rules.temporaryWorkingDays }));
    }
  }
}

/** Σ of a required number column over rows without errors (a usable type's rows are all such rows), exact. */
function sumOf(rows: readonly Row[], column: "MaxPoints" | "Score"): Decimal {
  const total = new FixedSum();
  for (const row of rows) if (row.ok) total.add(row.values[column]);
  return total.value();
}

function typeScore(unit: UnitEntry, type: "functional" | "common", rows: readonly Row[], usable: boolean, rules: Rules, out: Diagnostic[]): Decimal | null {
  if (rows.length === 0) {
    if (unit.assessed) out.push(diagnostic("INDICATORS_MISSING", unit.location, { unit: unit.name, type }));
    return null;
  }
  if (!usable) return null;
  const weight = type === "functional" ? rules.weightFunctional : rules.weightCommon;
  const totalMax = sumOf(rows, "MaxPoints");
  const total = sumOf(rows, "Score");
  if (totalMax.equals(weight)) return total;
  if (type === "functional" && rules.functionalNormalize && !totalMax.isZero()) return total.times(weight).dividedBy(totalMax);
  // An error that blocks the unit: points short of the weight are most often a row lost to a misspelled unit name (UNIT_UNKNOWN).
  if (unit.assessed)
    out.push(diagnostic("POINTS_TOTAL_MISMATCH", unit.location, { unit: unit.name, type, total: totalMax.toString(), weight: weight.toString() }));
  return total;
}

const groupsUsed = new WeakMap<Table, boolean>();

/** Whether any row of the table has a Group: a template's Group column left empty asks for no core count. Once per table. */
function hasGroups(table: Table): boolean {
  let used = groupsUsed.get(table);
  if (used === undefined) {
    used = table.columns.has("Group") && table.rows.some((r) => r.values.Group !== undefined);
    groupsUsed.set(table, used);
  }
  return used;
}

/**
 * Sums a unit's functional and common scores. Σ Score per type; functional
 * is scaled by weight ÷ ΣMaxPoints when `functional.normalize` is on and the
 * points do not total the weight; otherwise points that do not total the
 * weight are POINTS_TOTAL_MISMATCH, an error that leaves the unit ungraded.
 * CORE_COUNT is checked only where the table's Group column holds at least
 * one value (a summary table of one row per type has none, and a template's
 * Group column may be left empty).
 */
export function indicatorScores(
  unit: UnitEntry,
  table: Table,
  rows: readonly Row[],
  rules: Rules,
  counter: WorkingDayCounter,
  out: Diagnostic[],
): IndicatorScores {
  const functional = rows.filter((r) => r.values.Type === "functional");
  const common = rows.filter((r) => r.values.Type === "common");
  let usable = { functional: true, common: true };
  for (const row of rows) {
    const ok = checkScore(table, row, out);
    checkDates(table, row, rules, counter, out);
    if (!ok && row.values.Type === "functional") usable = { ...usable, functional: false };
    if (!ok && row.values.Type === "common") usable = { ...usable, common: false };
    if (!ok && row.values.Type === undefined) usable = { functional: false, common: false };
  }
  if (hasGroups(table) && unit.assessed) {
    const core = functional.filter((r) => inGroup(r, CORE_GROUPS)).length;
    if (core < rules.coreMin || core > rules.coreMax) {
      out.push(diagnostic("CORE_COUNT", unit.location, { unit: unit.name, count: core, min: rules.coreMin, max: rules.coreMax }));
    }
  }
  return {
    functional: typeScore(unit, "functional", functional, usable.functional, rules, out),
    common: typeScore(unit, "common", common, usable.common, rules, out),
  };
}
