/**
 * Working days for the deadline checks. Working days are Monday–Friday, minus
 * `off` dates, plus `work` (make-up) dates. Where the workbook has a Holidays
 * table, it alone decides; otherwise the `chinese-days` package's maintained
 * calendar of China's statutory holidays and make-up days is used.
 */
import { isWorkday } from "chinese-days";
import type { Day } from "./cells";

export interface Calendar {
  /** True when the day is a working day. */
  isWorkingDay(day: Day): boolean;
  /** Where the calendar comes from, for the README and the JSON. */
  readonly source: "workbook" | "chinese-days";
}

const weekday = (day: Day): number => new Date(day.days * 86_400_000).getUTCDay();

/** A calendar from the workbook's Holidays rows. */
export function workbookCalendar(off: ReadonlySet<number>, work: ReadonlySet<number>): Calendar {
  return {
    source: "workbook",
    isWorkingDay: (day) => work.has(day.days) || (!off.has(day.days) && weekday(day) !== 0 && weekday(day) !== 6),
  };
}

/** China's statutory calendar, from the chinese-days package. */
export const chinaCalendar: Calendar = {
  source: "chinese-days",
  isWorkingDay: (day) => isWorkday(day.iso),
};

/** Longest span counted day by day; longer spans are surely late anyway. */
const MAX_SPAN_DAYS = 3660;

/**
 * Working days after `from` up to and including `to`: the day of assignment
 * (or feedback) does not count, the day of filing does. Zero when `to` is not
 * after `from`. Spans beyond ten years are counted as Mondays–Fridays only.
 * @example
 * workingDaysBetween(day("2016-09-30"), day("2016-10-10"), chinaCalendar) //=> 3 (10-08, 10-09 make-up days, 10-10)
 */
export function workingDaysBetween(from: Day, to: Day, calendar: Calendar): number {
  const span = to.days - from.days;
  if (span <= 0) return 0;
  if (span > MAX_SPAN_DAYS) return Math.round((span * 5) / 7);
  let count = 0;
  for (let d = from.days + 1; d <= to.days; d++) {
    if (calendar.isWorkingDay({ days: d, iso: new Date(d * 86_400_000).toISOString().slice(0, 10) })) count++;
  }
  return count;
}
