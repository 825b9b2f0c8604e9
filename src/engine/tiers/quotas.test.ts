import Decimal from "decimal.js";
import fc from "fast-check";
import { quotas, tierAt } from "./quotas";
import type { Rounding } from "./types";

const ratios = (a: string, b: string, c: string): [Decimal, Decimal, Decimal] => [new Decimal(a), new Decimal(b), new Decimal(c)];
const PLAN = ratios("0.4", "0.5", "0.1");

describe("quotas: the reference plan's shares 0.4/0.5/0.1 (SPEC section 4)", () => {
  it.each<[number, Rounding, [number, number, number]]>([
    [14, "largest-remainder", [6, 7, 1]],
    [17, "largest-remainder", [7, 8, 2]],
    [45, "largest-remainder", [18, 23, 4]],
    [14, "cap", [5, 7, 2]],
    [17, "cap", [6, 8, 3]],
    [45, "cap", [18, 22, 5]],
    [14, "half-up", [6, 7, 1]],
    [17, "half-up", [7, 8, 2]],
    [45, "half-up", [18, 22, 5]],
    [10, "largest-remainder", [4, 5, 1]],
    [0, "largest-remainder", [0, 0, 0]],
    [1, "largest-remainder", [0, 1, 0]],
    [2, "largest-remainder", [1, 1, 0]],
  ])("%i units, %s → %j", (n, rounding, [first, second, third]) => {
    expect(quotas(n, PLAN, rounding)).toEqual({ first, second, third });
  });
});

describe("quotas: N × share is exact decimal, where binary floats would be off by one", () => {
  it.each<[string, number, [Decimal, Decimal, Decimal], Rounding, [number, number, number]]>([
    // 17 × 0.4 = 6.8: fractions .8/.5/.7, the two left places go to first and third
    ["17 × 0.4 = 6.8", 17, PLAN, "largest-remainder", [7, 8, 2]],
    // 50 × 0.58 is 28.999999999999996 in floats: a float floor would give 28
    ["50 × 0.58 = 29 exactly", 50, ratios("0.58", "0.32", "0.1"), "cap", [29, 16, 5]],
    // 45 × 0.7 is 31.499999999999996 in floats: a float round would give 31
    ["45 × 0.7 = 31.5 rounds up", 45, ratios("0.7", "0.2", "0.1"), "half-up", [32, 8, 5]],
  ])("%s", (_name, n, r, rounding, [first, second, third]) => {
    expect(quotas(n, r, rounding)).toEqual({ first, second, third });
  });
});

describe("quotas: largest-remainder gives equal fractional parts to the better tier", () => {
  it.each<[number, [Decimal, Decimal, Decimal], [number, number, number]]>([
    // 45: 18 / 22.5 / 4.5, one place left, .5 = .5 → second (the worked example)
    [45, PLAN, [18, 23, 4]],
    // 3 × 1/3 each, written as .3/.3/.4: 0.9/0.9/1.2 → 0/0/1, two left; .9 = .9 → first and second
    [3, ratios("0.3", "0.3", "0.4"), [1, 1, 1]],
    // 2 × .25/.25/.5 = .5/.5/1 → one left, first wins the tie with second
    [2, ratios("0.25", "0.25", "0.5"), [1, 0, 1]],
  ])("%i units, shares %j → %j", (n, r, [first, second, third]) => {
    expect(quotas(n, r, "largest-remainder")).toEqual({ first, second, third });
  });
});

describe("quotas: never negative, never throws", () => {
  it("half-up whose two rounded quotas overflow N keeps the better tier's place", () => {
    // 1 × 0.5 rounds to 1 for first and for third; second would be −1
    expect(quotas(1, ratios("0.5", "0", "0.5"), "half-up")).toEqual({ first: 1, second: 0, third: 0 });
  });

  it.each<Rounding>(["largest-remainder", "cap", "half-up"])("%s with shares over 1 still sums to N", (rounding) => {
    const q = quotas(10, ratios("0.6", "0.6", "0.6"), rounding);
    expect(q.first + q.second + q.third).toBe(10);
    expect(Math.min(q.first, q.second, q.third)).toBeGreaterThanOrEqual(0);
  });

  it.each<Rounding>(["largest-remainder", "cap", "half-up"])("%s with shares under 1 still sums to N", (rounding) => {
    const q = quotas(10, ratios("0.1", "0.1", "0.1"), rounding);
    expect(q.first + q.second + q.third).toBe(10);
  });

  it("a negative or fractional N is read as the whole number of places it can hold", () => {
    expect(quotas(-3, PLAN, "cap")).toEqual({ first: 0, second: 0, third: 0 });
    expect(quotas(10.7, PLAN, "cap")).toEqual({ first: 4, second: 5, third: 1 });
  });
});

describe("quotas: properties", () => {
  // Three whole numbers of ten-thousandths summing to 10000: shares summing to exactly 1.
  const shareTriple = fc
    .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
    .map(([lo, hi]) => ratios(String(lo / 10000), String((hi - lo) / 10000), String((10000 - hi) / 10000)));
  const rounding = fc.constantFrom<Rounding>("largest-remainder", "cap", "half-up");

  it("quotas are whole, non-negative and sum to N for every mode (seed 20161125)", () => {
    const prop = fc.property(fc.integer({ min: 0, max: 500 }), shareTriple, rounding, (n, r, mode) => {
      const q = quotas(n, r, mode);
      expect(r[0].plus(r[1]).plus(r[2]).eq(1)).toBe(true);
      expect(q.first + q.second + q.third).toBe(n);
      for (const x of [q.first, q.second, q.third]) expect(Number.isInteger(x) && x >= 0).toBe(true);
    });
    fc.assert(prop, { seed: 20161125, numRuns: 300 });
  });

  it("largest-remainder keeps every quota within one place of its exact share (seed 20161126)", () => {
    const prop = fc.property(fc.integer({ min: 0, max: 500 }), shareTriple, (n, r) => {
      const q = quotas(n, r, "largest-remainder");
      [q.first, q.second, q.third].forEach((x, i) => expect(new Decimal(x).minus(r[i].mul(n)).abs().lt(1)).toBe(true));
    });
    fc.assert(prop, { seed: 20161126, numRuns: 300 });
  });
});

describe("tierAt", () => {
  it.each<[number, string]>([
    [0, "first"],
    [5, "first"],
    [6, "second"],
    [12, "second"],
    [13, "third"],
    [20, "third"],
  ])("position %i of quotas 6/7/1 → %s", (position, tier) => {
    expect(tierAt(position, { first: 6, second: 7, third: 1 })).toBe(tier);
  });
});
