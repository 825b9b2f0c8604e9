/** Working days: the remembering calendar answers as the calendar it wraps. */
import { chinaCalendar, chinaKnowsYear, rememberingCalendar, weekdaysCalendar, workbookCalendar, workingDaysBetween, yearsUnknown } from "./calendar";
import { dayFromDays, readDate } from "./cells";

const day = (iso: string) => {
  const r = readDate(iso);
  if (!r.ok) throw new Error(iso);
  return r.value;
};

describe("calendar", () => {
  it("a day's ISO form is its date", () => {
    expect(dayFromDays(17130).iso).toBe("2016-11-25");
    expect(day("2016-02-29").days).toBe(16860);
  });

  it.each([
    ["chinese-days", chinaCalendar],
    ["workbook", workbookCalendar(chinaCalendar, new Set([day("2016-10-03").days]), new Set([day("2016-10-08").days]))],
  ])("remembering the %s calendar changes no answer, asked twice", (_, calendar) => {
    const remembering = rememberingCalendar(calendar);
    for (let round = 0; round < 2; round++) {
      for (let d = day("2015-12-01").days; d <= day("2017-02-01").days; d++) expect([d, remembering.isWorkingDay(d)]).toEqual([d, calendar.isWorkingDay(d)]);
    }
  });

  it("counts the National Day week with its make-up days", () => {
    expect(workingDaysBetween(day("2016-09-30"), day("2016-10-10"), rememberingCalendar(chinaCalendar))).toBe(3);
  });

  const working = (calendar: typeof chinaCalendar, ...isos: string[]) => isos.map((iso) => [iso, calendar.isWorkingDay(day(iso).days)]);

  it("has chinese-days' 2026 notice: National Day 10-01…10-07 off, Sunday 09-20 and Saturday 10-10 make-up days", () => {
    expect(working(chinaCalendar, "2026-09-20", "2026-10-01", "2026-10-07", "2026-10-08", "2026-10-10", "2026-10-11")).toEqual([
      ["2026-09-20", true],
      ["2026-10-01", false],
      ["2026-10-07", false],
      ["2026-10-08", true],
      ["2026-10-10", true],
      ["2026-10-11", false],
    ]);
  });

  it("has the 2026 Spring Festival: 02-15…02-23 off, Saturdays 02-14 and 02-28 make-up days", () => {
    expect(working(chinaCalendar, "2026-02-13", "2026-02-14", "2026-02-16", "2026-02-23", "2026-02-24", "2026-02-28")).toEqual([
      ["2026-02-13", true],
      ["2026-02-14", true],
      ["2026-02-16", false],
      ["2026-02-23", false],
      ["2026-02-24", true],
      ["2026-02-28", true],
    ]);
  });

  it("knows the years of chinese-days' notices (2004–2026 in 1.5.7), not 2027 nor 2003", () => {
    expect([2003, 2004, 2016, 2026, 2027].map((y) => [y, chinaKnowsYear(y), chinaCalendar.knowsYear(y)])).toEqual([
      [2003, false, false],
      [2004, true, true],
      [2016, true, true],
      [2026, true, true],
      [2027, false, false],
    ]);
    // Unknown, 2027 is Monday–Friday to it: the Spring Festival week is "working".
    expect(chinaCalendar.isWorkingDay(day("2027-02-08").days)).toBe(true);
    expect(yearsUnknown(day("2026-12-25"), day("2027-01-06"), chinaCalendar)).toEqual([2027]);
    expect(yearsUnknown(day("2026-09-28"), day("2026-10-13"), chinaCalendar)).toEqual([]);
  });

  it("knows a year once the workbook has a Holidays row in it; Monday–Friday knows every year", () => {
    const rows = workbookCalendar(chinaCalendar, new Set([day("2027-02-10").days]), new Set());
    expect([rows.knowsYear(2027), rows.knowsYear(2028), weekdaysCalendar.knowsYear(2027)]).toEqual([true, false, true]);
    expect(rememberingCalendar(rows).knowsYear(2027)).toBe(true);
    expect(yearsUnknown(day("2026-12-25"), day("2028-01-06"), rows)).toEqual([2028]);
  });

  it("overrides the built-in calendar date by date: a row for a holiday's day makes it a working day, the rest of the holiday stays", () => {
    const rows = workbookCalendar(chinaCalendar, new Set([day("2026-10-09").days]), new Set([day("2026-10-02").days]));
    expect(working(rows, "2026-10-01", "2026-10-02", "2026-10-09", "2026-10-10")).toEqual([
      ["2026-10-01", false],
      ["2026-10-02", true],
      ["2026-10-09", false],
      ["2026-10-10", true],
    ]);
  });
});
