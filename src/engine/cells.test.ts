/** Fast paths of the cell readers agree with their plain definitions. */
import { isBlank, isTrimmable, normalizeText } from "./cells";

describe("whitespace", () => {
  it("isTrimmable agrees with the trimming regex on every UTF-16 code unit", () => {
    const trimmable = /[\s\u3000\u00a0\ufeff]/;
    const disagreements: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTrimmable(c) !== trimmable.test(String.fromCharCode(c))) disagreements.push(c);
    expect(disagreements).toEqual([]);
  });

  it.each([
    ["", true],
    [" ", true],
    ["\u3000\u00a0\ufeff\t\n", true],
    ["\u2028", true],
    ["a", false],
    [" a ", false],
    ["区", false],
    ["\u3000区\u3000", false],
  ])("isBlank(%j) is %s", (text, blank) => {
    expect(isBlank(text)).toBe(blank);
    expect(isBlank(text)).toBe(normalizeText(text) === "");
  });
});
