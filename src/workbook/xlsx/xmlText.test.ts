import { cellText, rootPrefix, tElement } from "./xmlText";

describe("cellText", () => {
  it.each([
    ["plain", "区财政局", "区财政局"],
    ["XML specials", "a<b & c>d", "a&lt;b &amp; c&gt;d"],
    ["a formula-looking text stays text", "=1+1", "=1+1"],
    ["control characters", "a\u0001b", "a_x0001_b"],
    ["a literal escape", "_x0041_", "_x005F_x0041_"],
    ["a lone surrogate", "a\uD800b", "a\uFFFDb"],
    ["a surrogate pair stays", "a\uD83D\uDE00b", "a\uD83D\uDE00b"],
    ["an underscore that is no escape", "a_b_x12_", "a_b_x12_"],
    ["a tab, a newline and a return stay", "a\tb\nc\rd", "a\tb\nc\rd"],
  ])("%s", (_what, text, xml) => expect(cellText(text)).toBe(xml));

  it("keeps leading and trailing spaces", () => expect(tElement(" 区 ")).toBe('<t xml:space="preserve"> 区 </t>'));
  it("finds the root's prefix", () => expect(rootPrefix('<x:workbook xmlns:x="u">', "workbook")).toBe("x:"));
});
