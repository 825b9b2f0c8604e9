import fc from "fast-check";
import { compareCodePoints } from "./compareCodePoints";

/** The definition: compare the code points `Array.from` gives, one by one. */
function byDefinition(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

describe("compareCodePoints", () => {
  it.each<[string, string, number]>([
    ["a", "b", -1],
    ["b", "a", 1],
    ["ab", "ab", 0],
    ["a", "ab", -1],
    // U+FF01 before U+1F600, though its code unit 0xFF01 is above the surrogate 0xD83D
    ["！", "😀", -1],
    ["考评对象😀", "考评对象！", 1],
    // Pairs sharing their high surrogate: 😀 U+1F600 before 😁 U+1F601
    ["😀", "😁", -1],
    // A lone high surrogate before the pair it starts
    ["\uD83D", "😀", -1],
    ["x\uD83Dy", "x\uD83Dz", -1],
  ])("%j vs %j → sign %i", (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });

  it("agrees in sign with the code-point definition on any strings, lone surrogates included (seed 20161130)", () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom("\uD83D", "\uDE00", "😀", "😁", "！", "a", "考"), fc.string({ unit: "binary", maxLength: 1 })),
      maxLength: 6,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byDefinition(a, b)));
      }),
      { seed: 20161130, numRuns: 2000 },
    );
  });
});
