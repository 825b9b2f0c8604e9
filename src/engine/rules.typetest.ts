/**
 * Compile-time proofs that the Rules joints hold. `npm run typecheck` checks
 * this file and jest never runs it: each `@ts-expect-error` must sit on a
 * mistake the compiler rejects (else the check fails), next to the good form.
 */
import type { Day } from "./cells";
import type { Decimal } from "./decimal";
import { enumRule, type RuleParser } from "./ruleParsers";
import { RULES, type RuleDecl, type RuleKey, type Rules, type RulesOf, type RulesRead } from "./rules";
import { tierRulesOf } from "./tierRules";
import { ROUNDINGS, type Rounding, type TiebreakKey, type TierRules } from "./tiers/types";

/** (a) A rule that is not declared cannot be read. */
export function readingRules(rules: Rules, read: RulesRead): void {
  const cap: Decimal = rules.bonusCap;
  // @ts-expect-error `bonusCapp` is not a declared rule: a misspelled rule is a compile error, not `undefined` at run time.
  const misspelled = rules.bonusCapp;
  const startRow: number | undefined = read.rows.get("period.start");
  // @ts-expect-error "period.strat" is not a rule key.
  const badRow = read.rows.get("period.strat");
  const key: RuleKey = "bonus.cap";
  // @ts-expect-error "bonus.capp" is not a rule key.
  const badKey: RuleKey = "bonus.capp";
  void [cap, misspelled, startRow, badRow, key, badKey];
}

/** (b) A missing rule is a compile error: in a Rules value, and where a deleted declaration is read. */
export function missingRules(rules: Rules): void {
  const { bonusCap, ...withoutCap } = rules;
  const whole: Rules = { ...withoutCap, bonusCap };
  // @ts-expect-error a Rules value without `bonusCap` is not Rules: every declared rule has a value.
  const partial: Rules = withoutCap;
  void [whole, partial];
}

/** RULES without its `bonus.cap` line, as a type: what deleting the line from RULES leaves. */
type WithoutBonusCap = readonly Exclude<(typeof RULES)[number], { readonly key: "bonus.cap" }>[];

export function deletedDeclaration(rules: RulesOf<WithoutBonusCap>): void {
  const multiplier: Decimal = rules.bonusMultiplier;
  // @ts-expect-error with the `bonus.cap` line deleted, `bonusCap` is not a rule, so every read of it (adjustments.ts) fails to compile.
  const cap: Decimal = rules.bonusCap;
  void [multiplier, cap];
}

/** A declaration needs its parser (which gives the rule's type). */
export const declarations: readonly RuleDecl[] = [
  { key: "bonus.cap", field: "bonusCap", default: "10", note: { zh: "创新争优加分上限", en: "cap on a unit's bonus" }, parse: enumRule(["10"] as const) },
  // @ts-expect-error a declaration without its parser is not a rule declaration.
  { key: "bonus.cap", field: "bonusCap", default: "10", note: { zh: "创新争优加分上限", en: "cap on a unit's bonus" } },
];

/** (d) Each rule has the type its parser gives. */
export function ruleTypes(rules: Rules): void {
  const start: Day = rules.periodStart;
  // @ts-expect-error `period.start` is a date, not a number.
  const startNumber: number = rules.periodStart;
  const keys: readonly TiebreakKey[] = rules.tierTiebreak;
  // @ts-expect-error `tier.tiebreak` is a list of tiebreak keys, not one string.
  const key: string = rules.tierTiebreak;
  const ratios: readonly [Decimal, Decimal, Decimal] = rules.tierRatios;
  // @ts-expect-error `tier.ratios` is three shares, not four.
  const four: readonly [Decimal, Decimal, Decimal, Decimal] = rules.tierRatios;
  void [start, startNumber, keys, key, ratios, four];
}

/** Enumerations are written once: the parser's list is the type. */
export function enumerations(tier: TierRules, rules: Rules): void {
  const parser: RuleParser<Rounding> = enumRule(ROUNDINGS);
  const rounding: Rounding = "half-up";
  // @ts-expect-error "half-down" is not in ROUNDINGS, the list `tier.rounding` accepts.
  const notAMode: Rounding = "half-down";
  // @ts-expect-error a parser of other words does not give a Rounding.
  const otherWords: RuleParser<Rounding> = enumRule(["half-down"] as const);
  const fromRules: TierRules = tierRulesOf(rules);
  const threshold: Decimal = tier.threshold;
  // @ts-expect-error TierRules has the names the tier engine uses, taken from the rules by tierRulesOf.
  const tierThreshold = tier.tierThreshold;
  void [parser, rounding, notAMode, otherWords, fromRules, threshold, tierThreshold];
}
