/**
 * Whether a unit is graded, and if not, why: decided once, here, and read by
 * the tier engine (`graded`), the Results row (`graded`) and its explanation.
 */
import type { Decimal } from "./decimal";
import { blockedUnit } from "./messages";
import type { Bilingual, Diagnostic } from "./types";

/** Why a unit is not graded. */
export type NotGraded =
  | { readonly kind: "not-assessed" }
  /** Diagnostics whose code blocks "unit" name it; the first raised comes first. */
  | { readonly kind: "blocked"; readonly by: readonly [Diagnostic, ...Diagnostic[]] }
  | { readonly kind: "no-category" }
  /** A part could not be computed, so there is no composite. */
  | { readonly kind: "incomplete" };

export type Standing = { readonly graded: true; readonly composite: Decimal } | { readonly graded: false; readonly why: NotGraded };

/**
 * The diagnostics that leave each unit ungraded (see `blockedUnit`), in the order they were raised.
 * @example
 * blockersByUnit([satisfactionMissing("甲"), bonusCapped("甲")]).get("甲")?.length //=> 1
 */
export function blockersByUnit(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byUnit = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const unit = blockedUnit(d);
    if (unit === null) continue;
    const list = byUnit.get(unit);
    if (list) list.push(d);
    else byUnit.set(unit, [d]);
  }
  return byUnit;
}

/**
 * A unit's standing (SPEC section 3: "a unit is graded only if no error
 * concerns it"). It is graded when it is assessed, no diagnostic blocks it,
 * it has a category and it has a composite; otherwise the first of these
 * that fails is why not.
 * @example
 * standingOf({ assessed: true, category: "A" }, d("950"), []) //=> { graded: true, composite: d("950") }
 * standingOf({ assessed: true, category: "A" }, null, [])     //=> { graded: false, why: { kind: "incomplete" } }
 */
export function standingOf(
  unit: { readonly assessed: boolean; readonly category: string },
  composite: Decimal | null,
  blockers: readonly Diagnostic[],
): Standing {
  const [first, ...more] = blockers;
  if (!unit.assessed) return { graded: false, why: { kind: "not-assessed" } };
  if (first) return { graded: false, why: { kind: "blocked", by: [first, ...more] } };
  if (unit.category === "") return { graded: false, why: { kind: "no-category" } };
  if (composite === null) return { graded: false, why: { kind: "incomplete" } };
  return { graded: true, composite };
}

/**
 * Why a unit is not graded, in plain words: its Results explanation.
 * @example
 * notGradedText({ kind: "no-category" }) //=> { zh: "未评定：缺少类别", en: "Not graded: no category" }
 */
export function notGradedText(why: NotGraded): Bilingual {
  switch (why.kind) {
    case "not-assessed":
      return { zh: "不参加考评", en: "Not assessed" };
    case "no-category":
      return { zh: "未评定：缺少类别", en: "Not graded: no category" };
    case "incomplete":
      return { zh: "未评定：得分不完整", en: "Not graded: scores incomplete" };
    case "blocked": {
      const [first] = why.by;
      const where = first.cell ? `${first.cell} ` : "";
      const n = why.by.length - 1;
      const more = n > 0 ? { zh: `（另有 ${n} 个错误，见校验提示）`, en: ` (and ${n} more errors: see Warnings)` } : { zh: "", en: "" };
      return { zh: `未评定：${where}${first.message.zh}${more.zh}`, en: `Not graded: ${where}${first.message.en}${more.en}` };
    }
  }
}
