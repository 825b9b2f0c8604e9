/**
 * The Results table (SPEC §6): one row per unit, in the engine's order.
 * Each column also names the unit's field in the JSON report (SPEC §7),
 * whose unit type is derived from this list (unitJson.ts): a column added
 * here is on the sheet and in the JSON.
 */
import type { Lang, UnitResult } from "../../engine/types";
import { scoreValue, tierLabel, type OutputColumn } from "./column";

/** A value of the JSON report's unit. */
export type JsonValue = string | number | boolean | null;

/** A Results column and its field in the JSON. */
export interface ResultsColumn extends OutputColumn<UnitResult> {
  /** The unit's field in the JSON report, or null for a column the JSON leaves out. */
  readonly json: string | null;
  /** The field's value where it differs from the cell's (the tier: its code, not its label). */
  readonly jsonValue?: (u: UnitResult, lang: Lang) => JsonValue;
}

/** The columns in sheet order. */
export const RESULTS_COLUMNS = [
  { en: "Unit", zh: "单位", format: "@", width: 40, json: "unit", value: (u) => u.unit },
  { en: "Category", zh: "类别", format: "@", width: 30, json: "category", value: (u) => u.category },
  { en: "Functional", zh: "职能指标得分", format: "score", width: 14, json: "functional", value: (u) => scoreValue(u.functional) },
  { en: "Common", zh: "共性指标得分", format: "score", width: 14, json: "common", value: (u) => scoreValue(u.common) },
  { en: "Target", zh: "指标考核得分", format: "score", width: 14, json: "target", value: (u) => scoreValue(u.target) },
  { en: "Bonus", zh: "创新争优加分", format: "score", width: 14, json: "bonus", value: (u) => scoreValue(u.bonus) },
  { en: "Penalty", zh: "通报扣分", format: "score", width: 14, json: "penalty", value: (u) => scoreValue(u.penalty) },
  { en: "Public", zh: "公众评议得分", format: "score", width: 14, json: "public", value: (u) => scoreValue(u.public) },
  { en: "Leader", zh: "领导评价得分", format: "score", width: 14, json: "leader", value: (u) => scoreValue(u.leader) },
  { en: "SpotCheck", zh: "察访核验扣分", format: "score", width: 14, json: "spotCheck", value: (u) => scoreValue(u.spotCheck) },
  { en: "Composite", zh: "综合得分", format: "score", width: 14, json: "composite", value: (u) => scoreValue(u.composite) },
  { en: "Rank", zh: "名次", format: "0", width: 8, json: "rank", value: (u) => u.rank },
  { en: "CategorySize", zh: "类别单位数", format: "0", width: 10, json: "categorySize", value: (u) => u.categorySize },
  {
    en: "Tier",
    zh: "等次",
    format: "@",
    width: 10,
    json: "tier",
    value: (u, lang) => tierLabel(u.tier, lang),
    jsonValue: (u) => u.tier,
  },
  { en: "Margin", zh: "差距分", format: "score", width: 12, json: "margin", value: (u) => scoreValue(u.margin) },
  { en: "Explanation", zh: "说明", format: "@", width: 80, json: "explanation", value: (u, lang) => u.explanation[lang] },
] as const satisfies readonly ResultsColumn[];

/** The JSON fields the Results columns give. */
export type ResultsJsonField = Extract<(typeof RESULTS_COLUMNS)[number]["json"], string>;

/**
 * The unit's JSON fields that are not Results columns (the sheet shows
 * them through other columns: an unassessed or ungraded unit has blank
 * scores and its reason in Explanation, a veto is in Explanation), each
 * placed before the field it precedes in the JSON.
 */
export const JSON_ONLY_FIELDS = [
  { json: "assessed", before: "functional", value: (u) => u.assessed },
  { json: "graded", before: "functional", value: (u) => u.graded },
  { json: "vetoed", before: "explanation", value: (u) => u.vetoed },
] as const satisfies readonly { readonly json: string; readonly before: ResultsJsonField; readonly value: (u: UnitResult) => JsonValue }[];
