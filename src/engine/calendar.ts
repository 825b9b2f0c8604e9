/**
 * Working days for the deadline checks. Working days are Monday–Friday, minus
 * `off` dates, plus `work` (make-up) dates. Where the workbook has a Holidays
 * table, it alone decides; otherwise the `chinese-days` package's maintained
 * calendar of China's statutory holidays and make-up days is used.
 */
import { isWorkday } from "chinese-days";
import { dayFromDays, type Day } from "./cells";

export interface Calendar {
  /** True when the day (days since 1970-01-01, UTC) is a working day. */
  isWorkingDay(days: number): boolean;
}

const weekday = (days: number): number => new Date(days * 86_400_000).getUTCDay();

/** A calendar from the workbook's Holidays rows. */
export function workbookCalendar(off: ReadonlySet<number>, work: ReadonlySet<number>): Calendar {
  return {
    isWorkingDay: (days) => work.has(days) || (!off.has(days) && weekday(days) !== 0 && weekday(days) !== 6),
  };
}

/** How many days' answers the statutory calendar keeps: some 270 years, a few MB at most. */
const CHINA_DAYS_KEPT = 100_000;
const chinaDays = new Map<number, boolean>();

/**
 * China's statutory calendar, from the chinese-days package. Its answers are
 * kept for the life of the process, not of one grading (the package's data
 * is fixed, and each question formats and parses a date): a pane that grades
 * the same year again asks nothing twice. Past CHINA_DAYS_KEPT days it starts
 * afresh, so odd dates cannot grow it without bound.
 */
export const chinaCalendar: Calendar = {
  isWorkingDay: (days) => {
    let working = chinaDays.get(days);
    if (working === undefined) {
      if (chinaDays.size >= CHINA_DAYS_KEPT) chinaDays.clear();
      working = isWorkday(dayFromDays(days).iso);
      chinaDays.set(days, working);
    }
    return working;
  },
};

/**
 * The calendar, remembering each day's answer: the deadline checks of a large
 * table ask about the same days over and over, and each question to the
 * statutory calendar formats and parses a date. Make one per grading.
 */
export function rememberingCalendar(calendar: Calendar): Calendar {
  const known = new Map<number, boolean>();
  return {
    isWorkingDay: (days) => {
      let working = known.get(days);
      if (working === undefined) {
        working = calendar.isWorkingDay(days);
        known.set(days, working);
      }
      return working;
    },
  };
}

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
    if (calendar.isWorkingDay(d)) count++;
  }
  return count;
}
