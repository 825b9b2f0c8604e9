/**
 * PERIOD_MISMATCH: a workbook whose dated rows all belong to another year than
 * the period (last year's Rules, or no Rules and the 2016 defaults) gets one
 * warning saying what to set, instead of silently dropping every penalty.
 */
import { grade } from "../../src/engine/grade";
import { table } from "./workbook";
import { UNITS, variant } from "./base";

const [A, B] = UNITS;
const penalties = (...dates: (string | null)[]) => table("Penalties", "扣分", [["Unit", "Date", "Reason"], ...dates.map((d) => [A, d, "通报"])]);
const mismatch = (r: ReturnType<typeof grade>) => r.diagnostics.filter((d) => d.code === "PERIOD_MISMATCH");

describe("PERIOD_MISMATCH", () => {
  it("warns once, at no cell, when every dated row is of another year and Rules does not set the period", () => {
    const result = grade(variant((b) => b.extra.push(penalties("2026-03-02", "2026-05-11", "2025-12-30"))));
    const [d] = mismatch(result);
    expect(mismatch(result)).toHaveLength(1);
    expect(d).toMatchObject({ severity: "warning", table: null, row: null, cell: null, unit: null });
    expect(d?.message.en).toBe(
      "All 3 dated rows (Penalties, Indicators) fall outside the period: the rows are dated 2026 but the period is 2016. If this is the 2026 appraisal, set period.start and period.end in the Rules table.",
    );
    expect(d?.message.zh).toBe(
      "3 行带日期的记录（通报扣分、指标考核）都不在考评期内：记录的日期在 2026 年，而考评期是 2016。如果这是 2026 年度的考评，请在考评规则表中设置 period.start 和 period.end。",
    );
    // The rows themselves are still reported and not counted, as before: the warning says why.
    expect(result.diagnostics.filter((d) => d.code === "PENALTY_OUTSIDE_PERIOD")).toHaveLength(3);
  });

  it("points at Rules' period.start when Rules sets it", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["Key", "Value"],
          ["decimals", 2],
          ["period.start", "2025-01-01"],
          ["period.end", "2025-12-31"],
        ];
        b.extra.push(penalties("2026-03-02", "2026-05-11"));
      }),
    );
    expect(mismatch(result)).toEqual([expect.objectContaining({ table: "Rules", row: 2, column: "Value", cell: "规则!B3" })]);
    expect(mismatch(result)[0]?.message.en).toContain("the rows are dated 2026 but the period is 2025");
  });

  it("counts the Indicators' dates too", () => {
    const result = grade(
      variant((b) => {
        b.indicators[1]![6] = "2026-04-01";
        b.indicators[1]![7] = "2026-04-08";
        b.indicators[5]![8] = "2026-06-01";
      }),
    );
    expect(mismatch(result)[0]?.message.en).toContain("All 2 dated rows");
  });

  it.each([
    ["one dated row only", ["2026-03-02"]],
    ["a row inside the period", ["2026-03-02", "2016-05-11"]],
    ["no dates (blank dates count as no date)", [null, null]],
  ])("is not reported with %s", (_, dates) => {
    expect(mismatch(grade(variant((b) => b.extra.push(penalties(...dates)))))).toEqual([]);
  });

  it("is not reported when the period matches the rows", () => {
    const result = grade(
      variant((b) => {
        b.rules = [
          ["Key", "Value"],
          ["period.start", "2026-01-01"],
          ["period.end", "2026-12-31"],
          ["deadline.adjustment", "2026-11-25"],
        ];
        b.extra.push(
          table("Penalties", "扣分", [
            ["Unit", "Date", "Reason"],
            [A, "2026-03-02", "通报"],
            [B, "2026-05-11", "通报"],
          ]),
        );
      }),
    );
    expect(mismatch(result)).toEqual([]);
    expect(result.units.find((u) => u.unit === A)?.penalty).toBe("2.00");
  });
});
