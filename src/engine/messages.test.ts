import { blockedUnit, diagnostic, MESSAGES, withholdsResults, type DiagnosticCode } from "./messages";

const codes = Object.keys(MESSAGES) as DiagnosticCode[];
const blocking = (blocks: "results" | "unit" | null) => codes.filter((c) => MESSAGES[c].blocks === blocks).sort();

describe("what each code blocks", () => {
  it("withholds Results for a required table missing or doubled, a table that cannot be read, an invalid rule, an output sheet taken or a copy refused", () => {
    expect(blocking("results")).toEqual([
      "COLUMN_AMBIGUOUS",
      "COLUMN_MISSING",
      "HEADER_BLANK",
      "OUTPUT_CONFLICT",
      "OUTPUT_WOULD_OVERWRITE",
      "RULE_INVALID",
      "TABLE_AMBIGUOUS",
      "TABLE_MISSING",
    ]);
  });

  it("leaves the unit it names ungraded for every other error (SPEC section 3), and blocks nothing for warnings and info", () => {
    for (const code of codes) {
      const { severity, blocks } = MESSAGES[code];
      if (severity === "error") expect([code, blocks === null]).toEqual([code, false]);
      else expect([code, blocks]).toEqual([code, null]);
    }
  });

  it("a unit-blocking diagnostic blocks the unit it names, and none when it names none", () => {
    const column = { en: "Date", zh: "日期" };
    expect(blockedUnit(diagnostic("NOT_A_DATE", { table: "Penalties", unit: "甲" }, { column, value: '"x"' }))).toBe("甲");
    expect(blockedUnit(diagnostic("NOT_A_DATE", { table: "Holidays" }, { column, value: '"x"' }))).toBeNull();
    expect(blockedUnit(diagnostic("BONUS_CAPPED", { unit: "甲" }, { unit: "甲", total: "14", cap: "10" }))).toBeNull();
    expect(withholdsResults(diagnostic("RULE_INVALID", {}, { key: "decimals", value: '"x"', expected: { zh: "整数", en: "a whole number" } }))).toBe(true);
  });
});

describe("messages localize their own parameters", () => {
  it("names tiers in each language", () => {
    const d = diagnostic("TIE_AT_BOUNDARY", {}, { category: "A", units: ["甲", "乙"], composite: "950.00", better: "first", worse: "second", tier: "first" });
    expect(d.message).toEqual({
      zh: "类别“A”中 甲、乙 综合得分并列 950.00，跨越一等与二等的界限，均评为一等。",
      en: 'Category "A": 甲、乙 tie at 950.00 across the First/Second boundary; all get First.',
    });
  });

  it("names a column in each language from its label", () => {
    const d = diagnostic("NOT_A_NUMBER", {}, { column: { en: "Score", zh: "得分" }, value: '"九十"' });
    expect(d.message).toEqual({ zh: '“得分”应为数字，但单元格内容是 "九十"。', en: '"Score" must be a number, but the cell holds "九十".' });
  });
});
