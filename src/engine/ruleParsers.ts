/**
 * The parsers of the `Rules` table's values, one kind per value type. Each
 * returns a result (`{ok: true, value, text}` or `{ok: false, expected}`),
 * never throws, and its value type is what the rule declared with it holds:
 * `Rules` (rules.ts) is derived from the parsers of `RULES`.
 */
import { readDate, readNumber, readText, readYesNo, toHalfWidth, type Day } from "./cells";
import { Decimal } from "./decimal";
import { isBlank, normalizeText } from "./text";
import type { Bilingual, Cell } from "./types";

/** A rule value read: the value and its text in the JSON `rules` record, or what was expected. */
export type Parsed<T> = { readonly ok: true; readonly value: T; readonly text: string } | { readonly ok: false; readonly expected: Bilingual };

/** A parser of one kind of rule value. */
export type RuleParser<T> = (cell: Cell) => Parsed<T>;

/** The value type a parser gives. */
export type ParsedValue<P> = P extends RuleParser<infer T> ? T : never;

const expect = (zh: string, en: string): Parsed<never> => ({ ok: false, expected: { zh, en } });

/** `n` values, as a tuple type: `Tuple<Decimal, 3>` is `readonly [Decimal, Decimal, Decimal]`. */
export type Tuple<T, N extends number, R extends readonly T[] = readonly []> = R["length"] extends N ? R : Tuple<T, N, readonly [T, ...R]>;

/** Checks a list's length, so that its type may say it (the check is the proof). */
const hasLength = <T, N extends number>(list: readonly T[], n: N): list is Tuple<T, N> & readonly T[] => list.length === n;

/** A number ≥ min. */
export function decimalRule(min: number): RuleParser<Decimal> {
  return (cell) => {
    const n = readNumber(cell);
    return n.ok && n.value.greaterThanOrEqualTo(min)
      ? { ok: true, value: n.value, text: n.value.toString() }
      : expect(`应为 ≥ ${min} 的数字`, `a number ≥ ${min}`);
  };
}

/** A whole number from min to max. */
export function integerRule(min: number, max: number): RuleParser<number> {
  return (cell) => {
    const n = readNumber(cell);
    const ok = n.ok && n.value.isInteger() && n.value.greaterThanOrEqualTo(min) && n.value.lessThanOrEqualTo(max);
    return ok
      ? { ok: true, value: n.value.toNumber(), text: n.value.toString() }
      : expect(`应为 ${min}～${max} 的整数`, `a whole number from ${min} to ${max}`);
  };
}

/** A date. */
export const dateRule: RuleParser<Day> = (cell) => {
  const d = readDate(cell);
  return d.ok ? { ok: true, value: d.value, text: d.value.iso } : expect("应为日期，如 2016-11-25", "a date such as 2016-11-25");
};

/** A date, or blank for none (the rule's default). */
export const optionalDateRule: RuleParser<Day | null> = (cell) => (isBlank(cell) ? { ok: true, value: null, text: "" } : dateRule(cell));

/** Any text, trimmed; blank for none (the rule's default). */
export const optionalTextRule: RuleParser<string | null> = (cell) => {
  if (isBlank(cell)) return { ok: true, value: null, text: "" };
  const t = readText(cell);
  return t.ok ? { ok: true, value: t.value, text: t.value } : expect("应为文字", "text");
};

/** true/false or yes/no (是/否). */
export const boolRule: RuleParser<boolean> = (cell) => {
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

/**
 * `count` numbers ≥ 0, comma-separated.
 * @example
 * decimalListRule(3, "…", "…")("0.4,0.5,0.1") //=> { ok: true, value: [0.4, 0.5, 0.1], text: "0.4,0.5,0.1" }
 */
export function decimalListRule<N extends number>(count: N, zh: string, en: string): RuleParser<Tuple<Decimal, N>> {
  return (cell) => {
    const values: Decimal[] = [];
    for (const item of listItems(cell) ?? []) {
      const n = readNumber(item);
      if (!n.ok || n.value.isNegative()) return expect(zh, en);
      values.push(n.value);
    }
    return hasLength(values, count) ? { ok: true, value: values, text: values.map((v) => v.toString()).join(",") } : expect(zh, en);
  };
}

/**
 * One word of `allowed` (any case): the list the rule's type is derived from.
 * @example
 * enumRule(["cap", "half-up"] as const)("CAP") //=> { ok: true, value: "cap", text: "cap" }
 */
export function enumRule<const T extends readonly string[]>(allowed: T): RuleParser<T[number]> {
  return (cell) => {
    const t = readText(cell);
    const v = t.ok ? t.value.toLowerCase() : "";
    const found = allowed.find((a) => a === v);
    return found !== undefined ? { ok: true, value: found, text: found } : expect(`应为 ${allowed.join(" / ")}`, `one of ${allowed.join(", ")}`);
  };
}

/**
 * One or more words of `allowed` (any case), comma-separated, in order.
 * @example
 * enumListRule(["target", "deductions"] as const)("deductions,target") //=> { ok: true, value: ["deductions", "target"], text: "deductions,target" }
 */
export function enumListRule<const T extends readonly string[]>(allowed: T): RuleParser<readonly T[number][]> {
  const expected = expect(`应为 ${allowed.join("、")} 中的一个或多个，用逗号分隔`, `one or more of ${allowed.join(", ")}, comma-separated`);
  return (cell) => {
    const items = listItems(cell);
    if (!items || items.length === 0) return expected;
    const keys: T[number][] = [];
    for (const item of items) {
      const key = allowed.find((a) => a === item.toLowerCase());
      if (key === undefined) return expected;
      keys.push(key);
    }
    return { ok: true, value: keys, text: keys.join(",") };
  };
}

/** Three shares that sum to 1. */
export const ratiosRule: RuleParser<Tuple<Decimal, 3>> = (cell) => {
  const r = decimalListRule(3, "应为三个比例，如 0.4,0.5,0.1", "three shares such as 0.4,0.5,0.1")(cell);
  if (!r.ok) return r;
  const sum = r.value.reduce((a, b) => a.plus(b), new Decimal(0));
  return sum.equals(1) ? r : expect(`三个比例之和应为 1（现为 ${sum.toString()}）`, `the three shares must sum to 1 (they sum to ${sum.toString()})`);
};

/**
 * `categories`: split on commas and semicolons only, never on 、, which is
 * part of the reference plan's own category "公共事务管理和监管、监督类".
 * Blank is null: any category.
 */
export const categoriesRule: RuleParser<readonly string[] | null> = (cell) => {
  const t = readText(cell);
  const items = t.ok
    ? toHalfWidth(t.value)
        .split(/[,，;；]/)
        .map(normalizeText)
        .filter((i) => i !== "")
    : [];
  return { ok: true, value: items.length === 0 ? null : items, text: items.join(",") };
};
