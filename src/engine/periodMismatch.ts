/**
 * PERIOD_MISMATCH: a workbook whose dated rows all belong to another year
 * than the period in Rules — typically last year's workbook reused, or a new
 * workbook without a Rules table (the defaults are the reference plan's
 * 2016). Left alone, every penalty would be PENALTY_OUTSIDE_PERIOD and not
 * counted: a result silently changed. One warning says what to fix.
 */
import type { Day } from "./cells";
import { diagnostic } from "./messages";
import { cellOf, type ParsedTable } from "./readTable";
import type { Rules } from "./rules";
import type { Diagnostic } from "./types";

/** The dated rows the check looks at: each row's dates, in Penalties then Indicators (SPEC section 5). */
function* datedRows(tables: PeriodTables): Generator<Day[]> {
  for (const row of tables.Penalties?.rows ?? []) yield present([row.values.Date]);
  for (const row of tables.Indicators?.rows ?? []) yield present([row.values.AssignedDate, row.values.FiledDate, row.values.AdjustmentFiled]);
}

/** The tables the check reads. */
interface PeriodTables {
  readonly Penalties?: ParsedTable<"Penalties">;
  readonly Indicators?: ParsedTable<"Indicators">;
}

const present = (days: readonly (Day | undefined)[]): Day[] => days.filter((d) => d !== undefined);

const yearOf = (day: Day): number => Number(day.iso.slice(0, 4));

/** The most frequent of the years, the latest on a tie. */
function commonestYear(years: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best = years[0];
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
  tables: PeriodTables,
  rules: Pick<Rules, "periodStart" | "periodEnd">,
  rulesTable: ParsedTable<"Rules"> | null,
  startRow: number | null,
): Diagnostic | null {
  const years: number[] = [];
  for (const days of datedRows(tables)) {
    const first = days[0];
    if (first === undefined) continue;
    if (days.some((d) => d.days >= rules.periodStart.days && d.days <= rules.periodEnd.days)) return null;
    years.push(yearOf(first));
  }
  if (years.length < 2) return null;
  const [from, to] = [yearOf(rules.periodStart), yearOf(rules.periodEnd)];
  const loc = rulesTable && startRow !== null ? { table: "Rules", row: startRow, column: "Value", at: cellOf(rulesTable, startRow, "Value") } : {};
  return diagnostic("PERIOD_MISMATCH", loc, { count: years.length, rowsYear: commonestYear(years), period: from === to ? String(from) : `${from}–${to}` });
}
