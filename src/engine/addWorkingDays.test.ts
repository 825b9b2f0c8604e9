import { addWorkingDays } from "./addWorkingDays";
import { chinaCalendar, weekdaysCalendar, workbookCalendar, workingDaysBetween } from "./calendar";
import { readDate, type Day } from "./cells";

const day = (iso: string): Day => {
  const r = readDate(iso);
  if (!r.ok) throw new Error(iso);
  return r.value;
};

describe("addWorkingDays", () => {
  it("counts the built-in calendar's holidays and make-up days: feedback on 2017-01-25 + 7 working days is 2017-02-09", () => {
    // 01-26 (1); 01-27…02-02 Spring Festival off; 02-03 (2); 02-04, a Saturday make-up day (3); 02-06…02-09 (4–7).
    expect(addWorkingDays(day("2017-01-25"), 7, chinaCalendar)?.iso).toBe("2017-02-09");
  });

  it("on Monday–Friday (calendar = weekdays) knows no Spring Festival; Holidays rows on top override it date by date", () => {
    expect(addWorkingDays(day("2017-01-25"), 7, weekdaysCalendar)?.iso).toBe("2017-02-03");
    // One day off (01-26) and one make-up Saturday (01-28).
    const table = workbookCalendar(weekdaysCalendar, new Set([day("2017-01-26").days]), new Set([day("2017-01-28").days]));
    expect(addWorkingDays(day("2017-01-25"), 2, table)?.iso).toBe("2017-01-28");
    expect(addWorkingDays(day("2017-01-25"), 1, table)?.iso).toBe("2017-01-27");
  });

  it("keeps the national calendar where Holidays rows add a local day off", () => {
    // 2026-09-28 + 7: 09-29, 09-30, (National Day 10-01…10-07), 10-08, 10-09, 10-10 (a make-up Saturday), 10-12, 10-13.
    expect(addWorkingDays(day("2026-09-28"), 7, chinaCalendar)?.iso).toBe("2026-10-13");
    const local = workbookCalendar(chinaCalendar, new Set([day("2026-10-09").days]), new Set());
    expect(addWorkingDays(day("2026-09-28"), 7, local)?.iso).toBe("2026-10-14");
  });

  it.each([0, 1, 5, 7, 10, 30])("is the day workingDaysBetween counts %i working days to", (n) => {
    const from = day("2016-09-28");
    const end = addWorkingDays(from, n, chinaCalendar) as Day;
    expect(workingDaysBetween(from, end, chinaCalendar)).toBe(n);
    if (n > 0) expect(chinaCalendar.isWorkingDay(end.days)).toBe(true);
  });

  it("gives up, instead of looping, on a calendar without working days", () => {
    expect(addWorkingDays(day("2017-01-25"), 1, { isWorkingDay: () => false, knowsYear: () => true })).toBeNull();
  });
});
