/**
 * The `Rules` table: every key declared once with its default, parser and note.
 * Missing keys take their default; an unknown key is RULE_UNKNOWN; a value that
 * does not parse is RULE_INVALID, and then nothing is graded.
 *
 * `RULES` is data and type at once: the `Rules` record is derived from it
 * (each field's type is what its parser gives), so a rule read but not
 * declared, or declared with a misspelled field, fails to compile.
 */
import { describeCell } from "./cells";
import { closestName } from "./closestName";
import { diagnostic } from "./messages";
import { cellOf, type ParsedTable } from "./readTable";
import {
  boolRule,
  categoriesRule,
  dateRule,
  decimalListRule,
  decimalRule,
  enumListRule,
  enumRule,
  integerRule,
  optionalDateRule,
  optionalTextRule,
  ratiosRule,
  type Parsed,
  type ParsedValue,
  type RuleParser,
} from "./ruleParsers";
import { isBlank } from "./text";
import { ROUNDINGS, TIE_MODES, TIEBREAK_KEYS } from "./tiers/types";
import type { Bilingual, Cell, Diagnostic } from "./types";

/**
 * The `calendar` rule's values (SPEC §2, Holidays): the list the rule accepts
 * is the list its type is derived from. Here, not in ./calendar, so that
 * reading the rules (the template, the pane) does not load the statutory
 * calendar's data.
 */
export const CALENDARS = ["china", "weekdays"] as const;

/** What every rule declares. */
export interface RuleDecl {
  /** The key in the Rules table and in the JSON `rules` record. */
  readonly key: string;
  /** Its field in `Rules`. */
  readonly field: string;
  /** The value when the table does not set it, as it would be typed in the table. */
  readonly default: string;
  readonly note: Bilingual;
  readonly parse: RuleParser<unknown>;
}

const n = (zh: string, en: string): Bilingual => ({ zh, en });

export const RULES = [
  { key: "period.start", field: "periodStart", default: "2016-01-01", note: n("考评期开始", "appraisal period start"), parse: dateRule },
  { key: "period.end", field: "periodEnd", default: "2016-12-31", note: n("考评期结束", "appraisal period end"), parse: dateRule },
  { key: "weight.functional", field: "weightFunctional", default: "600", note: n("职能指标总分值", "functional points total"), parse: decimalRule(0) },
  { key: "weight.common", field: "weightCommon", default: "100", note: n("共性指标总分值", "common points total"), parse: decimalRule(0) },
  { key: "weight.public", field: "weightPublic", default: "200", note: n("公众评议满分", "public score full points"), parse: decimalRule(0) },
  { key: "weight.leader", field: "weightLeader", default: "100", note: n("领导评价满分", "leader score full points"), parse: decimalRule(0) },
  {
    key: "functional.normalize",
    field: "functionalNormalize",
    default: "false",
    note: n("职能指标分值合计不等于总分值时按比例折算", "scale functional scores when MaxPoints do not total the weight"),
    parse: boolRule,
  },
  { key: "core.min", field: "coreMin", default: "3", note: n("核心职能指标最少项数", "fewest core-function indicators"), parse: integerRule(0, 1000) },
  { key: "core.max", field: "coreMax", default: "5", note: n("核心职能指标最多项数", "most core-function indicators"), parse: integerRule(0, 1000) },
  { key: "bonus.multiplier", field: "bonusMultiplier", default: "2", note: n("加分默认倍数", "default bonus multiplier"), parse: decimalRule(0) },
  { key: "bonus.multiplier_min", field: "bonusMultiplierMin", default: "1", note: n("加分倍数下限", "smallest bonus multiplier"), parse: decimalRule(0) },
  { key: "bonus.multiplier_max", field: "bonusMultiplierMax", default: "2", note: n("加分倍数上限", "largest bonus multiplier"), parse: decimalRule(0) },
  { key: "bonus.cap", field: "bonusCap", default: "10", note: n("创新争优加分上限", "cap on a unit's bonus"), parse: decimalRule(0) },
  { key: "penalty.points", field: "penaltyPoints", default: "2", note: n("每项通报扣分", "points per penalty item"), parse: decimalRule(0) },
  {
    key: "survey.weights",
    field: "surveyWeights",
    default: "1,0.8,0.6,0",
    note: n("满意、比较满意、基本满意、不满意的权重", "weights of satisfied, fairly, basically, dissatisfied"),
    parse: decimalListRule(4, "应为四个权重，如 1,0.8,0.6,0", "four weights such as 1,0.8,0.6,0"),
  },
  {
    key: "survey.min_votes",
    field: "surveyMinVotes",
    default: "30",
    note: n("有效票少于此数时提示", "fewer valid votes → warning"),
    parse: integerRule(0, 1_000_000_000),
  },
  {
    key: "tier.ratios",
    field: "tierRatios",
    default: "0.4,0.5,0.1",
    note: n("一等、二等、三等比例，合计为 1", "first, second, third shares; sum to 1"),
    parse: ratiosRule,
  },
  {
    key: "tier.rounding",
    field: "tierRounding",
    default: "largest-remainder",
    note: n(`名额取整方式：${ROUNDINGS.join("、")}`, `quota rounding: ${ROUNDINGS.join(", ")}`),
    parse: enumRule(ROUNDINGS),
  },
  {
    key: "tier.threshold",
    field: "tierThreshold",
    default: "900",
    note: n("综合得分低于此分为不合格", "composite below this → unqualified"),
    parse: decimalRule(0),
  },
  {
    key: "tier.ties",
    field: "tierTies",
    default: "share-better",
    note: n(`并列跨越名额界限时：${TIE_MODES.join("、")}`, `ties across a boundary: ${TIE_MODES.join(", ")}`),
    parse: enumRule(TIE_MODES),
  },
  {
    key: "tier.tiebreak",
    field: "tierTiebreak",
    default: "target,satisfaction,deductions",
    note: n("tiebreak 的比较顺序", "tiebreak keys in order"),
    parse: enumListRule(TIEBREAK_KEYS),
  },
  {
    key: "veto.refill",
    field: "vetoRefill",
    default: "false",
    note: n("一票否决空出的名额是否递补", "a vetoed unit's freed place goes to the next unit"),
    parse: boolRule,
  },
  {
    key: "deadline.adjustment",
    field: "deadlineAdjustment",
    default: "2016-11-25",
    note: n("指标调整备案截止日期", "indicator adjustment deadline"),
    parse: dateRule,
  },
  {
    key: "temporary.working_days",
    field: "temporaryWorkingDays",
    default: "10",
    note: n("临时性工作布置后申报期限（工作日）", "working days to file a temporary task"),
    parse: integerRule(0, 100_000),
  },
  {
    key: "appeal.working_days",
    field: "appealWorkingDays",
    default: "7",
    note: n("反馈后申请复核期限（工作日）", "working days to appeal after feedback"),
    parse: integerRule(0, 100_000),
  },
  {
    key: "calendar",
    field: "calendar",
    default: "china",
    note: n(
      "工作日日历：china 为国家法定节假日和调休，weekdays 为周一至周五；两者都再按节假日表逐日调整",
      "working-day calendar: china = China's statutory holidays and make-up days, weekdays = Monday to Friday; Holidays rows override either, date by date",
    ),
    parse: enumRule(CALENDARS),
  },
  {
    key: "categories",
    field: "categories",
    default: "",
    note: n("允许的类别，逗号分隔；空为不限", "allowed categories, comma-separated; blank = any"),
    parse: categoriesRule,
  },
  { key: "decimals", field: "decimals", default: "2", note: n("得分保留小数位数", "decimals of written scores"), parse: integerRule(0, 4) },
  {
    key: "report.title",
    field: "reportTitle",
    default: "",
    note: n("考评通报的标题；空为“{年度}年度绩效考评结果”", 'the announcement\'s title; blank = "{year}年度绩效考评结果"'),
    parse: optionalTextRule,
  },
  {
    key: "feedback.date",
    field: "feedbackDate",
    default: "",
    note: n(
      "书面反馈考评结果的日期，复核申请期限由此起算；空为未定",
      "the day results are fed back to the units; the appeal deadline counts from it; blank = not yet set",
    ),
    parse: optionalDateRule,
  },
] as const satisfies readonly RuleDecl[];

type Declared = (typeof RULES)[number];

/** A rule's key, as in the Rules table: `"bonus.cap"`. */
export type RuleKey = Declared["key"];

/** The record a list of rule declarations gives: each declared field, of the type its parser gives. */
export type RulesOf<D extends readonly RuleDecl[]> = { readonly [R in D[number] as R["field"]]: ParsedValue<R["parse"]> };

/** The rules in force: derived from `RULES`, so a rule not declared there cannot be read. */
export type Rules = RulesOf<typeof RULES>;

/** A field of `Rules`: `"bonusCap"`. */
export type RuleField = keyof Rules;

export interface RulesRead {
  /** The rules, or null when any is invalid (RULE_INVALID). */
  readonly rules: Rules | null;
  /**
   * The rules to check the tables with when some are invalid: each invalid
   * key at its default. Only for checks (nothing is graded with them); the
   * checks that depend on an invalid key are left out (see dependsOnRules).
   */
  readonly checking: Rules;
  /** The keys that are RULE_INVALID. */
  readonly invalid: ReadonlySet<RuleKey>;
  /** The data row of the Rules table that sets each key it sets. */
  readonly rows: ReadonlyMap<RuleKey, number>;
  /** Every key with the value in force, as text. */
  readonly text: Readonly<Record<string, string>>;
  readonly diagnostics: Diagnostic[];
}

/** A declaration seen through its field, so that its parser's value is known to be that field's. */
type DeclOf<F extends RuleField> = { readonly key: RuleKey; readonly field: F; readonly default: string; readonly parse: RuleParser<Rules[F]> };

/** Each declaration as a DeclOf its own field: a plain type check that `RULES` passes, not a cast. */
const DECLS: readonly { [F in RuleField]: DeclOf<F> }[RuleField][] = RULES;

/** The rules being read: each field's value once it has one. */
type Values = { -readonly [F in RuleField]?: Rules[F] };

/** Parses a rule's cell into its field of `values` (when it parses) and its text into `text`. */
function parseInto<F extends RuleField>(decl: DeclOf<F>, cell: Cell, values: Values, text: Record<string, string>): Parsed<Rules[F]> {
  const parsed = decl.parse(cell);
  if (parsed.ok) {
    values[decl.field] = parsed.value;
    text[decl.key] = parsed.text;
  }
  return parsed;
}

/**
 * The values as `Rules`, once every declared field has one. The one cast of
 * the Rules reader: TypeScript cannot follow a loop that sets every field of
 * a mapped type, so the check before it does (and `defaults` sets them all).
 */
function complete(values: Values): Rules {
  const missing = DECLS.find((decl) => !(decl.field in values));
  if (missing) throw new Error(`Rule ${missing.key} has no value`);
  return values as Rules;
}

function defaults(): { values: Values; text: Record<string, string> } {
  const values: Values = {};
  const text: Record<string, string> = {};
  for (const decl of DECLS) {
    if (!parseInto(decl, decl.default === "" ? null : decl.default, values, text).ok) throw new Error(`Default of ${decl.key} does not parse`);
  }
  return { values, text };
}

/**
 * Checks that rules agree with each other; returns the first key that does
 * not, with why, and every key the disagreement involves.
 */
function crossCheck(r: Rules): { key: RuleKey; keys: readonly RuleKey[]; expected: Bilingual } | null {
  if (r.periodStart.days > r.periodEnd.days)
    return { key: "period.end", keys: ["period.start", "period.end"], expected: n("不应早于 period.start", "not before period.start") };
  if (r.coreMin > r.coreMax) return { key: "core.max", keys: ["core.min", "core.max"], expected: n("不应小于 core.min", "not below core.min") };
  const multipliers = ["bonus.multiplier", "bonus.multiplier_min", "bonus.multiplier_max"] as const;
  if (r.bonusMultiplierMin.greaterThan(r.bonusMultiplierMax))
    return { key: "bonus.multiplier_max", keys: multipliers, expected: n("不应小于 bonus.multiplier_min", "not below bonus.multiplier_min") };
  if (r.bonusMultiplier.lessThan(r.bonusMultiplierMin) || r.bonusMultiplier.greaterThan(r.bonusMultiplierMax)) {
    return {
      key: "bonus.multiplier",
      keys: multipliers,
      expected: n("应在 bonus.multiplier_min 与 bonus.multiplier_max 之间", "between bonus.multiplier_min and bonus.multiplier_max"),
    };
  }
  return null;
}

/** The state of one reading of the Rules table. */
interface Reading {
  readonly table: ParsedTable<"Rules"> | null;
  readonly values: Values;
  readonly text: Record<string, string>;
  readonly seen: Map<RuleKey, number>;
  readonly invalid: Set<RuleKey>;
  readonly diagnostics: Diagnostic[];
}

/** Reads one row of the Rules table: its key's value, or why not. */
function readRow(r: Reading, row: ParsedTable<"Rules">["rows"][number]): void {
  const { table, diagnostics } = r;
  const key = typeof row.values.Key === "string" ? row.values.Key.toLowerCase() : null;
  if (key === null) return;
  const valueIndex = table?.columns.get("Value");
  const cell: Cell = valueIndex === undefined ? null : (row.raw[valueIndex] ?? null);
  const loc = { table: "Rules", row: row.row, column: "Value", at: table ? cellOf(table, row.row, "Value") : null };
  const decl = DECLS.find((d) => d.key === key);
  if (!decl) {
    const suggestion = closestName(
      key,
      RULES.map((d) => d.key),
    );
    diagnostics.push(diagnostic("RULE_UNKNOWN", { ...loc, column: "Key", at: table ? cellOf(table, row.row, "Key") : null }, { key, suggestion }));
    return;
  }
  if (r.seen.has(decl.key)) {
    diagnostics.push(
      diagnostic("RULE_INVALID", loc, {
        key,
        value: describeCell(cell),
        expected: { zh: `该参数在第 ${r.seen.get(decl.key)} 行已设置`, en: `the key is already set on row ${r.seen.get(decl.key)}` },
      }),
    );
    r.invalid.add(decl.key);
    return;
  }
  r.seen.set(decl.key, row.row);
  if (isBlank(cell) && decl.default !== "") return; // blank: the default (for a rule whose default is blank, its parser says what blank means)
  const parsed = parseInto(decl, cell, r.values, r.text);
  if (!parsed.ok) {
    diagnostics.push(diagnostic("RULE_INVALID", loc, { key, value: describeCell(cell), expected: parsed.expected }));
    r.invalid.add(decl.key);
  }
}

/**
 * Reads the Rules table (or none: all defaults).
 * @example
 * readRules(null).rules?.decimals //=> 2
 */
export function readRules(table: ParsedTable<"Rules"> | null): RulesRead {
  const { values, text } = defaults();
  const r: Reading = { table, values, text, seen: new Map(), invalid: new Set(), diagnostics: [] };
  for (const row of table?.rows ?? []) readRow(r, row);
  const { seen, invalid, diagnostics } = r;
  const rules = complete(values);
  const cross = invalid.size > 0 ? null : crossCheck(rules);
  if (cross) {
    const row = seen.get(cross.key) ?? null;
    const loc = { table: "Rules", row, column: row ? "Value" : null, at: table && row ? cellOf(table, row, "Value") : null };
    diagnostics.push(diagnostic("RULE_INVALID", loc, { key: cross.key, value: text[cross.key], expected: cross.expected }));
    for (const key of cross.keys) invalid.add(key);
  }
  return { rules: invalid.size > 0 ? null : rules, checking: rules, invalid, rows: seen, text, diagnostics };
}
