/** Working days: the remembering calendar answers as the calendar it wraps. */
import { chinaCalendar, rememberingCalendar, workbookCalendar, workingDaysBetween } from "../../src/engine/calendar";
import { dayFromDays, readDate } from "../../src/engine/cells";

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
    ["workbook", workbookCalendar(new Set([day("2016-10-03").days]), new Set([day("2016-10-08").days]))],
  ])("remembering the %s calendar changes no answer, asked twice", (_, calendar) => {
    const remembering = rememberingCalendar(calendar);
    for (let round = 0; round < 2; round++) {
      for (let d = day("2015-12-01").days; d <= day("2017-02-01").days; d++) expect([d, remembering.isWorkingDay(d)]).toEqual([d, calendar.isWorkingDay(d)]);
    }
  });

  it("counts the National Day week with its make-up days", () => {
    expect(workingDaysBetween(day("2016-09-30"), day("2016-10-10"), rememberingCalendar(chinaCalendar))).toBe(3);
  });
});
