/**
 * The day a period of working days ends, counted as the deadlines are
 * (workingDaysBetween): the day it starts from does not count, the last day
 * does. An appeal against feedback given on `from` is on time up to and
 * including `addWorkingDays(from, appeal.working_days, calendar)`.
 */
import { dayFromDays, type Day } from "./cells";
import type { Calendar } from "./calendar";

/**
 * Longest search, in calendar days: no calendar has a year without working
 * days, so n working days always end within about n × 7⁄5 days plus the
 * longest holiday; this bound only keeps a broken calendar from looping.
 */
const MAX_SEARCH_DAYS = 366 * 20;

/**
 * The n-th working day after `from` (`from` itself when n is 0), or null when
 * none is found within twenty years (a calendar without working days).
 * @example
 * // Spring Festival 2017: 01-27 to 02-02 off, 02-04 (a Saturday) a make-up working day.
 * addWorkingDays(day("2017-01-25"), 7, chinaCalendar)?.iso //=> "2017-02-09"
 */
export function addWorkingDays(from: Day, n: number, calendar: Calendar): Day | null {
  let left = n;
  let d = from.days;
  for (let step = 0; left > 0; step++) {
    if (step > MAX_SEARCH_DAYS) return null;
    d++;
    if (calendar.isWorkingDay(d)) left--;
  }
  return dayFromDays(d);
}
