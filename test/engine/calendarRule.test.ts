/**
 * The workbook's calendar through grade() (SPEC §2, Holidays; the `calendar`
 * rule): China's statutory calendar with the Holidays rows on top, date by
 * date; `calendar = weekdays` for Monday–Friday; and CALENDAR_UNKNOWN_YEAR
 * wherever a count needs a year nobody knows (chinese-days 1.5.7 ends with 2026).
 */
import { grade } from "../../src/engine/grade";
import type { Cell } from "../../src/engine/types";
import { UNITS, variant } from "./base";
import { table } from "./workbook";

const [A, B, C] = UNITS;

/** The base workbook with these Rules rows, Holidays rows (a table even when empty) and Appeals rows. */
const graded = (rules: Cell[][], holidays: Cell[][] | null = [], appeals: Cell[][] = []) =>
  grade(
    variant((b) => {
      b.rules = [["Key", "Value"], ...rules];
      if (holidays) b.extra.push(table("Holidays", "节假日", [["Date", "Kind"], ...holidays]));
      if (appeals.length > 0) b.extra.push(table("Appeals", "复核", [["Unit", "FeedbackDate", "AppealDate"], ...appeals]));
    }),
  );

const calendarWarnings = (result: ReturnType<typeof grade>) =>
  result.diagnostics.filter((d) => d.code === "CALENDAR_UNKNOWN_YEAR").map((d) => ({ cell: d.cell, unit: d.unit, en: d.message.en }));

describe("the calendar rule", () => {
  it("is china by default: an empty Holidays table changes nothing (2026-09-28 + 7 working days is 2026-10-13, after National Day)", () => {
    for (const result of [graded([["feedback.date", "2026-09-28"]]), graded([["feedback.date", "2026-09-28"]], null)]) {
      expect(result.rules.calendar).toBe("china");
      expect(result.appeal).toEqual({ feedbackDate: "2026-09-28", deadline: "2026-10-13", workingDays: 7, yearsUnknown: [] });
      expect(result.calendarYearsUnknown).toEqual([]);
    }
  });

  it("weekdays: Monday–Friday and the Holidays rows only, every year known", () => {
    const plain = graded([
      ["calendar", "weekdays"],
      ["feedback.date", "2026-09-28"],
    ]);
    expect(plain.appeal.deadline).toBe("2026-10-07");
    const local = graded(
      [
        ["calendar", "WEEKDAYS"],
        ["feedback.date", "2027-02-08"],
      ],
      [["2027-02-10", "休"]],
    );
    expect(local.appeal).toEqual({ feedbackDate: "2027-02-08", deadline: "2027-02-18", workingDays: 7, yearsUnknown: [] });
    expect([local.calendarYearsUnknown, calendarWarnings(local)]).toEqual([[], []]);
  });

  it("is an input: weekdays and china give different fingerprints", () => {
    expect(graded([["calendar", "weekdays"]]).inputFingerprint).not.toBe(graded([["calendar", "china"]]).inputFingerprint);
  });

  it("any other value is RULE_INVALID, naming the two", () => {
    const result = graded([["calendar", "gregorian"]]);
    expect(result.resultsWithheld).toBe(true);
    expect(result.diagnostics.find((d) => d.code === "RULE_INVALID")?.message.en).toContain("one of china, weekdays");
  });
});

describe("a year nobody knows", () => {
  it("feedback.date 2027-02-08: counted Monday–Friday, CALENDAR_UNKNOWN_YEAR at the Rules row names 2027 and the fix", () => {
    const result = graded([["feedback.date", "2027-02-08"]]);
    expect(result.appeal).toEqual({ feedbackDate: "2027-02-08", deadline: "2027-02-17", workingDays: 7, yearsUnknown: [2027] });
    expect(result.calendarYearsUnknown).toEqual([2027]);
    expect(calendarWarnings(result)).toEqual([
      {
        cell: "规则!B2",
        unit: null,
        en: "The feedback letters' appeal deadline counted in working days runs into 2027, and neither the built-in calendar nor the Holidays table has 2027's public holidays and make-up days yet: 2027 is counted Monday to Friday. Add 2027's days off (Kind \"off\" 休) and make-up working days (Kind \"work\" 班) from the State Council's holiday notice to the Holidays table.",
      },
    ]);
    expect(result.diagnostics.find((d) => d.code === "CALENDAR_UNKNOWN_YEAR")?.message.zh).toContain(
      "请按国务院办公厅 2027 年节假日安排的通知，在节假日表中加入 2027 年的放假日（类型“休”）和调休上班日（类型“班”）。",
    );
  });

  it("a deadline that only crosses into 2027 needs 2027 too", () => {
    expect(graded([["feedback.date", "2026-12-28"]]).appeal).toEqual({
      feedbackDate: "2026-12-28",
      deadline: "2027-01-06",
      workingDays: 7,
      yearsUnknown: [2027],
    });
  });

  it("one Holidays row in 2027 makes it known: the office has entered that year", () => {
    const result = graded(
      [["feedback.date", "2027-02-08"]],
      [
        ["2027-02-09", "休"],
        ["2027-02-10", "休"],
      ],
    );
    expect(result.appeal).toEqual({ feedbackDate: "2027-02-08", deadline: "2027-02-19", workingDays: 7, yearsUnknown: [] });
    expect([result.calendarYearsUnknown, calendarWarnings(result)]).toEqual([[], []]);
  });

  it("one warning per table for the year, at its first row, naming the other rows; temporary tasks apart", () => {
    const result = grade(
      variant((b) => {
        b.indicators[4]![2] = "临时性重大工作";
        b.indicators[4]![6] = "2026-12-20";
        b.indicators[4]![7] = "2027-01-05";
        b.extra.push(
          table("Appeals", "复核", [
            ["Unit", "FeedbackDate", "AppealDate"],
            [C, "2027-01-20", "2027-01-25"],
            [A, "2027-01-20", "2027-01-26"],
            [B, "2026-10-08", "2026-10-12"],
            [B, "2027-01-20", "2027-01-22"],
          ]),
        );
      }),
    );
    expect(result.calendarYearsUnknown).toEqual([2027]);
    expect(calendarWarnings(result).map((w) => [w.cell, w.en.slice(0, w.en.indexOf(" counted"))])).toEqual([
      ["复核!C2", "The appeal period"],
      ["指标!I7", "The temporary task's filing period"],
    ]);
    expect(calendarWarnings(result)[0]?.en).toContain("(so are 2 more rows of this table: rows 3, 5)");
    expect(result.diagnostics.find((d) => d.cell === "复核!C2" && d.code === "CALENDAR_UNKNOWN_YEAR")?.message.zh).toContain(
      "（本表另有 2 行同样如此：第 3、5 行）",
    );
    // A warning: everyone is still graded.
    expect(result.units.every((u) => u.graded)).toBe(true);
  });

  it("names ten other rows at most and counts the rest, so a long Appeals table gives one readable warning", () => {
    const appeals = Array.from({ length: 13 }, (_, i): Cell[] => [UNITS[i % 3], "2027-01-20", "2027-01-25"]);
    const result = graded([], null, appeals);
    const [warning, ...more] = calendarWarnings(result);
    expect(more).toEqual([]);
    expect(warning?.cell).toBe("复核!C2");
    expect(warning?.en).toContain("(so are 12 more rows of this table: rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …)");
    expect(result.diagnostics.find((d) => d.code === "CALENDAR_UNKNOWN_YEAR")?.message.zh).toContain(
      "（本表另有 12 行同样如此：第 3、4、5、6、7、8、9、10、11、12、…… 行）",
    );
  });
});
