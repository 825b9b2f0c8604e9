import Decimal from "decimal.js";
import type { Diagnostic, DiagnosticCode } from "../types";
import { cellRange } from "../address";
import { tierCategory, type CategoryTiers, type TierMember, type TierRules } from "./tierCategory";

const d = (x: string): Decimal => new Decimal(x);

const RULES: TierRules = {
  ratios: [d("0.4"), d("0.5"), d("0.1")],
  rounding: "largest-remainder",
  threshold: d("900"),
  ties: "share-better",
  tiebreak: ["target", "satisfaction", "deductions"],
  vetoRefill: false,
  decimals: 2,
};
const rules = (over: Partial<TierRules> = {}): TierRules => ({ ...RULES, ...over });

interface Opts {
  readonly target?: string;
  readonly satisfaction?: string;
  readonly deductions?: string;
  readonly vetoes?: readonly string[];
}
type Spec = readonly [unit: string, composite: string | null, opts?: Opts];

/** Members as rows 1.. of Units; vetoes as rows 1.. of Vetoes. */
function members(specs: readonly Spec[]): TierMember[] {
  return specs.map(([unit, composite, o = {}], i) => ({
    unit,
    ...(composite === null ? { graded: false, composite: null } : { graded: true, composite: d(composite) }),
    target: d(o.target ?? "650"),
    satisfaction: d(o.satisfaction ?? "280"),
    deductions: d(o.deductions ?? "0"),
    vetoes: (o.vetoes ?? []).map((area, j) => ({
      area,
      location: { table: "Vetoes", row: j + 1, column: "Area", at: cellRange("一票否决", j + 2, 2), unit },
    })),
    location: { table: "Units", row: i + 1, column: "Unit", at: cellRange("考评对象", i + 2, 1), unit },
  }));
}

// The reference plan's 经济管理类和其他类, 14 units, listed in the order of their default composites.
const CATEGORY = "经济管理类和其他类";
const UNITS14 = [
  "区发改局",
  "区工信局",
  "区财政局",
  "区商旅局",
  "区统计局",
  "区规划建设局",
  "区交通局",
  "区农业水利局",
  "区林业局",
  "区海洋和水产畜牧兽医局",
  "区房屋土地征收办",
  "区机关事务局",
  "区档案局",
  "区政府采购中心",
];
const [, , FINANCE, , STATS, PLANNING, TRANSPORT, AGRICULTURE, , , , , ARCHIVES, PROCUREMENT] = UNITS14;

/** The 14 units at 990, 985, … 925 (rank r has 995 − 5r), with changes by rank. */
function fourteen(changes: Readonly<Record<number, readonly [string | null, Opts?]>> = {}): TierMember[] {
  return members(
    UNITS14.map((u, i): Spec => {
      const change = changes[i + 1];
      return change === undefined ? [u, (990 - 5 * i).toFixed(2)] : [u, change[0], change[1]];
    }),
  );
}
const ungraded = (rank: number): Record<number, readonly [null]> => ({ [rank]: [null] });

const LETTER = { first: "F", second: "S", third: "T", unqualified: "U" } as const;
/** Final tiers in UNITS14 order, one letter each: "FFFFFFSSSSSSST"; "-" for no placement. */
const tiers = (t: CategoryTiers): string =>
  UNITS14.map((u) => {
    const p = t.placements.get(u);
    return p ? LETTER[p.tier] : "-";
  }).join("");
const quotaTiers = (t: CategoryTiers): string =>
  UNITS14.map((u) => {
    const p = t.placements.get(u);
    return p ? LETTER[p.quotaTier] : "-";
  }).join("");
const only = (t: CategoryTiers, code: DiagnosticCode): Diagnostic[] => t.diagnostics.filter((x) => x.code === code);
const placement = (t: CategoryTiers, unit: string) => {
  const p = t.placements.get(unit);
  if (p === undefined) throw new Error(`no placement for ${unit}`);
  return p;
};

describe("tierCategory: quotas and positional places", () => {
  it("14 units with distinct composites: 6 first, 7 second, 1 third, in order", () => {
    const t = tierCategory(CATEGORY, fourteen(), RULES);
    expect(t.quotas).toEqual({ first: 6, second: 7, third: 1 });
    expect(tiers(t)).toBe("FFFFFFSSSSSSST");
    expect(t.diagnostics.map((x) => x.code)).toEqual(["QUOTA_ROUNDED_UP"]);
  });

  it.each<[string, TierRules, string]>([
    ["largest-remainder", rules(), "FFFFFFSSSSSSST"],
    ["cap", rules({ rounding: "cap" }), "FFFFFSSSSSSSTT"],
    ["half-up", rules({ rounding: "half-up" }), "FFFFFFSSSSSSST"],
  ])("the rounding mode decides the places: %s", (_name, r, expected) => {
    expect(tiers(tierCategory(CATEGORY, fourteen(), r))).toBe(expected);
  });

  it.each<[number, string[]]>([
    [14, ["First quota 6 of 14 is above its share 40%"]],
    [17, ["First quota 7 of 17 is above its share 40%", "Third quota 2 of 17 is above its share 10%"]],
    [45, ["Second quota 23 of 45 is above its share 50%"]],
    [10, []],
  ])("QUOTA_ROUNDED_UP for each quota above its exact share: %i units", (n, expected) => {
    const specs = Array.from({ length: n }, (_, i): Spec => [`U${String(i + 1).padStart(2, "0")}`, String(1000 - i)]);
    const found = only(tierCategory("党委群团类", members(specs), RULES), "QUOTA_ROUNDED_UP");
    expect(found.map((x) => x.message.en.replace(/^Category "党委群团类": the /, "").replace(/ after rounding\.$/, ""))).toEqual(expected);
    for (const x of found) expect([x.severity, x.table, x.row, x.unit]).toEqual(["info", null, null, null]);
  });

  it("QUOTA_ROUNDED_UP says it in Chinese too", () => {
    const [x] = only(tierCategory(CATEGORY, fourteen(), RULES), "QUOTA_ROUNDED_UP");
    expect(x.message.zh).toBe("类别“经济管理类和其他类”一等名额 6/14，取整后高于规定比例 40%。");
  });

  it("ranks are competition ranks: 1, 2, 2, 4", () => {
    const t = tierCategory(
      "c",
      members([
        ["甲", "960"],
        ["乙", "950"],
        ["丙", "950"],
        ["丁", "940"],
      ]),
      RULES,
    );
    expect(["甲", "乙", "丙", "丁"].map((u) => placement(t, u).rank)).toEqual([1, 2, 2, 4]);
  });
});

describe("tierCategory: a tie across the first/second boundary (ranks 6 and 7 at 965.00)", () => {
  const tied = (o6: Opts = {}, o7: Opts = {}, more: Record<number, readonly [string, Opts?]> = {}) =>
    fourteen({ 6: ["965.00", o6], 7: ["965.00", o7], ...more });

  it("share-better: both first; the next unit keeps its own position's tier", () => {
    const t = tierCategory(CATEGORY, tied(), RULES);
    expect(tiers(t)).toBe("FFFFFFFSSSSSST");
    const [tie] = only(t, "TIE_AT_BOUNDARY");
    expect(tie.severity).toBe("warning");
    expect(tie.message.en).toBe(`Category "${CATEGORY}": 区交通局、区规划建设局 tie at 965.00 across the First/Second boundary; all get First.`);
    expect(tie.message.zh).toBe(`类别“${CATEGORY}”中 区交通局、区规划建设局 综合得分并列 965.00，跨越一等与二等的界限，均评为一等。`);
    expect(placement(t, TRANSPORT).explanation).toEqual({
      zh: "并列第6名/14 → 一等（并列跨越界限，按较好等次）",
      en: "Tied rank 6 of 14 → First (tie across a boundary: the better tier)",
    });
  });

  it("share-worse: both second, and the tie is still reported", () => {
    const t = tierCategory(CATEGORY, tied(), rules({ ties: "share-worse" }));
    expect(tiers(t)).toBe("FFFFFSSSSSSSST");
    expect(only(t, "TIE_AT_BOUNDARY").map((x) => x.message.en)).toEqual([
      `Category "${CATEGORY}": 区交通局、区规划建设局 tie at 965.00 across the First/Second boundary; all get Second.`,
    ]);
    expect(placement(t, PLANNING).explanation.en).toBe("Tied rank 6 of 14 → Second (tie across a boundary: the worse tier)");
    expect(placement(t, PLANNING).explanation.zh).toBe("并列第6名/14 → 二等（并列跨越界限，按较差等次）");
  });

  // 区交通局 sorts before 区规划建设局 by name; each row makes 区规划建设局 win on a key instead.
  it.each<[string, Opts, Opts, TierRules["tiebreak"], string, string]>([
    ["target (higher wins)", { target: "660" }, { target: "650" }, ["target", "satisfaction", "deductions"], "target score", "指标考核得分"],
    [
      "satisfaction (higher wins)",
      { satisfaction: "290" },
      { satisfaction: "280" },
      ["target", "satisfaction", "deductions"],
      "satisfaction (public + leader)",
      "满意度得分",
    ],
    [
      "deductions (lower wins)",
      { deductions: "0" },
      { deductions: "2" },
      ["target", "satisfaction", "deductions"],
      "deductions (penalty + spot check)",
      "扣分",
    ],
    [
      "the keys in the rules' order",
      { deductions: "0", target: "640" },
      { deductions: "2", target: "660" },
      ["deductions", "target"],
      "deductions (penalty + spot check)",
      "扣分",
    ],
  ])("tiebreak by %s", (_name, o6, o7, keys, enKey, zhKey) => {
    const t = tierCategory(CATEGORY, tied(o6, o7), rules({ ties: "tiebreak", tiebreak: keys }));
    expect(tiers(t)).toBe("FFFFFFSSSSSSST");
    expect([placement(t, PLANNING).tier, placement(t, TRANSPORT).tier]).toEqual(["first", "second"]);
    expect(only(t, "TIE_AT_BOUNDARY")).toEqual([]);
    expect(placement(t, PLANNING).explanation.en).toBe(`Tied rank 6 of 14 → First (tie across a boundary: decided by ${enKey})`);
    expect(placement(t, TRANSPORT).explanation.zh).toBe(`并列第6名/14 → 二等（并列跨越界限，按${zhKey}比较）`);
  });

  it("tiebreak with the default keys: the same target then satisfaction, the unit with more target first", () => {
    const t = tierCategory(CATEGORY, tied({ deductions: "0", target: "640" }, { deductions: "2", target: "660" }), rules({ ties: "tiebreak" }));
    expect([placement(t, TRANSPORT).tier, placement(t, PLANNING).tier]).toEqual(["first", "second"]);
  });

  it("tiebreak falls back to share-better for units equal on every key", () => {
    const t = tierCategory(CATEGORY, tied(), rules({ ties: "tiebreak" }));
    expect(tiers(t)).toBe("FFFFFFFSSSSSST");
    expect(only(t, "TIE_AT_BOUNDARY").map((x) => x.message.en)).toEqual([
      `Category "${CATEGORY}": 区交通局、区规划建设局 tie at 965.00 across the First/Second boundary; all get First.`,
    ]);
    expect(placement(t, PLANNING).explanation).toEqual({
      zh: "并列第6名/14 → 一等（并列跨越界限，比较后仍并列，按较好等次）",
      en: "Tied rank 6 of 14 → First (tie across a boundary: still tied after the tiebreak, the better tier)",
    });
  });

  it("tiebreak in a three-way tie: the key places one unit, the two still tied share the better tier", () => {
    const t = tierCategory(CATEGORY, tied({}, {}, { 5: ["965.00", { target: "660" }] }), rules({ ties: "tiebreak" }));
    // positions 5, 6, 7: 区统计局 (target 660) first, then 区交通局 and 区规划建设局 (650) straddle 6 | 7
    expect(tiers(t)).toBe("FFFFFFFSSSSSST");
    expect(only(t, "TIE_AT_BOUNDARY").map((x) => x.message.en)).toEqual([
      `Category "${CATEGORY}": 区交通局、区规划建设局 tie at 965.00 across the First/Second boundary; all get First.`,
    ]);
    expect(placement(t, STATS).explanation.en).toBe("Tied rank 5 of 14 → First (tie across a boundary: the better tier)");
  });

  it("a tie inside one tier is no tie at a boundary", () => {
    const t = tierCategory(CATEGORY, fourteen({ 3: ["985.00"] }), RULES);
    expect(only(t, "TIE_AT_BOUNDARY")).toEqual([]);
    expect(placement(t, FINANCE).explanation.zh).toBe("并列第2名/14 → 一等");
  });

  it.each<[TierRules["ties"], string, string]>([
    ["share-better", "FFFFFF", "all get First"],
    ["share-worse", "TTTTTT", "all get Third"],
    ["tiebreak", "FFFFFF", "all get First"],
  ])("a tie across two boundaries (6 units, quotas 2/3/1, all at 950): %s", (mode, expected, given) => {
    const six = members(["a", "b", "c", "d", "e", "f"].map((u): Spec => [u, "950"]));
    const t = tierCategory("c", six, rules({ ties: mode }));
    expect(t.quotas).toEqual({ first: 2, second: 3, third: 1 });
    expect(["a", "b", "c", "d", "e", "f"].map((u) => LETTER[placement(t, u).tier]).join("")).toBe(expected);
    expect(only(t, "TIE_AT_BOUNDARY").map((x) => x.message.en)).toEqual([
      `Category "c": a、b、c、d、e、f tie at 950.00 across the First/Third boundary; ${given}.`,
    ]);
  });
});

describe("tierCategory: threshold", () => {
  it("a composite below 900 is unqualified; its place is not refilled", () => {
    const t = tierCategory(CATEGORY, fourteen({ 14: ["880.00"] }), RULES);
    expect(tiers(t)).toBe("FFFFFFSSSSSSSU");
    const [below] = only(t, "BELOW_THRESHOLD");
    expect(below).toMatchObject({ severity: "info", table: "Units", row: 14, cell: "考评对象!A15", unit: PROCUREMENT });
    expect(below.message.en).toBe(`Unit "${PROCUREMENT}": composite 880.00 is below 900; unqualified.`);
    expect(placement(t, PROCUREMENT).explanation).toEqual({
      zh: "第14名/14 → 三等；综合得分 880.00 低于 900 → 不合格",
      en: "Rank 14 of 14 → Third; composite 880.00 below 900 → Unqualified",
    });
  });

  it("wherever the unit ranks: with threshold 980 the 4th of the first quota is unqualified", () => {
    const t = tierCategory(CATEGORY, fourteen(), rules({ threshold: d("980") }));
    expect(tiers(t)).toBe("FFFUUUUUUUUUUU");
    expect(quotaTiers(t)).toBe("FFFFFFSSSSSSST");
    expect(only(t, "BELOW_THRESHOLD")).toHaveLength(11);
  });

  it("a composite equal to the threshold is not below it", () => {
    const t = tierCategory(CATEGORY, fourteen({ 14: ["900.00"] }), RULES);
    expect(placement(t, PROCUREMENT).tier).toBe("third");
    expect(only(t, "BELOW_THRESHOLD")).toEqual([]);
  });
});

describe("tierCategory: veto", () => {
  it("the 3rd, vetoed for 安全生产, goes from first to second; no one takes its place", () => {
    const t = tierCategory(CATEGORY, fourteen({ 3: ["980.00", { vetoes: ["安全生产"] }] }), RULES);
    expect(tiers(t)).toBe("FFSFFFSSSSSSST");
    expect(placement(t, FINANCE).explanation).toEqual({
      zh: "第3名/14 → 一等；一票否决(安全生产) → 二等",
      en: "Rank 3 of 14 → First; veto (安全生产) → Second",
    });
    const [veto] = only(t, "VETO_APPLIED");
    expect(veto).toMatchObject({ severity: "info", table: "Vetoes", row: 1, cell: "一票否决!B2", unit: FINANCE });
    expect(veto.message.zh).toBe(`单位“${FINANCE}”被一票否决（安全生产），等次由一等降为二等。`);
  });

  it.each<[number, string, string]>([
    [1, "SFFFFFSSSSSSST", "second"],
    [7, "FFFFFFTSSSSSST", "third"],
    [14, "FFFFFFSSSSSSSU", "unqualified"],
  ])("a veto lowers one tier: rank %i → %s", (rank, expected, tier) => {
    const t = tierCategory(CATEGORY, fourteen({ [rank]: [(995 - 5 * rank).toFixed(2), { vetoes: ["计划生育"] }] }), RULES);
    expect(tiers(t)).toBe(expected);
    expect(placement(t, UNITS14[rank - 1]).tier).toBe(tier);
  });

  it("several veto areas are named together, at the first veto's row", () => {
    const t = tierCategory(CATEGORY, fourteen({ 2: ["985.00", { vetoes: ["安全生产", "环境保护", "安全生产"] }] }), RULES);
    expect(placement(t, UNITS14[1]).explanation.zh).toBe("第2名/14 → 一等；一票否决(安全生产、环境保护) → 二等");
    expect(only(t, "VETO_APPLIED").map((x) => [x.row, x.message.en])).toEqual([
      [1, `Unit "${UNITS14[1]}" is vetoed (安全生产、环境保护): First lowered to Second.`],
    ]);
  });

  it("veto and threshold together: below 900 is unqualified, and the veto is still reported", () => {
    const t = tierCategory(CATEGORY, fourteen({ 14: ["880.00", { vetoes: ["安全生产"] }] }), RULES);
    expect(placement(t, PROCUREMENT).tier).toBe("unqualified");
    expect(placement(t, PROCUREMENT).explanation).toEqual({
      zh: "第14名/14 → 三等；综合得分 880.00 低于 900 → 不合格；一票否决(安全生产) → 不合格",
      en: "Rank 14 of 14 → Third; composite 880.00 below 900 → Unqualified; veto (安全生产) → Unqualified",
    });
    expect(t.diagnostics.filter((x) => x.unit === PROCUREMENT).map((x) => x.code)).toEqual(["BELOW_THRESHOLD", "VETO_APPLIED"]);
    expect(only(t, "VETO_APPLIED")[0].message.en).toBe(`Unit "${PROCUREMENT}" is vetoed (安全生产); it is already Unqualified, so its tier stays.`);
  });

  it("veto below the first quota's threshold: first → unqualified by threshold, veto leaves it there", () => {
    const t = tierCategory(CATEGORY, fourteen({ 1: ["990.00", { vetoes: ["其他重大损失"] }] }), rules({ threshold: d("995") }));
    expect(placement(t, UNITS14[0]).tier).toBe("unqualified");
  });
});

describe("tierCategory: veto with refill (veto.refill = true)", () => {
  const refill = rules({ vetoRefill: true });

  it("a vetoed first frees its place: the next unit moves up, and so on down", () => {
    const t = tierCategory(CATEGORY, fourteen({ 3: ["980.00", { vetoes: ["安全生产"] }] }), refill);
    expect(tiers(t)).toBe("FFSFFFFSSSSSSS");
    expect(quotaTiers(t)).toBe("FFFFFFSSSSSSST");
    expect(placement(t, TRANSPORT).explanation).toEqual({
      zh: "第7名/14 → 二等；否决空出名额递补 → 一等",
      en: "Rank 7 of 14 → Second; place freed by a veto → First",
    });
    expect(placement(t, PROCUREMENT).explanation.en).toBe("Rank 14 of 14 → Third; place freed by a veto → Second");
    expect(placement(t, FINANCE).explanation.en).toBe("Rank 3 of 14 → First; veto (安全生产) → Second");
  });

  it("a vetoed second: the units above keep their tiers, the third moves up to second", () => {
    const t = tierCategory(CATEGORY, fourteen({ 7: ["960.00", { vetoes: ["环境保护"] }] }), refill);
    expect(tiers(t)).toBe("FFFFFFTSSSSSSS");
  });

  it("a unit below the threshold keeps its position: moved up by the refill, still unqualified", () => {
    const t = tierCategory(CATEGORY, fourteen({ 13: ["930.00", { vetoes: ["安全生产"] }], 14: ["880.00"] }), refill);
    expect(tiers(t)).toBe("FFFFFFSSSSSSTU");
    expect(placement(t, PROCUREMENT).explanation.zh).toBe("第14名/14 → 三等；否决空出名额递补 → 二等；综合得分 880.00 低于 900 → 不合格");
  });

  it("a vetoed unit already below the threshold frees no place: nobody is moved up", () => {
    const t = tierCategory(CATEGORY, fourteen({ 13: ["890.00", { vetoes: ["安全生产"] }], 14: ["880.00"] }), refill);
    expect(tiers(t)).toBe("FFFFFFSSSSSSUU");
    expect(placement(t, PROCUREMENT).explanation.zh).toBe("第14名/14 → 三等；综合得分 880.00 低于 900 → 不合格");
    expect(placement(t, ARCHIVES).explanation.zh).toBe("第13名/14 → 二等；综合得分 890.00 低于 900 → 不合格；一票否决(安全生产) → 不合格");
  });

  it("without a veto, refill changes nothing", () => {
    expect(tiers(tierCategory(CATEGORY, fourteen(), refill))).toBe("FFFFFFSSSSSSST");
  });
});

describe("tierCategory: provisional and small categories", () => {
  it("an ungraded unit counts in N, takes no place, and makes every unit provisional", () => {
    const t = tierCategory(CATEGORY, fourteen(ungraded(13)), RULES);
    expect(t.quotas).toEqual({ first: 6, second: 7, third: 1 });
    expect(tiers(t)).toBe("FFFFFFSSSSSS-S");
    const provisional = only(t, "CATEGORY_PROVISIONAL");
    // One per category (SPEC section 4 step 6, revised), at the ungraded unit's Units row.
    expect(provisional).toHaveLength(1);
    expect(provisional[0]).toMatchObject({ severity: "warning", table: "Units", row: 13, unit: ARCHIVES });
    expect(provisional[0].message.en).toBe(`Category "${CATEGORY}" has ungraded units (${ARCHIVES}); its quotas may move, so its tiers are provisional.`);
    expect(placement(t, PROCUREMENT).explanation).toEqual({
      zh: "第13名/14 → 二等；本类别有未评定单位，等次暂定",
      en: "Rank 13 of 14 → Second; provisional: the category has ungraded units",
    });
  });

  it("two ungraded units give one CATEGORY_PROVISIONAL naming both, at the first one's Units row", () => {
    const t = tierCategory(CATEGORY, fourteen({ ...ungraded(13), ...ungraded(5) }), RULES);
    const provisional = only(t, "CATEGORY_PROVISIONAL");
    expect(provisional).toHaveLength(1);
    expect(provisional[0]).toMatchObject({ row: 5, cell: "考评对象!A6", unit: STATS });
    expect(provisional[0].message.zh).toContain([STATS, ARCHIVES].sort().join("、"));
  });

  it("a category with every unit graded is not provisional", () => {
    expect(only(tierCategory(CATEGORY, fourteen(), RULES), "CATEGORY_PROVISIONAL")).toEqual([]);
  });

  it.each<[number, number]>([
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 0],
  ])("%i assessed units → %i CATEGORY_SMALL", (n, count) => {
    const t = tierCategory("区直属类", members(Array.from({ length: n }, (_, i): Spec => [`U${i}`, "950"])), RULES);
    const small = only(t, "CATEGORY_SMALL");
    expect(small).toHaveLength(count);
    for (const x of small) {
      expect([x.severity, x.table, x.row, x.unit]).toEqual(["warning", null, null, null]);
      expect(x.message.zh).toBe(`类别“区直属类”只有 ${n} 个参加考评的单位，等次比例意义有限。`);
    }
  });
});

describe("tierCategory: margin to the next better quota tier", () => {
  it.each<[string, TierMember[], TierRules, string, string | null]>([
    ["first quota tier: null", fourteen(), RULES, UNITS14[0], null],
    ["rank 7 (second) to the lowest first, 965.00 − 957.25", fourteen({ 7: ["957.25"] }), RULES, TRANSPORT, "7.75"],
    ["rank 14 (third) to the lowest second, 930.00 − 925.00", fourteen(), RULES, PROCUREMENT, "5"],
    ["after a share-better tie, to the tied group's composite", fourteen({ 7: ["965.00"] }), RULES, AGRICULTURE, "10"],
    ["split by tiebreak: 0", fourteen({ 6: ["965.00", { target: "660" }], 7: ["965.00"] }), rules({ ties: "tiebreak" }), TRANSPORT, "0"],
    ["a vetoed first: its quota tier is first, so null", fourteen({ 3: ["980.00", { vetoes: ["安全生产"] }] }), RULES, FINANCE, null],
    ["below the threshold, still measured from its quota tier", fourteen({ 14: ["880.00"] }), RULES, PROCUREMENT, "50"],
  ])("%s", (_name, ms, r, unit, expected) => {
    const margin = placement(tierCategory(CATEGORY, ms, r), unit).margin;
    expect(margin === null ? null : margin.toString()).toBe(expected);
  });

  it("null where the better quota tier has no member: 1 unit gets quotas 0/1/0", () => {
    const t = tierCategory("c", members([["only", "950"]]), RULES);
    expect(t.quotas).toEqual({ first: 0, second: 1, third: 0 });
    expect(placement(t, "only")).toMatchObject({ quotaTier: "second", tier: "second", margin: null });
  });
});
