/**
 * One run shows every error: while a rule is invalid, or a table is missing
 * or unreadable, Results are withheld but every table that can be checked is
 * checked. Findings that depend on an invalid rule are left out, since they
 * would judge the rows by a value nobody set.
 */
import { grade } from "../../src/engine/grade";
import { table } from "./workbook";
import { UNITS, variant } from "./base";

const [A, , C] = UNITS;
const codes = (r: ReturnType<typeof grade>): string[] => [...new Set(r.diagnostics.map((d) => d.code))].sort();

/** An invalid rule and three mistakes in the data, each of another kind. */
const mistakes = (rules: (string | number | null)[][]) =>
  variant((b) => {
    b.rules = [["Key", "Value"], ...rules];
    b.indicators[1]![5] = 250; // A's first score above its 200 points: OUT_OF_RANGE
    b.satisfaction[3]![2] = null; // C's leader score blank: SATISFACTION_MISSING at the cell
    b.extra.push(
      table("Penalties", "扣分", [
        ["Unit", "Date", "Reason"],
        ["区发该局", "2015-12-01", "通报"],
        [A, "2015-11-30", "通报"],
      ]),
    );
  });

describe("with an invalid rule", () => {
  it("withholds Results and still reports every error of the tables", () => {
    const result = grade(mistakes([["tier.ratios", "0.4,0.5"]]));
    expect(result.resultsWithheld).toBe(true);
    expect(result.units).toEqual([]);
    expect(codes(result)).toEqual(expect.arrayContaining(["RULE_INVALID", "OUT_OF_RANGE", "SATISFACTION_MISSING", "UNIT_UNKNOWN"]));
    const missing = result.diagnostics.find((d) => d.code === "SATISFACTION_MISSING");
    expect([missing?.table, missing?.column, missing?.unit]).toEqual(["Satisfaction", "Leader", C]);
    const unknown = result.diagnostics.find((d) => d.code === "UNIT_UNKNOWN");
    expect(unknown?.message.zh).toContain("区发改局");
    // A penalty outside the default period, which the invalid rule does not touch, is still reported.
    expect(result.diagnostics.filter((d) => d.code === "PENALTY_OUTSIDE_PERIOD").map((d) => d.row)).toEqual([2]);
  });

  it("reports the same table errors as a run whose rules are valid", () => {
    const invalid = grade(mistakes([["tier.ratios", "0.4,0.5"]]));
    const valid = grade(mistakes([["tier.ratios", "0.4,0.5,0.1"]]));
    const tableErrors = (r: ReturnType<typeof grade>) => r.diagnostics.filter((d) => d.severity === "error" && d.code !== "RULE_INVALID");
    expect(tableErrors(invalid)).toEqual(tableErrors(valid));
  });

  it("leaves out the findings that depend on the invalid rule", () => {
    const result = grade(mistakes([["period.start", "去年"]]));
    expect(codes(result)).toContain("RULE_INVALID");
    expect(codes(result)).not.toContain("PENALTY_OUTSIDE_PERIOD");
    expect(codes(result)).not.toContain("PERIOD_MISMATCH");
    expect(codes(result)).toEqual(expect.arrayContaining(["OUT_OF_RANGE", "SATISFACTION_MISSING", "UNIT_UNKNOWN"]));
  });

  it("leaves out the checks of both rules that contradict each other", () => {
    const result = grade(
      mistakes([
        ["period.start", "2017-01-01"],
        ["period.end", "2016-12-31"],
      ]),
    );
    expect(result.diagnostics.filter((d) => d.code === "RULE_INVALID").map((d) => d.message.en)).toEqual([expect.stringContaining('"period.end"')]);
    expect(codes(result)).not.toContain("PENALTY_OUTSIDE_PERIOD");
  });

  it("leaves out a satisfaction score's range check while its full points are invalid", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["Key", "Value"],
          ["weight.public", "两百"],
        ];
        b.satisfaction[1]![1] = 250;
      }),
    );
    expect(result.diagnostics.filter((d) => d.code === "OUT_OF_RANGE")).toEqual([]);
  });
});

describe("with a required table missing", () => {
  it("still checks the tables that are there", () => {
    const input = mistakes([]);
    const result = grade({ tables: input.tables.filter((t) => t.name !== "Indicators") });
    expect(result.resultsWithheld).toBe(true);
    expect(codes(result)).toEqual(expect.arrayContaining(["TABLE_MISSING", "SATISFACTION_MISSING", "UNIT_UNKNOWN"]));
    // No flood of INDICATORS_MISSING: TABLE_MISSING says it once.
    expect(codes(result)).not.toContain("INDICATORS_MISSING");
  });

  it("cannot match rows to units without Units, and says only what it can", () => {
    const input = mistakes([]);
    const result = grade({ tables: input.tables.filter((t) => t.name !== "Units") });
    expect(codes(result)).toContain("TABLE_MISSING");
    expect(codes(result)).not.toContain("UNIT_UNKNOWN");
  });
});
