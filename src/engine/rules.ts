/**
 * The `Rules` table: every key declared once with its default, parser and note.
 * Missing keys take their default; an unknown key is RULE_UNKNOWN; a value that
 * does not parse is RULE_INVALID, and then nothing is graded.
 */
import { describeCell, readDate, readNumber, readText, readYesNo, toHalfWidth, type Day } from "./cells";
import { closestName } from "./closestName";
import { Decimal } from "./decimal";
import { diagnostic } from "./messages";
import { cellOf, type ParsedTable } from "./readTable";
import { isBlank, normalizeText } from "./text";
import type { Bilingual, Cell, Diagnostic } from "./types";
import type { Rounding, TiebreakKey, TieMode } from "./tiers/tierCategory";

export interface Rules {
  readonly periodStart: Day;
  readonly periodEnd: Day;
  readonly weightFunctional: Decimal;
  readonly weightCommon: Decimal;
  readonly weightPublic: Decimal;
  readonly weightLeader: Decimal;
  readonly functionalNormalize: boolean;
  readonly coreMin: number;
  readonly coreMax: number;
  readonly bonusMultiplier: Decimal;
  readonly bonusMultiplierMin: Decimal;
  readonly bonusMultiplierMax: Decimal;
  readonly bonusCap: Decimal;
  readonly penaltyPoints: Decimal;
  readonly surveyWeights: readonly [Decimal, Decimal, Decimal, Decimal];
  readonly surveyMinVotes: number;
  readonly tierRatios: readonly [Decimal, Decimal, Decimal];
  readonly tierRounding: Rounding;
  readonly tierThreshold: Decimal;
  readonly tierTies: TieMode;
  readonly tierTiebreak: readonly TiebreakKey[];
  readonly vetoRefill: boolean;
  readonly deadlineAdjustment: Day;
  readonly temporaryWorkingDays: number;
  readonly appealWorkingDays: number;
  /** Allowed categories, or null for any. */
  readonly categories: readonly string[] | null;
  readonly decimals: number;
  /** The announcement's title, or null for the default "{year}年度绩效考评结果". */
  readonly reportTitle: string | null;
  /** The day the units get their written feedback, or null when not yet set. */
  readonly feedbackDate: Day | null;
}

type Parsed = { readonly ok: true; readonly value: unknown; readonly text: string } | { readonly ok: false; readonly expected: Bilingual };

interface RuleDecl {
  readonly key: string;
  readonly field: keyof Rules;
  readonly default: string;
  readonly note: Bilingual;
  readonly parse: (cell: Cell) => Parsed;
}

const expect = (zh: string, en: string): Parsed => ({ ok: false, expected: { zh, en } });

function decimalRule(min: number): (cell: Cell) => Parsed {
  return (cell) => {
    const n = readNumber(cell);
    return n.ok && n.value.greaterThanOrEqualTo(min)
      ? { ok: true, value: n.value, text: n.value.toString() }
      : expect(`应为 ≥ ${min} 的数字`, `a number ≥ ${min}`);
  };
}

function integerRule(min: number, max: number): (cell: Cell) => Parsed {
  return (cell) => {
    const n = readNumber(cell);
    const ok = n.ok && n.value.isInteger() && n.value.greaterThanOrEqualTo(min) && n.value.lessThanOrEqualTo(max);
    return ok
      ? { ok: true, value: n.value.toNumber(), text: n.value.toString() }
      : expect(`应为 ${min}～${max} 的整数`, `a whole number from ${min} to ${max}`);
  };
}

const dateRule = (cell: Cell): Parsed => {
  const d = readDate(cell);
  return d.ok ? { ok: true, value: d.value, text: d.value.iso } : expect("应为日期，如 2016-11-25", "a date such as 2016-11-25");
};

/** A date, or blank for none (the rule's default). */
const optionalDateRule = (cell: Cell): Parsed => (isBlank(cell) ? { ok: true, value: null, text: "" } : dateRule(cell));

/** Any text, trimmed; blank for none (the rule's default). */
const optionalTextRule = (cell: Cell): Parsed => {
  if (isBlank(cell)) return { ok: true, value: null, text: "" };
  const t = readText(cell);
  return t.ok ? { ok: true, value: t.value, text: t.value } : expect("应为文字", "text");
};

const boolRule = (cell: Cell): Parsed => {
  const b = readYesNo(cell);
  return b.ok ? { ok: true, value: b.value, text: String(b.value) } : expect("应为 true/false 或 是/否", "true/false or yes/no");
};

/** Splits a list on commas (ASCII or full-width) and 、. */
function listItems(cell: Cell): string[] | null {
  const t = readText(cell);
  if (!t.ok) return null;
  return toHalfWidth(t.value)
    .split(/[,，、;；]/)
    .map(normalizeText);
}

function decimalListRule(count: number, zh: string, en: string): (cell: Cell) => Parsed {
  return (cell) => {
    const items = listItems(cell);
    const numbers = items?.map((i) => readNumber(i));
    if (!numbers || numbers.length !== count || numbers.some((n) => !n.ok || n.value.isNegative())) return expect(zh, en);
    const values = numbers.map((n) => (n.ok ? n.value : new Decimal(0)));
    return { ok: true, value: values, text: values.map((v) => v.toString()).join(",") };
  };
}

function enumRule(allowed: readonly string[]): (cell: Cell) => Parsed {
  return (cell) => {
    const t = readText(cell);
    const v = t.ok ? t.value.toLowerCase() : "";
    return allowed.includes(v) ? { ok: true, value: v, text: v } : expect(`应为 ${allowed.join(" / ")}`, `one of ${allowed.join(", ")}`);
  };
}

const ratiosRule = (cell: Cell): Parsed => {
  const r = decimalListRule(3, "应为三个比例，如 0.4,0.5,0.1", "three shares such as 0.4,0.5,0.1")(cell);
  if (!r.ok) return r;
  const sum = (r.value as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0));
  return sum.equals(1) ? r : expect(`三个比例之和应为 1（现为 ${sum.toString()}）`, `the three shares must sum to 1 (they sum to ${sum.toString()})`);
};

const tiebreakRule = (cell: Cell): Parsed => {
  const items = listItems(cell);
  const allowed = ["target", "satisfaction", "deductions"];
  if (!items || items.length === 0 || items.some((i) => !allowed.includes(i.toLowerCase()))) {
    return expect("应为 target、satisfaction、deductions 中的一个或多个，用逗号分隔", "one or more of target, satisfaction, deductions, comma-separated");
  }
  const keys = items.map((i) => i.toLowerCase());
  return { ok: true, value: keys, text: keys.join(",") };
};

/**
 * `categories`: split on commas and semicolons only, never on 、, which is
 * part of the reference plan's own category "公共事务管理和监管、监督类".
 */
const categoriesRule = (cell: Cell): Parsed => {
  const t = readText(cell);
  const items = t.ok
    ? toHalfWidth(t.value)
        .split(/[,，;；]/)
        .map(normalizeText)
        .filter((i) => i !== "")
    : [];
  return { ok: true, value: items.length === 0 ? null : items, text: items.join(",") };
};

const n = (zh: string, en: string): Bilingual => ({ zh, en });

export const RULES: readonly RuleDecl[] = [
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
    note: n("名额取整方式：largest-remainder、cap、half-up", "quota rounding: largest-remainder, cap, half-up"),
    parse: enumRule(["largest-remainder", "cap", "half-up"]),
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
    note: n("并列跨越名额界限时：share-better、share-worse、tiebreak", "ties across a boundary: share-better, share-worse, tiebreak"),
    parse: enumRule(["share-better", "share-worse", "tiebreak"]),
  },
  {
    key: "tier.tiebreak",
    field: "tierTiebreak",
    default: "target,satisfaction,deductions",
    note: n("tiebreak 的比较顺序", "tiebreak keys in order"),
    parse: tiebreakRule,
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
];

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
  readonly invalid: ReadonlySet<string>;
  /** The data row of the Rules table that sets each key it sets. */
  readonly rows: ReadonlyMap<string, number>;
  /** Every key with the value in force, as text. */
  readonly text: Readonly<Record<string, string>>;
  readonly diagnostics: Diagnostic[];
}

function defaults(): { values: Record<string, unknown>; text: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const text: Record<string, string> = {};
  for (const decl of RULES) {
    const parsed = decl.parse(decl.default === "" ? null : decl.default);
    if (!parsed.ok) throw new Error(`Default of ${decl.key} does not parse`);
    values[decl.field] = parsed.value;
    text[decl.key] = parsed.text;
  }
  return { values, text };
}

/**
 * Checks that rules agree with each other; returns the first key that does
 * not, with why, and every key the disagreement involves.
 */
function crossCheck(r: Rules): { key: string; keys: readonly string[]; expected: Bilingual } | null {
  if (r.periodStart.days > r.periodEnd.days)
    return { key: "period.end", keys: ["period.start", "period.end"], expected: n("不应早于 period.start", "not before period.start") };
  if (r.coreMin > r.coreMax) return { key: "core.max", keys: ["core.min", "core.max"], expected: n("不应小于 core.min", "not below core.min") };
  const multipliers = ["bonus.multiplier", "bonus.multiplier_min", "bonus.multiplier_max"];
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

/**
 * Reads the Rules table (or none: all defaults).
 * @example
 * readRules(null).rules?.decimals //=> 2
 */
export function readRules(table: ParsedTable | null): RulesRead {
  const { values, text } = defaults();
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const invalid = new Set<string>();
  for (const row of table?.rows ?? []) {
    const key = typeof row.values.Key === "string" ? row.values.Key.toLowerCase() : null;
    if (key === null) continue;
    const valueIndex = table?.columns.get("Value");
    const cell: Cell = valueIndex === undefined ? null : (row.raw[valueIndex] ?? null);
    const loc = { table: "Rules", row: row.row, column: "Value", at: table ? cellOf(table, row.row, "Value") : null };
    const decl = RULES.find((r) => r.key === key);
    if (!decl) {
      const suggestion = closestName(
        key,
        RULES.map((r) => r.key),
      );
      diagnostics.push(diagnostic("RULE_UNKNOWN", { ...loc, column: "Key", at: table ? cellOf(table, row.row, "Key") : null }, { key, suggestion }));
      continue;
    }
    if (seen.has(key)) {
      diagnostics.push(
        diagnostic("RULE_INVALID", loc, {
          key,
          value: describeCell(cell),
          expected: { zh: `该参数在第 ${seen.get(key)} 行已设置`, en: `the key is already set on row ${seen.get(key)}` },
        }),
      );
      invalid.add(key);
      continue;
    }
    seen.set(key, row.row);
    if (isBlank(cell) && decl.default !== "") continue; // blank: the default (for a rule whose default is blank, its parser says what blank means)
    const parsed = decl.parse(cell);
    if (!parsed.ok) {
      diagnostics.push(diagnostic("RULE_INVALID", loc, { key, value: describeCell(cell), expected: parsed.expected }));
      invalid.add(key);
      continue;
    }
    values[decl.field] = parsed.value;
    text[decl.key] = parsed.text;
  }
  const rules = values as unknown as Rules;
  const cross = invalid.size > 0 ? null : crossCheck(rules);
  if (cross) {
    const row = seen.get(cross.key) ?? null;
    const loc = { table: "Rules", row, column: row ? "Value" : null, at: table && row ? cellOf(table, row, "Value") : null };
    diagnostics.push(diagnostic("RULE_INVALID", loc, { key: cross.key, value: text[cross.key], expected: cross.expected }));
    for (const key of cross.keys) invalid.add(key);
  }
  return { rules: invalid.size > 0 ? null : rules, checking: rules, invalid, rows: seen, text, diagnostics };
}
