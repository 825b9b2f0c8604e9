/** The items behind each unit's adjustments, as its feedback letter lists them. */
import { grade } from "../../src/engine/grade";
import { table } from "./workbook";
import { UNITS, variant } from "./base";

const [A, B, C] = UNITS;

const result = grade(
  variant((b) => {
    b.extra.push(
      table("Bonuses", "加分", [
        ["Unit", "Item", "Kind", "ApprovedPoints", "Multiplier"],
        [A, "省级表彰", "表彰奖励", 2, null],
        [A, "流程再造", "工作创新", 1.5, 1],
        [B, "超额完成", "指标超额", "两分", null],
      ]),
      table("Penalties", "扣分", [
        ["Unit", "Date", "Reason", "Count"],
        [A, "2016-05-01", "市政府通报批评", 2],
        [A, "2015-12-28", "去年的通报", null],
        [C, null, "重大负面舆情", null],
      ]),
      table("SpotChecks", "察访", [
        ["Unit", "Finding", "Deduction"],
        [A, "台账不全", 1.25],
      ]),
      table("Vetoes", "否决", [
        ["Unit", "Area", "Reason"],
        [C, "安全生产", "较大安全事故"],
      ]),
    );
  }),
);
const details = (unit: string) => result.units.find((u) => u.unit === unit)?.details;

describe("unit details", () => {
  it("lists each bonus item with its points before the cap, a blank multiplier at bonus.multiplier", () => {
    expect(details(A)?.bonuses).toEqual([
      { item: "省级表彰", kind: "表彰奖励", approved: "2.00", multiplier: "2.00", points: "4.00" },
      { item: "流程再造", kind: "工作创新", approved: "1.50", multiplier: "1.00", points: "1.50" },
    ]);
    expect(result.units.find((u) => u.unit === A)?.bonus).toBe("5.50");
  });

  it("lists each penalty with its reason and date, and says which did not count", () => {
    expect(details(A)?.penalties).toEqual([
      { reason: "市政府通报批评", date: "2016-05-01", count: 2, counted: true, points: "4.00" },
      { reason: "去年的通报", date: "2015-12-28", count: 1, counted: false, points: "0.00" },
    ]);
    expect(details(C)?.penalties).toEqual([{ reason: "重大负面舆情", date: null, count: 1, counted: true, points: "2.00" }]);
    expect(result.units.find((u) => u.unit === A)?.penalty).toBe("4.00");
  });

  it("lists spot-check findings and vetoes", () => {
    expect(details(A)?.spotChecks).toEqual([{ finding: "台账不全", deduction: "1.25" }]);
    expect(details(C)?.vetoes).toEqual([{ area: "安全生产", reason: "较大安全事故" }]);
    expect(details(B)?.vetoes).toEqual([]);
  });

  it("leaves out a row with an error (its diagnostic says why; the part is not computed)", () => {
    expect(details(B)?.bonuses).toEqual([]);
    expect(result.units.find((u) => u.unit === B)?.bonus).toBeNull();
  });
});
