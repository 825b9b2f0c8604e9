/**
 * The fingerprint's own parts: numbers written as String writes them, and
 * the radix sort that orders rows. The fingerprint of whole workbooks,
 * through grade(), is test/engine/fingerprint.test.ts.
 */
import fc from "fast-check";
import { numberText, radixOrder } from "./fingerprint";

const SEED = 20161125;

describe("numberText", () => {
  it.each([
    0,
    -0,
    1,
    -1,
    10,
    0.5,
    -0.5,
    0.0001,
    -0.0001,
    9.37,
    95.5,
    100.25,
    0.1 + 0.2,
    12.34565,
    1e-7,
    999999999.9999,
    1e9,
    123456789.1234,
    1e15,
    1e21,
    -1e300,
    5e-324,
    NaN,
    Infinity,
  ])("writes the number %p as String does", (n) => {
    expect(numberText(n)).toBe(String(n));
  });

  it(`writes random numbers as String does (seed ${SEED})`, () => {
    const decimals = fc.tuple(fc.integer({ min: -2e9, max: 2e9 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k);
    fc.assert(
      fc.property(fc.oneof(decimals, fc.double()), (n) => {
        expect(numberText(n)).toBe(String(n));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});

describe("radixOrder", () => {
  /** The order a stable sort of the indexes by (primary, secondary) gives. */
  const reference = (primary: Uint32Array, secondary: Uint32Array): number[] =>
    Array.from(primary, (_, i) => i).sort((a, b) => (primary[a] as number) - (primary[b] as number) || (secondary[a] as number) - (secondary[b] as number));

  it("orders by the first key, then the second, then the index", () => {
    expect([...radixOrder(Uint32Array.of(2, 1, 2, 1), Uint32Array.of(0, 5, 0, 4))]).toEqual([3, 1, 0, 2]);
    expect([...radixOrder(new Uint32Array(0), new Uint32Array(0))]).toEqual([]);
  });

  // Sizes on both sides of each switch: comparison sort below 128, 8-bit digits below 65,536, 16-bit from there.
  it.each([1, 2, 127, 128, 129, 1000, 65_535, 65_536, 70_000])(`equals a stable sort for %i keys, narrow or full 32-bit (seed ${SEED})`, (n) => {
    const rand = fc.sample(fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })), { seed: SEED + n, numRuns: n });
    for (const narrow of [true, false]) {
      // Narrow keys (few values) make equal keys common; full ones use every digit.
      const primary = Uint32Array.from(rand, ([p]) => (narrow ? p % 7 : p));
      const secondary = Uint32Array.from(rand, ([, s]) => (narrow ? (s % 3) * 0x10001 : s));
      expect([...radixOrder(primary, secondary)]).toEqual(reference(primary, secondary));
    }
  });
});
