/**
 * The input fingerprint: the same for the same data in any row or column
 * order, different whenever a value Appraise reads changes (including values
 * whose naive texts would collide).
 */
import fc from "fast-check";
import { numberText, radixOrder } from "../../src/engine/fingerprint";
import { grade } from "../../src/engine/grade";
import type { Cell, WorkbookInput } from "../../src/engine/types";
import { table } from "./workbook";

const SEED = 20161125;

const header = ["Unit", "Type", "Group", "Indicator", "MaxPoints", "Score"];

/** A workbook whose Indicators table has the given data rows. */
function withIndicators(rows: readonly (readonly Cell[])[], columns: readonly string[] = header): WorkbookInput {
  return {
    tables: [
      table("Units", "考评对象", [
        ["Unit", "Category"],
        ["区发改局", "经济类"],
        ["区财政局", "经济类"],
      ]),
      table("Indicators", "指标", [columns, ...rows]),
      table("Satisfaction", "满意度", [
        ["Unit", "Public", "Leader"],
        ["区发改局", 180, 90],
      ]),
    ],
  };
}

const fingerprint = (input: WorkbookInput): string => grade(input).inputFingerprint;

const rows: Cell[][] = [
  ["区发改局", "职能", "core", "指标1", 600, 550.5],
  ["区发改局", "共性", null, "共性", 100, 90],
  ["区财政局", "职能", "core", "指标1", 600, 560],
  ["区财政局", "共性", null, "共性", 100, 90],
];

describe("input fingerprint", () => {
  it("is sha256 and hex", () => {
    expect(fingerprint(withIndicators(rows))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("ignores row order, column order and ignored columns", () => {
    const base = fingerprint(withIndicators(rows));
    expect(fingerprint(withIndicators([...rows].reverse()))).toBe(base);
    const reordered = [5, 4, 3, 2, 1, 0];
    expect(
      fingerprint(
        withIndicators(
          rows.map((r) => reordered.map((i) => r[i] ?? null)),
          reordered.map((i) => header[i] as string),
        ),
      ),
    ).toBe(base);
    expect(
      fingerprint(
        withIndicators(
          rows.map((r) => [...r, "note"]),
          [...header, "Remarks"],
        ),
      ),
    ).toBe(base);
    expect(fingerprint(withIndicators([...rows, [null, null, " ", null, null, null]]))).toBe(base);
  });

  const changed = (row: number, column: number, cell: Cell): Cell[][] => rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? cell : c)) : r));

  it.each<[string, Cell[][], Cell[][]]>([
    ["a number", rows, changed(0, 5, 550.6)],
    ["a number and the same text", rows, changed(0, 5, "550.5")],
    ["a text", rows, changed(0, 3, "指标2")],
    ["a blank and a value", rows, changed(1, 2, "core")],
    ["text with a tab moved across cells", [["区发改局", "职能", "a\tb", "c", 1, 1]], [["区发改局", "职能", "a", "b\tc", 1, 1]]],
    [
      "text with a newline moved across rows",
      [
        ["区发改局", "职能", "a\n", null, 1, 1],
        ["区发改局", "职能", "b", null, 1, 1],
      ],
      [
        ["区发改局", "职能", "a", null, 1, 1],
        ["区发改局", "职能", "\nb", null, 1, 1],
      ],
    ],
    ["a backslash and an escape", [["区发改局", "职能", "a\\t", null, 1, 1]], [["区发改局", "职能", "a\t", null, 1, 1]]],
    ["two lone surrogates", [["区发改局", "职能", "\ud800", null, 1, 1]], [["区发改局", "职能", "\ud801", null, 1, 1]]],
    ["TRUE and the text TRUE", [["区发改局", "职能", true, null, 1, 1]], [["区发改局", "职能", "T", null, 1, 1]]],
    ["an error and its text", [["区发改局", "职能", { error: "#N/A" }, null, 1, 1]], [["区发改局", "职能", "#N/A", null, 1, 1]]],
    ["a row and the same row twice", rows, [...rows, rows[0] as Cell[]]],
  ])("changes with %s", (_, a, b) => {
    expect(fingerprint(withIndicators(b))).not.toBe(fingerprint(withIndicators(a)));
  });

  it(`is the same for any order of rows with many duplicates (seed ${SEED})`, () => {
    const cell = fc.oneof(fc.constantFrom<Cell>(null, "区发改局", "区财政局", "职能", "a\tb", "", 1, 1.5, -0, true), fc.integer({ min: 0, max: 3 }));
    const rowArb = fc.array(cell, { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (data, keys) => {
        const shuffled = data
          .map((r, i) => ({ r, k: (keys[i % keys.length] as number) * 100 + i }))
          .sort((x, y) => x.k - y.k)
          .map((o) => o.r);
        expect(fingerprint(withIndicators(shuffled))).toBe(fingerprint(withIndicators(data)));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

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
