/**
 * Working days for the deadline checks (SPEC §2, Holidays). The built-in
 * calendar is the `chinese-days` package's record of China's statutory
 * holidays and make-up days; the workbook's Holidays rows override it date by
 * date (a local day off is one row, the national calendar stays in force),
 * and the rule `calendar = weekdays` puts Monday–Friday in its place.
 *
 * A calendar also says which years it knows: the package knows the years
 * whose State Council notice it holds (2004–2026 in chinese-days 1.5.7), the
 * workbook knows a year it has at least one Holidays row in, and Monday–Friday
 * knows every year (an office that chose it wants no statutory holidays). A
 * year nobody knows is counted Monday–Friday, and grade() says so
 * (CALENDAR_UNKNOWN_YEAR).
 */
import { getHolidaysInRange, isWorkday } from "chinese-days";
import { dayFromDays, type Day } from "./cells";
import { MS_PER_DAY } from "./serialDates";

export interface Calendar {
  /** True when the day (days since 1970-01-01, UTC) is a working day. */
  isWorkingDay(days: number): boolean;
  /** True when the calendar knows the year's holidays and make-up days, so a count over it is not Monday–Friday by default. */
  knowsYear(year: number): boolean;
}

const weekday = (days: number): number => new Date(days * MS_PER_DAY).getUTCDay();
const isWeekday = (days: number): boolean => weekday(days) !== 0 && weekday(days) !== 6;

/** The year of a day (days since 1970-01-01, UTC). */
export const yearOf = (days: number): number => new Date(days * MS_PER_DAY).getUTCFullYear();

/** Monday–Friday, every year alike (`calendar = weekdays`). */
export const weekdaysCalendar: Calendar = { isWorkingDay: isWeekday, knowsYear: () => true };

/**
 * The built-in calendar with the workbook's Holidays rows on top: a date in
 * `work` is a working day and a date in `off` is not, whatever the built-in
 * calendar says; every other date is the built-in calendar's. A year with a
 * row is known, so an office can add a year before the package has it.
 * @example
 * // 2026-10-09, a Friday between National Day and its make-up Saturday, given off locally:
 * workbookCalendar(chinaCalendar, new Set([day("2026-10-09").days]), new Set()).isWorkingDay(day("2026-10-10").days) //=> true (the national make-up day stays)
 */
export function workbookCalendar(base: Calendar, off: ReadonlySet<number>, work: ReadonlySet<number>): Calendar {
  const years = new Set<number>();
  for (const d of [...off, ...work]) years.add(yearOf(d));
  return {
    isWorkingDay: (days) => work.has(days) || (!off.has(days) && base.isWorkingDay(days)),
    knowsYear: (year) => years.has(year) || base.knowsYear(year),
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
  knowsYear: chinaKnowsYear,
};

const chinaYears = new Map<number, boolean>();

/**
 * Whether chinese-days holds the year's State Council notice: every notice
 * gives New Year's Day off, so a year it knows has at least one holiday in
 * its data (a year it does not know is Monday–Friday to it). Asked once per
 * year for the life of the process.
 * @example
 * chinaKnowsYear(2026) //=> true
 * chinaKnowsYear(2027) //=> false (chinese-days 1.5.7)
 */
export function chinaKnowsYear(year: number): boolean {
  let known = chinaYears.get(year);
  if (known === undefined) {
    known = year >= 1000 && year <= 9999 && getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    chinaYears.set(year, known);
  }
  return known;
}

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
    knowsYear: (year) => calendar.knowsYear(year),
  };
}

/** Longest span counted day by day; longer spans are surely late anyway. */
const MAX_SPAN_DAYS = 3660;

/**
 * The years a count after `from` up to and including `to` goes through that
 * the calendar does not know (sorted): those it counted Monday–Friday.
 * None for a span beyond ten years, which workingDaysBetween counts
 * Monday–Friday whatever the calendar (such a span is surely late anyway).
 * @example
 * yearsUnknown(day("2026-12-25"), day("2027-01-06"), chinaCalendar) //=> [2027]
 */
export function yearsUnknown(from: Day, to: Day, calendar: Calendar): number[] {
  if (to.days <= from.days || to.days - from.days > MAX_SPAN_DAYS) return [];
  const years: number[] = [];
  for (let y = yearOf(from.days + 1); y <= yearOf(to.days); y++) if (!calendar.knowsYear(y)) years.push(y);
  return years;
}

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
