/** Scores (SPEC section 3): exact decimals, each part rounded half-up, sums of rounded parts. */
import { grade } from "../../src/engine/grade";
import { surveyPoints } from "../../src/engine/satisfaction";
import { Decimal } from "../../src/engine/decimal";
import { readDate, readNumber, readYesNo } from "../../src/engine/cells";
import { table } from "./workbook";
import { variant, UNITS } from "./base";

const [A, B] = UNITS;
const unit = (input: Parameters<typeof grade>[0], name: string) => grade(input).units.find((u) => u.unit === name);

describe("cell readers", () => {
  it.each([
    [95.5, "95.5", false],
    [" 95.5 ", "95.5", true],
    ["９５．５", "95.5", true],
    ["\u300088", "88", true],
    [0.1 + 0.2, "0.3", false],
    [12.34565, "12.3457", false],
    ["1e2", "100", true],
  ])("readNumber(%j) → %s", (cell, value, normalized) => {
    const r = readNumber(cell);
    expect(r.ok && r.value.toString()).toBe(value);
    expect(r.ok && r.normalizedFrom !== undefined).toBe(normalized);
  });

  it.each([["九十"], [true], ["12,5"], ["--1"], [Infinity]])("readNumber(%j) is not a number", (cell) => {
    expect(readNumber(cell).ok).toBe(false);
  });

  it.each([
    [42699, "2016-11-25"],
    [42699.75, "2016-11-25"],
    ["2016-11-25", "2016-11-25"],
    ["2016/11/25", "2016-11-25"],
    ["2016年11月25日", "2016-11-25"],
    ["２０１６年１１月２５日", "2016-11-25"],
    [61, "1900-03-01"],
    [1, "1900-01-01"],
  ])("readDate(%j) → %s", (cell, iso) => {
    const r = readDate(cell);
    expect(r.ok && r.value.iso).toBe(iso);
  });

  it.each([["2016-02-30"], ["25/11/2016"], ["明天"], [-5], [true]])("readDate(%j) is not a date", (cell) => {
    expect(readDate(cell).ok).toBe(false);
  });

  it.each([
    ["是", true],
    ["否", false],
    ["Yes", true],
    ["no", false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["Y", true],
    ["n", false],
    ["TRUE", true],
  ])("readYesNo(%j) → %s", (cell, value) => {
    const r = readYesNo(cell);
    expect(r.ok && r.value).toBe(value);
  });
});

describe("parts and composite", () => {
  it("adds decimals exactly: 0.1 + 0.2 is 0.3", () => {
    const input = variant((b) => {
      b.indicators[4]![5] = 0.1;
      b.indicators[4]![4] = 99.8;
      b.indicators.push([A, "common", null, "共性2", 0.2, 0.2, null, null, null]);
    });
    const result = grade(input);
    // MaxPoints 99.8 + 0.2 total exactly 100: no POINTS_TOTAL_MISMATCH
    expect(result.diagnostics.filter((d) => d.code === "POINTS_TOTAL_MISMATCH")).toEqual([]);
    expect(result.units.find((u) => u.unit === A)?.common).toBe("0.30");
  });

  it("rounds each part half-up and sums the rounded parts", () => {
    // functional 190.005 + 190 + 190 = 570.005 → 570.01; public 185.125 → 185.13
    const input = variant((b) => {
      b.indicators[1]![5] = 190.005;
      b.satisfaction[1]![1] = 185.125;
    });
    const u = unit(input, A);
    expect(u).toMatchObject({ functional: "570.01", common: "95.00", target: "665.01", public: "185.13", leader: "92.00" });
    expect(u?.composite).toBe("942.14");
  });

  it("composite = target + bonus − penalty + public + leader − spot-check", () => {
    const input = variant((b) =>
      b.extra.push(
        table("Bonuses", "加分", [
          ["Unit", "ApprovedPoints", "Multiplier"],
          [A, 1.5, null],
          [A, 1, 1.5],
        ]),
        table("Penalties", "扣分", [
          ["Unit", "Date", "Count"],
          [A, null, 2],
          [A, 42600, null],
        ]),
        table("SpotChecks", "察访", [
          ["Unit", "Finding", "Deduction"],
          [A, "台账不全", 0.5],
        ]),
      ),
    );
    const u = unit(input, A);
    // bonus 1.5×2 + 1×1.5 = 4.5; penalty 2 × (2 + 1) = 6
    expect(u).toMatchObject({ target: "665.00", bonus: "4.50", penalty: "6.00", spotCheck: "0.50", public: "185.00", leader: "92.00", composite: "940.00" });
  });

  it("caps the bonus at bonus.cap", () => {
    const input = variant((b) =>
      b.extra.push(
        table("Bonuses", "加分", [
          ["Unit", "ApprovedPoints"],
          [B, 4],
          [B, 3],
        ]),
      ),
    );
    expect(unit(input, B)?.bonus).toBe("10.00");
  });

  it("scores survey votes: Σ(count × weight) ÷ valid votes × full points", () => {
    expect(
      surveyPoints(
        [30, 10, 0, 0].map((n) => new Decimal(n)),
        [1, 0.8, 0.6, 0].map((n) => new Decimal(n)),
        new Decimal(200),
      )?.toString(),
    ).toBe("190");
    const input = variant((b) => {
      b.satisfaction[1]![1] = null;
      b.extra.push(
        table("Survey", "测评", [
          ["单位", "评议类型", "满意", "比较满意", "基本满意", "不满意", "不了解"],
          [A, "公众评议", 20, 6, 3, 1, 50],
        ]),
      );
    });
    // (20 + 6×0.8 + 3×0.6) ÷ 30 × 200 = 26.6 ÷ 30 × 200 = 177.333… → 177.33
    expect(unit(input, A)?.public).toBe("177.33");
  });

  it("normalizes functional scores when functional.normalize is on", () => {
    const input = variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["functional.normalize", "是"],
      ];
      b.indicators[3]![4] = 100; // A's functional MaxPoints total 500
      b.indicators[3]![5] = 95;
    });
    // (190 + 190 + 95) × 600 ÷ 500 = 570
    expect(unit(input, A)?.functional).toBe("570.00");
    // Scaled, the points are complete: the unit is graded, no POINTS_TOTAL_MISMATCH.
    expect(unit(input, A)?.graded).toBe(true);
    expect(grade(input).diagnostics.filter((d) => d.code === "POINTS_TOTAL_MISMATCH")).toEqual([]);
  });

  it("writes scores with `decimals` places", () => {
    const input = variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["decimals", 1],
      ];
      b.satisfaction[1]![1] = 185.25;
    });
    expect(unit(input, A)?.public).toBe("185.3");
  });

  it("lists unassessed units without ranking them", () => {
    const input = variant((b) => {
      b.units[2]![2] = "否";
    });
    const result = grade(input);
    expect(result.units.find((u) => u.unit === B)).toMatchObject({ assessed: false, graded: false, rank: null, tier: null, categorySize: null });
    expect(result.units.filter((u) => u.graded).every((u) => u.categorySize === 2)).toBe(true);
  });

  it("orders Results by category of first appearance, then rank, then unit", () => {
    const input = variant((b) => {
      b.units.splice(1, 0, ["区民政局", "公共类", null]);
      b.indicators.push(
        ["区民政局", "functional", "core", "a", 200, 100, null, null, null],
        ["区民政局", "functional", "core", "b", 200, 100, null, null, null],
        ["区民政局", "functional", "core", "c", 200, 100, null, null, null],
        ["区民政局", "common", null, "d", 100, 100, null, null, null],
      );
      b.satisfaction.push(["区民政局", 200, 100]);
    });
    expect(grade(input).units.map((u) => u.unit)).toEqual(
      ["区发改局", "区财政局", "区统计局", "区民政局"].sort((x, y) => (x === "区民政局" ? -1 : y === "区民政局" ? 1 : 0)),
    );
  });
});
