/**
 * Hand-made engine results for testing the output layout and the adapters
 * without the engine.
 */
import { diagnostic } from "../../src/engine/messages";
import type { GradeResult, UnitResult } from "../../src/engine/types";
import { parseAddress } from "../../src/engine/address";

export function unitResult(over: Partial<UnitResult> & { unit: string }): UnitResult {
  return {
    category: "经济管理类和其他类",
    assessed: true,
    graded: true,
    functional: "585.50",
    common: "96.00",
    target: "681.50",
    bonus: "6.00",
    penalty: "2.00",
    public: "188.25",
    leader: "95.00",
    spotCheck: "0.00",
    composite: "968.75",
    rank: 1,
    categorySize: 3,
    tier: "first",
    margin: null,
    vetoed: false,
    vetoedFrom: null,
    explanation: { zh: "第1名/3 → 一等", en: "Rank 1 of 3 → first" },
    details: { bonuses: [], penalties: [], spotChecks: [], vetoes: [] },
    ...over,
  };
}

/** Three units (one ungraded, one named like a formula) and three diagnostics. */
export function sampleResult(over: Partial<GradeResult> = {}): GradeResult {
  return {
    resultsWithheld: false,
    rules: { decimals: "2", "tier.rounding": "largest-remainder" },
    decimals: 2,
    appeal: { feedbackDate: null, deadline: null, workingDays: 7, yearsUnknown: [] },
    calendarYearsUnknown: [],
    units: [
      unitResult({ unit: "区发改局" }),
      unitResult({
        unit: "=1+1",
        composite: "950.10",
        rank: 2,
        tier: "second",
        margin: "18.65",
        explanation: { zh: "第2名/3 → 二等", en: "Rank 2 of 3 → second" },
      }),
      unitResult({
        unit: "区财政局",
        graded: false,
        public: null,
        leader: null,
        composite: null,
        rank: null,
        tier: null,
        explanation: { zh: "未评定：没有公众评议得分", en: "Not graded: no public score" },
      }),
    ],
    categories: [
      {
        category: "经济管理类和其他类",
        size: 3,
        graded: 2,
        provisional: true,
        quotas: { first: 1, second: 2, third: 0 },
        counts: { first: 1, second: 1, third: 0, unqualified: 0 },
      },
    ],
    diagnostics: [
      diagnostic(
        "NOT_A_NUMBER",
        { table: "Indicators", row: 5, column: "Score", at: parseAddress("指标考核!F6"), unit: "区财政局" },
        { column: { zh: "得分", en: "Score" }, value: '"abc"' },
      ),
      diagnostic(
        "COLUMN_MISSING",
        { table: "Satisfaction", at: parseAddress("'My sheet'!A1:C1") },
        { table: { name: "Satisfaction", en: "Satisfaction", zh: "满意度评价" }, column: { zh: "公众评议", en: "Public" }, near: null },
      ),
      diagnostic("CATEGORY_PROVISIONAL", { table: null }, { category: "经济管理类和其他类", ungraded: ["区财政局"] }),
    ],
    inputFingerprint: "sha256:" + "ab".repeat(32),
    ...over,
  };
}
