/**
 * The input fingerprint: the same for the same data in any row or column
 * order, different whenever a value Appraise reads changes (including values
 * whose naive texts would collide).
 */
import fc from "fast-check";
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
});
