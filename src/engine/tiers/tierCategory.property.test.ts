import Decimal from "decimal.js";
import fc from "fast-check";
import { MESSAGES } from "../messages";
import { tierCategory, type CategoryTiers, type TiebreakKey, type TierMember, type TierRules } from "./tierCategory";
import type { MemberFacts } from "./types";

const AREAS = ["党风廉政建设", "社会治安综合治理", "计划生育", "环境保护", "安全生产", "其他重大损失"];
const KEYS: TiebreakKey[] = ["target", "satisfaction", "deductions"];

/** Shares as ten-thousandths summing to exactly 1. */
const shares = fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 })).map(([a, b]): [Decimal, Decimal, Decimal] => {
  const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
  return [new Decimal(lo).div(10000), new Decimal(hi - lo).div(10000), new Decimal(10000 - hi).div(10000)];
});

const rulesArb: fc.Arbitrary<TierRules> = fc.record({
  ratios: shares,
  rounding: fc.constantFrom("largest-remainder" as const, "cap" as const, "half-up" as const),
  threshold: fc.integer({ min: 880, max: 960 }).map((x) => new Decimal(x)),
  ties: fc.constantFrom("share-better" as const, "share-worse" as const, "tiebreak" as const),
  tiebreak: fc.shuffledSubarray(KEYS),
  vetoRefill: fc.boolean(),
  decimals: fc.integer({ min: 0, max: 4 }),
});

/** Few distinct values, so that ties at boundaries and on tiebreak keys are common. */
const few = (min: number, max: number): fc.Arbitrary<Decimal> => fc.integer({ min, max }).map((x) => new Decimal(x).div(2));

/** A member from independent `graded` and `composite`: graded only with a composite. */
const asMember = ({ graded, composite, ...facts }: MemberFacts & { graded: boolean; composite: Decimal | null }): TierMember =>
  graded && composite !== null ? { ...facts, graded: true, composite } : { ...facts, graded: false, composite };

const memberArb = (unit: string, row: number): fc.Arbitrary<TierMember> =>
  fc
    .record({
      unit: fc.constant(unit),
      graded: fc.boolean().map((b) => b || row % 7 !== 0), // mostly graded
      composite: few(1780, 1920).map((x) => x as Decimal | null),
      target: few(1300, 1310).map((x) => x as Decimal | null),
      satisfaction: few(560, 566).map((x) => x as Decimal | null),
      deductions: few(0, 4).map((x) => x as Decimal | null),
      vetoes: fc
        .oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray(AREAS, { minLength: 1, maxLength: 2 }) })
        .map((areas) => areas.map((area, j) => ({ area, location: { table: "Vetoes", row: row * 10 + j, unit } }))),
      location: fc.constant({ table: "Units", row, unit }),
    })
    .map(asMember);

/** A category of unique unit names (any Unicode, surrogate pairs included). */
const categoryArb: fc.Arbitrary<TierMember[]> = fc
  .uniqueArray(fc.string({ unit: "binary", minLength: 1, maxLength: 3 }), { maxLength: 40 })
  .chain((names) => fc.tuple(...names.map((u, i) => memberArb(u, i + 1))));

/** Everything a user sees of one category, as plain data. */
const view = (t: CategoryTiers) => ({
  quotas: t.quotas,
  placements: [...t.placements.values()]
    .map((p) => ({ ...p, margin: p.margin?.toString() ?? null }))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
  diagnostics: t.diagnostics,
});

describe("tierCategory: properties", () => {
  it("shuffling the members changes no placement and no diagnostic (seed 20161125)", () => {
    const arb = fc
      .tuple(categoryArb, rulesArb)
      .chain(([ms, rules]) => fc.tuple(fc.constant(ms), fc.constant(rules), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length })));
    const prop = fc.property(arb, ([ms, rules, shuffled]) => {
      expect(view(tierCategory("c", shuffled, rules))).toEqual(view(tierCategory("c", ms, rules)));
    });
    fc.assert(prop, { seed: 20161125, numRuns: 300 });
  });

  it("with distinct composites, all graded, no threshold and no veto, the tiers fill the quotas exactly (seed 20161127)", () => {
    const arb = fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 100000 }), { maxLength: 60 }), rulesArb);
    const prop = fc.property(arb, ([scores, rules]) => {
      const ms = scores.map((x, i): TierMember => ({
        unit: `U${i}`,
        graded: true,
        composite: new Decimal(x),
        target: null,
        satisfaction: null,
        deductions: null,
        vetoes: [],
        location: {},
      }));
      const t = tierCategory("c", ms, { ...rules, threshold: new Decimal(-1) });
      const count = (tier: string) => [...t.placements.values()].filter((p) => p.tier === tier).length;
      expect([count("first"), count("second"), count("third")]).toEqual([t.quotas.first, t.quotas.second, t.quotas.third]);
      expect(t.diagnostics.filter((x) => x.code === "TIE_AT_BOUNDARY")).toEqual([]);
    });
    fc.assert(prop, { seed: 20161127, numRuns: 300 });
  });

  it("with refill, the units not vetoed fill the quotas from the top (seed 20161128)", () => {
    const arb = fc.tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 100000 }), { maxLength: 60 }),
      fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
      rulesArb,
    );
    const prop = fc.property(arb, ([scores, vetoed, rules]) => {
      const ms = scores.map((x, i): TierMember => ({
        unit: `U${i}`,
        graded: true,
        composite: new Decimal(x),
        target: null,
        satisfaction: null,
        deductions: null,
        vetoes: vetoed[i] ? [{ area: "安全生产", location: {} }] : [],
        location: {},
      }));
      const t = tierCategory("c", ms, { ...rules, threshold: new Decimal(-1), vetoRefill: true });
      const kept = [...t.placements.values()].filter((p) => !vetoed[Number(p.unit.slice(1))]);
      const count = (tier: string) => kept.filter((p) => p.tier === tier).length;
      const first = Math.min(t.quotas.first, kept.length);
      const second = Math.min(t.quotas.second, kept.length - first);
      expect([count("first"), count("second"), count("third")]).toEqual([first, second, kept.length - first - second]);
    });
    fc.assert(prop, { seed: 20161128, numRuns: 300 });
  });

  it("never throws on random members, and always answers in range (seed 20161129)", () => {
    const wild = fc.option(fc.integer({ min: -2000, max: 2000 }).map((x) => new Decimal(x).div(4)));
    const memberWild = fc.record({
      unit: fc.string({ maxLength: 3 }), // duplicates and empty names included
      graded: fc.boolean(),
      composite: wild,
      target: wild,
      satisfaction: wild,
      deductions: wild,
      vetoes: fc.array(fc.record({ area: fc.string(), location: fc.constant({}) }), { maxLength: 2 }),
      location: fc.constant({}),
    });
    const rulesWild = fc.record({
      ratios: fc.tuple(wild, wild, wild).map((r) => r.map((x) => x ?? new Decimal(0)) as [Decimal, Decimal, Decimal]),
      rounding: fc.constantFrom("largest-remainder" as const, "cap" as const, "half-up" as const),
      threshold: wild.map((x) => x ?? new Decimal(900)),
      ties: fc.constantFrom("share-better" as const, "share-worse" as const, "tiebreak" as const),
      tiebreak: fc.array(fc.constantFrom(...KEYS), { maxLength: 4 }),
      vetoRefill: fc.boolean(),
      decimals: fc.integer({ min: 0, max: 6 }),
    });
    const prop = fc.property(fc.array(memberWild, { maxLength: 30 }), rulesWild, (ms, rules) => {
      const t = tierCategory("c", ms.map(asMember), rules);
      expect(t.quotas.first + t.quotas.second + t.quotas.third).toBe(ms.length);
      const placedUnits = new Set(ms.filter((m) => m.graded && m.composite !== null).map((m) => m.unit));
      expect(t.placements.size).toBe(placedUnits.size);
      for (const p of t.placements.values()) {
        expect(placedUnits.has(p.unit)).toBe(true);
        expect(["first", "second", "third", "unqualified"]).toContain(p.tier);
        expect(p.explanation.zh.length > 0 && p.explanation.en.length > 0).toBe(true);
      }
      for (const x of t.diagnostics) expect(MESSAGES[x.code].severity).toBe(x.severity);
    });
    fc.assert(prop, { seed: 20161129, numRuns: 300 });
  });
});
