/**
 * The two Rules keys of the plan's paperwork (SPEC §6): report.title (text,
 * blank = the default title) and feedback.date (a date, blank = not yet set).
 * Added after the fingerprint's format was fixed, they change the input
 * fingerprint only when set, so older RunLog digests stay comparable
 * (test/engine/fingerprintDigests.test.ts holds the stored digests).
 */
import { grade } from "../../src/engine/grade";
import { readRules } from "../../src/engine/rules";
import { variant } from "./base";
import { table } from "./workbook";

const withRules = (...rows: (string | number | null)[][]) => grade(variant((b) => void (b.rules = [["Key", "Value"], ...rows])));

describe("report.title and feedback.date", () => {
  it("default to none", () => {
    const { rules, text } = readRules(null);
    expect(rules?.reportTitle).toBeNull();
    expect(rules?.feedbackDate).toBeNull();
    expect([text["report.title"], text["feedback.date"]]).toEqual(["", ""]);
  });

  it("read a title and a date in any of the date forms", () => {
    const result = withRules(["report.title", " 银海区2016年度绩效考评结果通报 "], ["feedback.date", "2017年1月25日"]);
    expect(result.rules["report.title"]).toBe("银海区2016年度绩效考评结果通报");
    expect(result.rules["feedback.date"]).toBe("2017-01-25");
    expect(result.resultsWithheld).toBe(false);
  });

  it("take a blank value as none", () => {
    const result = withRules(["report.title", null], ["feedback.date", "  "]);
    expect([result.rules["report.title"], result.rules["feedback.date"]]).toEqual(["", ""]);
    expect(result.diagnostics.filter((d) => d.code.startsWith("RULE_"))).toEqual([]);
  });

  it("make a date that is not one RULE_INVALID", () => {
    const result = withRules(["feedback.date", "下周一"]);
    expect(result.resultsWithheld).toBe(true);
    expect(result.diagnostics.find((d) => d.code === "RULE_INVALID")?.message.en).toContain('Rule "feedback.date" has an invalid value "下周一"');
  });

  it("change the fingerprint when set", () => {
    const plain = withRules(["decimals", 2]).inputFingerprint;
    // Set, they are inputs like any other: the results they go into are out of date when they change.
    expect(withRules(["decimals", 2], ["feedback.date", "2017-01-25"]).inputFingerprint).not.toBe(plain);
    expect(withRules(["decimals", 2], ["feedback.date", "2017-01-26"]).inputFingerprint).not.toBe(
      withRules(["decimals", 2], ["feedback.date", "2017-01-25"]).inputFingerprint,
    );
    expect(withRules(["decimals", 2], ["report.title", "通报"]).inputFingerprint).not.toBe(plain);
  });
});

describe("the appeal deadline", () => {
  it("is feedback.date plus appeal.working_days on China's calendar: 2017-01-25 + 7 → 2017-02-09 (Spring Festival off, 02-04 a make-up day)", () => {
    expect(withRules(["feedback.date", "2017-01-25"]).appeal).toEqual({ feedbackDate: "2017-01-25", deadline: "2017-02-09", workingDays: 7, yearsUnknown: [] });
  });

  it("takes the workbook's Holidays rows on top of China's calendar, date by date", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["Key", "Value"],
          ["feedback.date", "2017-01-25"],
          ["appeal.working_days", 3],
        ];
        // A local make-up Saturday (01-28) inside the Spring Festival (01-27…02-02 off): 01-26, 01-28, then 02-03.
        b.extra.push(
          table("Holidays", "节假日", [
            ["Date", "Kind"],
            ["2017-01-28", "班"],
            ["2017-02-01", "休"],
          ]),
        );
      }),
    );
    expect(result.appeal).toEqual({ feedbackDate: "2017-01-25", deadline: "2017-02-03", workingDays: 3, yearsUnknown: [] });
  });

  it("has no date without feedback.date, only the number of working days", () => {
    expect(withRules(["appeal.working_days", 5]).appeal).toEqual({ feedbackDate: null, deadline: null, workingDays: 5, yearsUnknown: [] });
  });
});
