/**
 * The working-day counts of one grading (temporary tasks, appeals, the
 * letters' appeal deadline), each noting the years it needed that the
 * calendar does not know (SPEC §2, Holidays). Those years are counted
 * Monday–Friday, and the grading says so with CALENDAR_UNKNOWN_YEAR: one
 * warning per year and per table (Indicators, Appeals, Rules), at the first
 * row whose count needed the year, naming the other rows. One fix (that
 * year's rows in Holidays) clears them all, so an office reads it once, not
 * once per appeal.
 */
import { addWorkingDays } from "./addWorkingDays";
import { workingDaysBetween, yearsUnknown, type Calendar } from "./calendar";
import type { Day } from "./cells";
import { diagnostic, type DiagnosticLocation } from "./messages";
import type { Diagnostic } from "./types";

/** What a count was for: a temporary task (Indicators), an appeal (Appeals), the letters' deadline (Rules). */
export type CountKind = "temporary" | "appeal" | "deadline";

interface Need {
  readonly year: number;
  readonly count: CountKind;
  readonly at: DiagnosticLocation[];
}

/** The earlier of two locations, by data row (a location without a row last). */
const byRow = (a: DiagnosticLocation, b: DiagnosticLocation): number => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER);

/** Other rows named in a CALENDAR_UNKNOWN_YEAR; the rest are counted. */
const ROWS_NAMED = 10;

export class WorkingDayCounter {
  private readonly needs = new Map<string, Need>();

  constructor(readonly calendar: Calendar) {}

  /** Working days after `from` up to and including `to` (workingDaysBetween), noting at `at` each year it needed and the calendar does not know. */
  between(from: Day, to: Day, count: CountKind, at: DiagnosticLocation): number {
    this.note(yearsUnknown(from, to, this.calendar), count, at);
    return workingDaysBetween(from, to, this.calendar);
  }

  /** The n-th working day after `from` (addWorkingDays), noting the unknown years it needed; with them, the years themselves. */
  add(from: Day, n: number, count: CountKind, at: DiagnosticLocation): { day: Day | null; yearsUnknown: number[] } {
    const day = addWorkingDays(from, n, this.calendar);
    const years = day ? yearsUnknown(from, day, this.calendar) : [];
    this.note(years, count, at);
    return { day, yearsUnknown: years };
  }

  private note(years: readonly number[], count: CountKind, at: DiagnosticLocation): void {
    for (const year of years) {
      const key = `${year}|${count}`;
      const need = this.needs.get(key);
      if (need) need.at.push(at);
      else this.needs.set(key, { year, count, at: [at] });
    }
  }

  /** Every year a count needed that the calendar does not know, ascending. */
  yearsUnknown(): number[] {
    return [...new Set([...this.needs.values()].map((n) => n.year))].sort((a, b) => a - b);
  }

  /**
   * CALENDAR_UNKNOWN_YEAR, one per year and kind of count, at its first row;
   * it names no unit (it blocks nothing and concerns the table, not a unit).
   */
  diagnostics(): Diagnostic[] {
    return [...this.needs.values()].map((need) => {
      const [first, ...rest] = [...need.at].sort(byRow);
      const rows = new Set<number>();
      for (const o of rest) if (o.at && o.at.row !== first.at?.row) rows.add(o.at.row);
      const others = [...rows];
      return diagnostic(
        "CALENDAR_UNKNOWN_YEAR",
        { ...first, unit: null },
        { year: need.year, count: need.count, others: others.slice(0, ROWS_NAMED), otherCount: others.length },
      );
    });
  }
}
