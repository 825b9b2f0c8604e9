/**
 * The fixed-point fast path (src/engine/fixed.ts) gives exactly what Decimal
 * gives: input numbers taken to 4 decimals, comparisons, whole-number checks
 * and sums, on edge cases and on random numbers (fast-check, fixed seed).
 */
import fc from "fast-check";
import { readFixed, readNumber } from "./cells";
import { Decimal, INPUT_DECIMALS } from "./decimal";
import { compareFixed, compareFixedTo, fixedFromNumber, fixedFromText, FixedSum, fixedToString, isWholeFixed, toDecimal, type Fixed } from "./fixed";
import { quickValue, readCell } from "./readTable";
import { TABLES, type ColumnDecl } from "./tables";
import type { Cell } from "./types";

const SEED = 20161125;

/** The slow path the fast one must match: the number's shortest text, as Decimal, to 4 decimals half-up. */
const reference = (n: number): Decimal => new Decimal(String(n)).toDecimalPlaces(INPUT_DECIMALS);

function expectSame(f: Fixed, d: Decimal): void {
  expect(toDecimal(f).equals(d)).toBe(true);
  expect(fixedToString(f)).toBe(d.toString());
  expect(toDecimal(f).toFixed(4)).toBe(d.toFixed(4));
}

const EDGES = [
  0,
  -0,
  1,
  -1,
  0.1 + 0.2,
  0.30000000000000004,
  95.5,
  12.34565,
  12.34555,
  -12.34565,
  2.5,
  -2.5,
  0.00005,
  -0.00005,
  0.00004999,
  0.0001,
  1e-7,
  5e-324,
  1 / 3,
  2 / 3,
  999999999.9999,
  999999999.99995,
  1e9,
  -1e9,
  1e9 - 0.0001,
  123456789.12345,
  1e15,
  -1e15,
  1e15 + 0.5,
  Number("9007199254740993"),
  2 ** 53 + 2,
  1e21,
  1e300,
  Number.MAX_VALUE,
  42699.75,
];

/** Doubles of every kind: decimals with up to 8 places, near the fast limit, huge and tiny, and any double at all. */
const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.tuple(fc.integer({ min: -2e9, max: 2e9 }), fc.integer({ min: 0, max: 8 })).map(([n, k]) => n / 10 ** k),
  fc.tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => i + f / 10_000),
  fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => i + f / 100 + 0.00005),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e10, max: 1e10, noNaN: true }),
  fc.constantFrom(...EDGES),
);

describe("fixed-point numbers", () => {
  it.each(EDGES.map((n) => [n]))("fixedFromNumber(%p) is the Decimal value", (n) => {
    expectSame(fixedFromNumber(n), reference(n));
  });

  it.each(["95.50", "-0", "+3", "5.", "00012.5000", "123456789.1234", "999999999.9999", "1234567890.5", "0.00005", "-0.00005", "1e2", "1.5E-3", ".5", "-.25"])(
    "fixedFromText(%p) is the Decimal value",
    (text) => {
      expectSame(fixedFromText(text), new Decimal(text).toDecimalPlaces(INPUT_DECIMALS));
    },
  );

  it(`fixedFromText agrees with Decimal on random decimal texts (seed ${SEED})`, () => {
    const text = fc
      .tuple(fc.constantFrom("", "+", "-"), fc.stringMatching(/^\d{1,12}$/), fc.stringMatching(/^(\.\d{0,7})?$/))
      .map(([sign, whole, fraction]) => sign + whole + fraction);
    fc.assert(
      fc.property(text, (t) => expectSame(fixedFromText(t), new Decimal(t).toDecimalPlaces(INPUT_DECIMALS))),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("keeps usual numbers as integers and the rest as Decimal", () => {
    expect(fixedFromNumber(95.5)).toBe(955000);
    expect(fixedFromNumber(0.1 + 0.2)).toBe(3000);
    expect(fixedFromNumber(12.34565)).toBe(123457);
    expect(Object.is(fixedFromNumber(-0), 0)).toBe(true);
    expect(fixedFromNumber(1e15)).toBeInstanceOf(Decimal);
  });

  it("adds 0.1 and 0.2 to 0.3", () => {
    const total = new FixedSum();
    total.add(fixedFromNumber(0.1));
    total.add(fixedFromNumber(0.2));
    expect(total.value().toString()).toBe("0.3");
  });

  it(`fixedFromNumber agrees with Decimal on random numbers (seed ${SEED})`, () => {
    fc.assert(
      fc.property(numberArb, (n) => expectSame(fixedFromNumber(n), reference(n))),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it(`comparisons and whole-number checks agree with Decimal (seed ${SEED})`, () => {
    fc.assert(
      fc.property(numberArb, numberArb, fc.integer({ min: -2, max: 2 }), (a, b, n) => {
        const [fa, fb] = [fixedFromNumber(a), fixedFromNumber(b)];
        expect(Math.sign(compareFixed(fa, fb))).toBe(reference(a).comparedTo(reference(b)));
        expect(Math.sign(compareFixed(fa, fa))).toBe(0);
        expect(Math.sign(compareFixedTo(fa, n))).toBe(reference(a).comparedTo(n));
        expect(isWholeFixed(fa)).toBe(reference(a).isInteger());
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("goes on in Decimal when the integer total would pass 2^53", () => {
    // 950 × 9999999999999 + 3 ten-thousandths is odd and above 2^53: no double holds it.
    const total = new FixedSum();
    for (let i = 0; i < 950; i++) total.add(fixedFromNumber(999_999_999.9999));
    for (let i = 0; i < 3; i++) total.add(fixedFromNumber(0.0001));
    expect(total.value().toString()).toBe("949999999999.9053");
  });

  /** Adds the numbers both ways and compares. */
  function expectSameSum(numbers: readonly number[]): void {
    const fast = new FixedSum();
    let slow = new Decimal(0);
    for (const n of numbers) {
      fast.add(fixedFromNumber(n));
      slow = slow.plus(reference(n));
    }
    expect(fast.value().equals(slow)).toBe(true);
    expect(fast.value().toFixed(4)).toBe(slow.toFixed(4));
  }

  it(`sums agree with Decimal (seed ${SEED})`, () => {
    fc.assert(fc.property(fc.array(numberArb, { maxLength: 100 }), expectSameSum), { seed: SEED, numRuns: 1000 });
  });

  it(`sums agree with Decimal past 2^53 ten-thousandths (seed ${SEED})`, () => {
    // Only numbers of the fast path, mostly near its limit: long arrays pass 2^53 ten-thousandths in integer addition.
    const big = fc.double({ min: 8e8, max: 999_999_999.9999, noNaN: true });
    const small = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, k]) => n / 10 ** k);
    fc.assert(fc.property(fc.array(fc.oneof(big, big, small), { maxLength: 2000, size: "max" }), expectSameSum), {
      seed: SEED,
      numRuns: 100,
      endOnFailure: true,
    });
  });
});

/** Cells of every kind a number, text or enumerated column may hold. */
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  numberArb,
  numberArb.map((n) => String(n)),
  numberArb.map((n) => ` ${n}\u3000`),
  fc.constantFrom<Cell>(null, "", " ", "９５．５", "1e2", "-0", "+3", ".5", "5.", "1e400", "abc", true, false, NaN, Infinity, -Infinity, { error: "#N/A" }),
  fc.constantFrom<Cell>(
    "职能",
    "共性",
    "functional",
    "Functional",
    " 职能",
    "public",
    "领导",
    "off",
    "班",
    "constructor",
    "是",
    "否",
    "yes",
    "2016-11-25",
    42699,
  ),
  fc.string({ maxLength: 6 }),
);

describe("reading cells", () => {
  it(`readFixed agrees with readNumber (seed ${SEED})`, () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        const fast = readFixed(cell);
        const slow = readNumber(cell);
        expect(fast.ok).toBe(slow.ok);
        if (fast.ok && slow.ok) {
          expect(toDecimal(fast.value).equals(slow.value)).toBe(true);
          expect(fast.normalizedFrom).toBe(slow.normalizedFrom);
        } else {
          expect(fast).toEqual(slow);
        }
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  const columns = TABLES.flatMap((t): readonly ColumnDecl[] => t.columns);

  it(`a plainly valid cell reads the same on the quick path (seed ${SEED})`, () => {
    fc.assert(
      fc.property(cellArb, fc.constantFrom(...columns), (cell, column) => {
        const quick = quickValue(cell, column);
        if (quick === undefined) return;
        const full = readCell(cell, column);
        expect(full.ok).toBe(true);
        if (full.ok) expect(full.value).toEqual(quick);
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });
});
