/**
 * PERIOD_MISMATCH: a workbook whose dated rows all belong to another year
 * than the period in Rules — typically last year's workbook reused, or a new
 * workbook without a Rules table (the defaults are the reference plan's
 * 2016). Left alone, every penalty would be PENALTY_OUTSIDE_PERIOD and not
 * counted: a result silently changed. One warning says what to fix.
 */
import type { Day } from "./cells";
import { diagnostic } from "./messages";
import { cellOf, type ParsedRow, type ParsedTable } from "./readTable";
import type { Rules } from "./rules";
import type { Diagnostic } from "./types";

/** The dated columns the check looks at, per table (SPEC section 5). */
const DATED: readonly (readonly [string, readonly string[]])[] = [
  ["Penalties", ["Date"]],
  ["Indicators", ["AssignedDate", "FiledDate", "AdjustmentFiled"]],
];

const yearOf = (day: Day): number => Number(day.iso.slice(0, 4));

/** The dates of a row's dated columns that it has. */
function datesOf(row: ParsedRow, columns: readonly string[]): Day[] {
  const days: Day[] = [];
  for (const c of columns) {
    const v = row.values[c] as Day | undefined;
    if (v !== undefined && typeof v === "object" && "days" in v) days.push(v);
  }
  return days;
}

/** The most frequent of the years, the latest on a tie. */
function commonestYear(years: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best = years[0] as number;
  for (const [year, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
  return best;
}

/**
 * The warning when every dated row (at least two) has all its dates outside
 * period.start..period.end, at the Value of Rules' period.start row (or at no
 * cell when Rules does not set it); null otherwise.
 * @example
 * // Penalties dated 2026-03-02 and 2026-05-11, period 2016-01-01..2016-12-31:
 * periodMismatch(tables, rules, rulesTable, startRow)?.message.en
 * //=> "All 2 dated rows (Penalties, Indicators) fall outside the period: the rows are dated 2026 but the period is 2016. …"
 */
export function periodMismatch(
  tables: Partial<Record<string, ParsedTable>>,
  rules: Pick<Rules, "periodStart" | "periodEnd">,
  rulesTable: ParsedTable | null,
  startRow: number | null,
): Diagnostic | null {
  const years: number[] = [];
  for (const [name, columns] of DATED) {
    for (const row of tables[name]?.rows ?? []) {
      const days = datesOf(row, columns);
      if (days.length === 0) continue;
      if (days.some((d) => d.days >= rules.periodStart.days && d.days <= rules.periodEnd.days)) return null;
      years.push(yearOf(days[0] as Day));
    }
  }
  if (years.length < 2) return null;
  const [from, to] = [yearOf(rules.periodStart), yearOf(rules.periodEnd)];
  const loc = rulesTable && startRow !== null ? { table: "Rules", row: startRow, column: "Value", at: cellOf(rulesTable, startRow, "Value") } : {};
  return diagnostic("PERIOD_MISMATCH", loc, { count: years.length, rowsYear: commonestYear(years), period: from === to ? String(from) : `${from}–${to}` });
}
