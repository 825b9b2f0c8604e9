/**
 * 反馈单, the written feedback of each unit's result (the plan's 书面反馈考评结果,
 * part 四(二)6; SPEC §6): one printed page per assessed unit, in Results
 * order, a page break after each. A letter names the unit and its category;
 * lists the parts (项目 / 满分 / 得分 / 说明) with each bonus item, each
 * penalty with its reason and date, each spot-check finding; gives the rank
 * (第3名/14), the tier as graded (初步等次), a veto with its area, the margin
 * (to the next better tier; for a unit below the threshold the points to
 * reach it; for a vetoed unit what the veto cost), the explanation and the
 * diagnostics that concern the unit, as plain sentences without the office's
 * cell addresses and without those about later events; and ends with the appeal line and its deadline (`feedback.date` plus
 * `appeal.working_days` working days, or the number of days alone while
 * `feedback.date` is blank). Unassessed units get no letter: they are not
 * appraised.
 */
import { Decimal, formatScore } from "../../engine/decimal";
import { blockedUnit, isLaterEvent } from "../../engine/messages";
import { TIER_LABELS } from "../../engine/tierLabels";
import type { Diagnostic, GradeResult, Lang, UnitResult } from "../../engine/types";
import { scoreFormat } from "../columns/column";
import { PAPERWORK_TEXT } from "./paperworkText";
import { cell, cells, span, type PrintCell, type PrintRow, type PrintSheetPlan } from "./printPlan";

export const FEEDBACK_SHEET = "反馈单";

const num = (v: string | null): PrintCell => cell(v === null ? null : Number(v), "number");
const neg = (v: string | null): PrintCell => cell(v === null ? null : -Number(v), "number");
const ruleNumber = (rules: Readonly<Record<string, string>>, key: string): PrintCell => cell(rules[key] === undefined ? null : Number(rules[key]), "number");

/** The parts table: a row per part, and under the adjustments a row per item. */
function partsRows(u: UnitResult, rules: Readonly<Record<string, string>>, lang: Lang): PrintRow[] {
  const t = PAPERWORK_TEXT[lang];
  const p = t.parts;
  const item = (label: string, points: PrintCell, note: string): PrintRow => cells(cell(`  · ${label}`), cell(null), points, cell(note));
  const d = u.details;
  const bonusTotal = d.bonuses.reduce((s, b) => s + Number(b.points || 0), 0);
  const capped = u.bonus !== null && bonusTotal > Number(u.bonus);
  return [
    cells(...t.partsHeader.map((h) => cell(h, "tableHeader"))),
    cells(cell(p.functional), ruleNumber(rules, "weight.functional"), num(u.functional), cell(null)),
    cells(cell(p.common), ruleNumber(rules, "weight.common"), num(u.common), cell(null)),
    cells(cell(p.bonus), ruleNumber(rules, "bonus.cap"), num(u.bonus), cell(capped ? t.bonusCapped(u.bonus ?? "") : null)),
    ...d.bonuses.map((b) => item(b.item || b.kind, num(b.points || null), t.bonusNote(b.kind, b.approved, b.multiplier))),
    cells(cell(p.penalty), cell(null), neg(u.penalty), cell(null)),
    ...d.penalties.map((x) => item(x.reason, neg(x.points), t.penaltyNote(x.date, x.count, x.counted))),
    cells(cell(p.public), ruleNumber(rules, "weight.public"), num(u.public), cell(null)),
    cells(cell(p.leader), ruleNumber(rules, "weight.leader"), num(u.leader), cell(null)),
    cells(cell(p.spotCheck), cell(null), neg(u.spotCheck), cell(null)),
    ...d.spotChecks.map((s) => item(s.finding, neg(s.deduction || null), "")),
    cells(
      cell(p.composite, "tableHeader"),
      cell(null, "tableHeader"),
      { value: u.composite === null ? null : Number(u.composite), style: "number" },
      cell(null),
    ),
  ];
}

/**
 * The margin line (SPEC section 6): for a unit below `tier.threshold`, the
 * points to reach it; for a vetoed unit, what the veto cost (its tier before
 * and after); otherwise the engine's margin, the points to the next better
 * quota tier (SPEC section 4), where there is one. A vetoed unit below the
 * threshold gets both of the first two.
 */
function marginRows(u: UnitResult, result: GradeResult, lang: Lang): PrintRow[] {
  const t = PAPERWORK_TEXT[lang];
  const rows: PrintRow[] = [];
  const rule = result.rules["tier.threshold"]; // every rule is there, defaults included
  const threshold = rule === undefined ? null : new Decimal(rule);
  const composite = u.graded && u.composite !== null ? new Decimal(u.composite) : null;
  const below = composite !== null && threshold !== null && composite.lt(threshold);
  if (below) rows.push(span(t.thresholdMargin(threshold.toFixed(), formatScore(threshold.minus(composite), result.decimals))));
  if (u.vetoedFrom !== null && u.tier !== null) {
    const areas = [...new Set(u.details.vetoes.map((v) => v.area).filter((a) => a !== ""))];
    rows.push(span(t.vetoCost(areas, TIER_LABELS[u.vetoedFrom][lang], TIER_LABELS[u.tier][lang])));
  }
  if (!below && u.vetoedFrom === null && u.margin !== null) rows.push(span(t.margin(u.margin)));
  return rows;
}

/**
 * The unit's explanation as its letter gives it: the Results explanation,
 * except for a unit an error keeps ungraded, whose Results explanation names
 * the error's cell and the Warnings sheet: the letter gives the error's plain
 * sentence and points to the findings below.
 */
function explanationOf(u: UnitResult, findings: readonly Diagnostic[], lang: Lang): string {
  const blockers = u.graded ? [] : findings.filter((d) => blockedUnit(d) === u.unit);
  const [first] = blockers;
  return first === undefined ? u.explanation[lang] : PAPERWORK_TEXT[lang].notGradedBecause(first.letter[lang], blockers.length - 1);
}

/**
 * The lines under the table: rank, tier, veto, margin, explanation, the
 * unit's diagnostics as plain sentences (no cell address, none about a
 * later event: see `isLaterEvent`), the appeal.
 */
function outcomeRows(u: UnitResult, diagnostics: readonly Diagnostic[], result: GradeResult, lang: Lang): PrintRow[] {
  const t = PAPERWORK_TEXT[lang];
  const rows: PrintRow[] = [span(t.rank(u.rank, u.categorySize)), span(t.tier(u.tier ? TIER_LABELS[u.tier][lang] : t.notGraded))];
  for (const v of u.details.vetoes) rows.push(span(t.veto(v.area, v.reason)));
  rows.push(...marginRows(u, result, lang));
  const findings = diagnostics.filter((d) => !isLaterEvent(d));
  rows.push(span(t.explanation(explanationOf(u, findings, lang))));
  if (findings.length > 0) {
    rows.push(span(t.diagnostics, "note"));
    for (const d of findings) rows.push(span(d.letter[lang], "note"));
  }
  rows.push(span(""), span(t.appeal(result.appeal.deadline, result.appeal.workingDays, result.appeal.yearsUnknown), "heading"));
  return rows;
}

function letter(u: UnitResult, diagnostics: readonly Diagnostic[], result: GradeResult, lang: Lang): PrintRow[] {
  const t = PAPERWORK_TEXT[lang];
  const year = (result.rules["period.start"] ?? "").slice(0, 4);
  return [
    span(t.letterTitle(year), "title"),
    span(t.unitLine(u.unit, u.category), "heading"),
    ...partsRows(u, result.rules, lang),
    span(""),
    ...outcomeRows(u, diagnostics, result, lang),
  ];
}

/**
 * The feedback letters of a graded run, in `lang`.
 * @example
 * buildFeedbackLetters(result, "zh").pageBreaksAfter.length //=> the number of assessed units, less one
 */
export function buildFeedbackLetters(result: GradeResult, lang: Lang): PrintSheetPlan {
  const byUnit = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    if (d.unit === null) continue;
    const list = byUnit.get(d.unit);
    if (list) list.push(d);
    else byUnit.set(d.unit, [d]);
  }
  const rows: PrintRow[] = [];
  const pageBreaksAfter: number[] = [];
  for (const u of result.units) {
    if (!u.assessed) continue;
    if (rows.length > 0) pageBreaksAfter.push(rows.length - 1);
    rows.push(...letter(u, byUnit.get(u.unit) ?? [], result, lang));
  }
  return {
    kind: "feedback",
    sheet: FEEDBACK_SHEET,
    columnWidths: [26, 10, 12, 44],
    numberFormat: scoreFormat(result.decimals),
    rows,
    pageBreaksAfter,
    titleRows: null,
  };
}
