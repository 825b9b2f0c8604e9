import Decimal from "decimal.js";
import { compareCodePoints } from "../compareCodePoints";
import { rankMembers } from "./rankMembers";
import type { TierMember } from "./types";

const member = (unit: string, composite: string | null, graded = composite !== null): TierMember => {
  const facts = { unit, target: null, satisfaction: null, deductions: null, vetoes: [], location: { table: "Units", unit } };
  // Graded without a composite cannot be built: such a member is ungraded.
  return graded && composite !== null
    ? { ...facts, graded: true, composite: new Decimal(composite) }
    : { ...facts, graded: false, composite: composite === null ? null : new Decimal(composite) };
};

const ranks = (members: TierMember[]): string[] => rankMembers(members).map((r) => `${r.member.unit} ${r.rank}${r.tied ? "=" : ""}`);

describe("rankMembers", () => {
  it.each<[string, TierMember[], string[]]>([
    [
      "equal composites share a rank and the next rank skips (1, 2, 2, 4)",
      [member("丁", "940.00"), member("乙", "950.00"), member("甲", "960.00"), member("丙", "950.00")],
      // 丙 U+4E19 before 乙 U+4E59: code-point order, not the Heavenly Stems' order
      ["甲 1", "丙 2=", "乙 2=", "丁 4"],
    ],
    ["equality is by value: 950 and 950.00 tie", [member("a", "950"), member("b", "950.00"), member("c", "949.99")], ["a 1=", "b 1=", "c 3"]],
    [
      "a three-way tie at the top: 1, 1, 1, 4",
      [member("c", "900"), member("b", "900"), member("a", "900"), member("d", "899")],
      ["a 1=", "b 1=", "c 1=", "d 4"],
    ],
    ["ungraded members take no place and no rank", [member("a", "950"), member("b", null), member("c", "940", false), member("d", "930")], ["a 1", "d 2"]],
    ["a member marked graded without a composite is not ranked", [member("a", null, true), member("b", "1")], ["b 1"]],
    ["no graded members: an empty order", [member("a", null)], []],
  ])("%s", (_name, members, expected) => {
    expect(ranks(members)).toEqual(expected);
  });

  it("input order does not change the order (ties listed by unit name)", () => {
    const members = [member("乙", "950"), member("甲", "950"), member("丙", "960")];
    expect(ranks(members)).toEqual(ranks([...members].reverse()));
  });
});

describe("compareCodePoints", () => {
  it.each<[string, string, number]>([
    ["a", "b", -1],
    ["b", "a", 1],
    ["a", "a", 0],
    ["a", "ab", -1],
    // By UTF-16 code units "😀" (D83D DE00) sorts before "！" (FF01); by code point it is after.
    ["！", "😀", -1],
  ])("%s vs %s → sign %i", (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});
