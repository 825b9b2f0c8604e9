/**
 * A realistic engine result, by hand: two categories of the reference plan,
 * nine assessed units (one ungraded, one vetoed), and diagnostics of every
 * severity, some with a cell to jump to and some without.
 */
import { diagnostic } from "../../src/engine/messages";
import { sortDiagnostics } from "../../src/engine/sortDiagnostics";
import type { Diagnostic, GradeResult, Tier, UnitResult } from "../../src/engine/types";
import type { TableStatus } from "../../src/taskpane/state/paneTypes";
import { parseAddress } from "../../src/engine/address";

export const ECONOMIC = "经济管理类和其他类";
export const PUBLIC_AFFAIRS = "公共事务管理和监管、监督类";
/** A long unit name, to check that the pane wraps it. */
export const LONG_UNIT = "区人力资源和社会保障局（区社会保险事业管理局）";

function unit(
  name: string,
  category: string,
  rank: number | null,
  composite: string | null,
  tier: Tier | null,
  size: number,
  extra: Partial<UnitResult> = {},
): UnitResult {
  return {
    unit: name,
    category,
    assessed: true,
    graded: tier !== null,
    functional: "580.00",
    common: "95.00",
    target: "675.00",
    bonus: "6.00",
    penalty: "0.00",
    public: "186.00",
    leader: "94.00",
    spotCheck: "0.00",
    composite,
    rank,
    categorySize: size,
    tier,
    margin: null,
    vetoed: false,
    vetoedFrom: null,
    details: { bonuses: [], penalties: [], spotChecks: [], vetoes: [] },
    explanation: tier === null ? { zh: "未评定", en: "Not graded" } : { zh: `第${rank}名/${size} → ${tier}`, en: `Rank ${rank} of ${size} → ${tier}` },
    ...extra,
  };
}

const diagnostics: Diagnostic[] = sortDiagnostics([
  diagnostic(
    "NOT_A_NUMBER",
    { table: "Indicators", row: 5, column: "Score", at: parseAddress("指标考核!F6"), unit: "区民政局" },
    { column: { zh: "得分", en: "Score" }, value: '"九十五"' },
  ),
  diagnostic("SATISFACTION_MISSING", { unit: "区民政局" }, { unit: "区民政局", kind: "public" }),
  diagnostic(
    "PENALTY_OUTSIDE_PERIOD",
    { table: "Penalties", row: 2, column: "Date", at: parseAddress("通报扣分!B3"), unit: "区财政局" },
    { date: "2017-01-05", start: "2016-01-01", end: "2016-12-31" },
  ),
  // A warning of a graded unit, without a cell (POINTS_TOTAL_MISMATCH, here before issue 17, is now an error that leaves its unit ungraded).
  diagnostic("TEMPORARY_LATE", { table: "Indicators", unit: "区工信局" }, { assigned: "2016-09-01", filed: "2016-09-30", days: 21, limit: 10 }),
  diagnostic("CORE_COUNT", { table: "Indicators", unit: LONG_UNIT }, { unit: LONG_UNIT, count: 2, min: 3, max: 5 }),
  diagnostic("CATEGORY_PROVISIONAL", { unit: null }, { category: PUBLIC_AFFAIRS, ungraded: ["区民政局"] }),
  diagnostic(
    "NUMBER_NORMALIZED",
    { table: "Indicators", row: 8, column: "Score", at: parseAddress("指标考核!F9"), unit: "区商旅局" },
    { column: { zh: "得分", en: "Score" }, value: '"９５．５"', number: "95.5" },
  ),
  diagnostic(
    "VETO_APPLIED",
    { table: "Vetoes", row: 1, column: "Area", at: parseAddress("一票否决!B2"), unit: "区统计局" },
    { unit: "区统计局", areas: ["安全生产"], from: "second", to: "third" },
  ),
  diagnostic("BONUS_CAPPED", { table: "Bonuses", unit: "区发改局" }, { unit: "区发改局", total: "14", cap: "10" }),
]);

/** Error, warning and info counts of {@link gradedResult}. */
export const COUNTS = { error: 2, warning: 4, info: 3 } as const;

/**
 * 经济管理类和其他类: 5 units, quotas 2/3/0; 区统计局 vetoed second → third (over its quota of 0).
 * 公共事务管理和监管、监督类: 5 units, quotas 2/3/0; 区民政局 not graded, so the category is provisional.
 */
export const gradedResult: GradeResult = {
  resultsWithheld: false,
  rules: { decimals: "2", "tier.rounding": "largest-remainder", "tier.ratios": "0.4,0.5,0.1" },
  decimals: 2,
  appeal: { feedbackDate: null, deadline: null, workingDays: 7, yearsUnknown: [] },
  calendarYearsUnknown: [],
  units: [
    unit("区发改局", ECONOMIC, 1, "968.75", "first", 5, { bonus: "10.00" }),
    unit("区工信局", ECONOMIC, 2, "955.20", "first", 5),
    unit("区财政局", ECONOMIC, 3, "940.00", "second", 5, { margin: "15.20" }),
    unit("区商旅局", ECONOMIC, 4, "930.50", "second", 5, { margin: "24.70" }),
    unit("区统计局", ECONOMIC, 5, "921.00", "third", 5, { vetoed: true, margin: "34.20" }),
    unit("区政府办", PUBLIC_AFFAIRS, 1, "962.00", "first", 5),
    unit("区教育局", PUBLIC_AFFAIRS, 2, "958.40", "first", 5),
    unit(LONG_UNIT, PUBLIC_AFFAIRS, 3, "944.10", "second", 5, { margin: "14.30" }),
    unit("区科技局", PUBLIC_AFFAIRS, 4, "897.60", "unqualified", 5),
    unit("区民政局", PUBLIC_AFFAIRS, null, null, null, 5, { public: null, composite: null }),
    unit("区档案局", ECONOMIC, null, null, null, 5, { assessed: false, categorySize: null }),
  ],
  categories: [
    {
      category: ECONOMIC,
      size: 5,
      graded: 5,
      provisional: false,
      quotas: { first: 2, second: 3, third: 0 },
      counts: { first: 2, second: 2, third: 1, unqualified: 0 },
    },
    {
      category: PUBLIC_AFFAIRS,
      size: 5,
      graded: 4,
      provisional: true,
      quotas: { first: 2, second: 3, third: 0 },
      counts: { first: 2, second: 1, third: 0, unqualified: 1 },
    },
  ],
  diagnostics,
  inputFingerprint: "sha256:4f2a9c0d5e1b7a3c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e",
};

/** The same inputs, but a foreign 考评结果 sheet blocked the write. */
export const conflictResult: GradeResult = {
  ...gradedResult,
  diagnostics: sortDiagnostics([diagnostic("OUTPUT_CONFLICT", { at: null }, { sheet: "考评结果" }), ...gradedResult.diagnostics]),
};

/** A workbook with the required tables, Satisfaction, and some optional ones. */
export const someTables: TableStatus[] = [
  { name: "Units", zh: "考评对象", found: true, rows: 10, required: true },
  { name: "Indicators", zh: "指标考核", found: true, rows: 87, required: true },
  { name: "Satisfaction", zh: "满意度评价", found: true, rows: 9, required: true, alternative: "Survey" },
  { name: "Survey", zh: "满意度测评票数", found: false, rows: 0, required: true, alternative: "Satisfaction" },
  { name: "Bonuses", zh: "创新争优加分", found: true, rows: 1, required: false },
  { name: "Penalties", zh: "通报扣分", found: true, rows: 3, required: false },
  { name: "SpotChecks", zh: "察访核验", found: false, rows: 0, required: false },
  { name: "Vetoes", zh: "一票否决", found: true, rows: 1, required: false },
  { name: "Appeals", zh: "复核申请", found: false, rows: 0, required: false },
  { name: "Holidays", zh: "节假日", found: false, rows: 0, required: false },
  { name: "Rules", zh: "考评规则", found: true, rows: 22, required: false },
];

/** The same workbook without its Indicators table. */
export const missingIndicators: TableStatus[] = someTables.map((t) => (t.name === "Indicators" ? { ...t, found: false, rows: 0 } : t));

/** An empty workbook. */
export const noTables: TableStatus[] = someTables.map((t) => ({ ...t, found: false, rows: 0 }));
