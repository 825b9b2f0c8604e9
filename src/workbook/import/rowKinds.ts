/**
 * What each row under the header of last year's summary is: a unit's row,
 * a section row naming a category ("一、经济管理类（6个）"), a subtotal (小计,
 * or a SUBTOTAL formula), a total (合计), a footer (审核人, 制表人, 注：…), or
 * a row not understood. Subtotals and totals are told first, since they too
 * hold numbers; a unit's row has text in the unit column and a number in a
 * score column.
 */
import type { Field } from "./headerAliases";
import type { SkippedKind } from "./importMessages";
import { numberOf, textOf, type PlainSheet } from "./plainSheet";

export type RowKind =
  | { readonly kind: "blank" }
  | { readonly kind: "unit"; readonly unit: string }
  | { readonly kind: "section"; readonly category: string; readonly stated: number | null }
  | { readonly kind: "skipped"; readonly skipped: SkippedKind; readonly text: string }
  | { readonly kind: "unread"; readonly text: string };

/** The columns a row is read by. */
export interface RowColumns {
  readonly unit: number;
  /** The score columns (functional, common, public, leader, composite…). */
  readonly scores: readonly number[];
}

const NUMERAL = "[一二三四五六七八九十]+";
/** "一、经济管理类（6个）", "（二）社会管理类", "3. 党群类（共5个）". */
const SECTION = new RegExp(
  `^(?:(?:${NUMERAL}|\\d+)\\s*[、.．]|[（(]\\s*(?:${NUMERAL}|\\d+)\\s*[）)])\\s*(.+?)\\s*(?:[（(]\\s*(?:共\\s*)?(\\d+)\\s*个(?:单位)?\\s*[）)])?$`,
);
const TOTAL = /合\s*计|总\s*计/;
const FOOTER = /^(审核人|审核|审批人|制表人|制表|填表人|填报人|制表日期|填报日期|填表日期|负责人|单位负责人|分管领导|联系人|联系电话|注|说明|备注)(\s|[:：]|$)/;

/** The score columns that hold a number in row `r`. */
const hasScore = (sheet: PlainSheet, r: number, columns: RowColumns): boolean =>
  columns.scores.some((c) => {
    const n = numberOf(sheet.rows[r - 1]?.[c - 1]?.value ?? null);
    return n !== null && !Number.isNaN(n);
  });

/** A row's texts, in column order. */
function rowTexts(sheet: PlainSheet, r: number): string[] {
  const texts: string[] = [];
  for (const cell of sheet.rows[r - 1] ?? []) {
    const t = cell === undefined ? null : typeof cell.value === "number" ? String(cell.value) : textOf(cell.value);
    if (t !== null) texts.push(t);
  }
  return texts;
}

/** A row's content, shortened, for a message. */
export function rowText(sheet: PlainSheet, r: number): string {
  const text = rowTexts(sheet, r).join(" ");
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

/** A 小计 row, or a row of SUBTOTAL formulas that is not the 合计. */
function isSubtotal(sheet: PlainSheet, r: number, texts: readonly string[]): boolean {
  if (texts.some((t) => /小\s*计|平\s*均/.test(t))) return true;
  const formulas = (sheet.rows[r - 1] ?? []).some((c) => c?.formula !== undefined && c.formula !== null && /SUBTOTAL\s*\(/i.test(c.formula));
  return formulas && !texts.some((t) => TOTAL.test(t));
}

/**
 * The kind of row `r` (below the header).
 * @example
 * // "一、经济管理类（6个）" in column A, nothing else
 * rowKind(sheet, 5, columns) //=> { kind: "section", category: "经济管理类", stated: 6 }
 */
export function rowKind(sheet: PlainSheet, r: number, columns: RowColumns): RowKind {
  const texts = rowTexts(sheet, r);
  const anyFormula = (sheet.rows[r - 1] ?? []).some((c) => c?.formula !== undefined && c.formula !== null);
  if (texts.length === 0 && !anyFormula) return { kind: "blank" };
  const text = rowText(sheet, r);
  // A section row may carry its category's SUBTOTAL formulas: it is still the section.
  const section = SECTION.exec(texts[0] ?? "");
  if (section) return { kind: "section", category: section[1], stated: section[2] === undefined ? null : Number(section[2]) };
  if (isSubtotal(sheet, r, texts)) return { kind: "skipped", skipped: "subtotal", text };
  if (texts.some((t) => TOTAL.test(t))) return { kind: "skipped", skipped: "total", text };
  const unit = textOf(sheet.rows[r - 1]?.[columns.unit - 1]?.value ?? null);
  if (unit !== null && hasScore(sheet, r, columns)) return { kind: "unit", unit };
  if (texts.some((t) => FOOTER.test(t))) return { kind: "skipped", skipped: "footer", text };
  return { kind: "unread", text };
}

/** The fields whose columns tell a unit's row from others. */
export const SCORE_FIELDS: readonly Field[] = ["functional", "common", "target", "public", "leader", "satisfaction", "composite"];
