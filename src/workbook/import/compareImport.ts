/**
 * The import checked against the sheet it came from: the imported tables
 * are graded (importGrids gives them to the engine as a workbook would) and
 * each unit's composite and tier compared with the sheet's own 综合得分 and
 * 等次. Where they differ the finding says why: the sheet's 综合得分 is not
 * the sum of its own parts, its bonus is above the cap, the unit could not
 * be graded, or the rules rank it otherwise (the engine's explanation).
 */
import { Decimal } from "../../engine/decimal";
import { TIER_LABELS } from "../../engine/tierLabels";
import type { Bilingual, GradeResult, UnitResult, WorkbookInput } from "../../engine/types";
import { importFinding, type ImportFinding } from "./importMessages";
import type { ImportedTable } from "./importSink";
import type { ExpectedUnit } from "./importSummary";

/**
 * The imported tables as the engine reads a workbook's: each at A1 of its own sheet, headed in English.
 * @example
 * importGrids([{ name: "Units", columns: ["Unit", "Category"], rows: [["甲", "A"]] }]).tables[0].rows //=> [["甲", "A"]]
 */
export function importGrids(tables: readonly ImportedTable[]): WorkbookInput {
  return {
    tables: tables.map((t) => ({ name: t.name, sheet: t.name, headerRow: 1, firstColumn: 1, header: [...t.columns], rows: t.rows.map((r) => [...r]) })),
  };
}

/** A number as the sheet's written score, to `decimals`. */
const fixed = (n: number, decimals: number): string => new Decimal(String(n)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);

/** The sheet's tier word without a bracketed remark ("三等（一票否决）" → 三等). */
const tierWord = (text: string): string => text.replace(/[（(].*$/, "").replace(/\s+/g, "");

/**
 * The four-level words many offices' sheets use for the same four tiers
 * (优秀/良好/合格/不合格, as 一等/二等/三等/不合格), taken as those tiers when
 * checking the import, and said so once (IMPORT_TIER_WORDS). A word that is
 * neither is compared as it is, so it shows as a difference.
 */
export const TIER_SYNONYMS: Readonly<Record<string, keyof typeof TIER_LABELS>> = { 优秀: "first", 良好: "second", 合格: "third" };

/** The tier the sheet's word names, as our Chinese label ("优秀（一票否决）" → 一等); other words as they are. */
function sheetTier(text: string): string {
  const word = tierWord(text);
  const synonym = TIER_SYNONYMS[word];
  return synonym === undefined ? word : TIER_LABELS[synonym].zh;
}

/** The one finding that says which of the sheet's tier words were taken as which tier, or none. */
function tierWordsRead(expected: readonly ExpectedUnit[]): ImportFinding[] {
  const words = [...new Set(expected.flatMap((e) => (e.tier === null ? [] : [tierWord(e.tier)])))].filter((w) => w in TIER_SYNONYMS);
  if (words.length === 0) return [];
  const pairs = words.map((w) => ({ word: w, tier: TIER_LABELS[TIER_SYNONYMS[w]] }));
  return [importFinding("IMPORT_TIER_WORDS", null, { pairs })];
}

/** The sum of the sheet's own parts, or null when one is missing. */
function partsSum(e: ExpectedUnit): Decimal | null {
  const p = e.parts;
  if (p.functional === null || p.common === null || p.public === null || p.leader === null) return null;
  const d = (n: number | null): Decimal => new Decimal(String(n ?? 0));
  return d(p.functional).plus(d(p.common)).plus(d(p.bonus)).minus(d(p.penalty)).plus(d(p.public)).plus(d(p.leader)).minus(d(p.spotCheck));
}

function compositeWhy(e: ExpectedUnit, r: UnitResult, result: GradeResult): Bilingual {
  const sum = partsSum(e);
  const d = result.decimals;
  if (sum !== null && e.composite !== null && fixed(sum.toNumber(), d) !== fixed(e.composite, d)) {
    const s = sum.toFixed(d);
    return {
      zh: `原表的综合得分 ${fixed(e.composite, d)} 不等于它自己各项之和 ${s}（职能 + 共性 + 加分 − 扣分 + 公众 + 领导 − 察访核验）`,
      en: `the sheet's composite ${fixed(e.composite, d)} is not the sum of its own parts, ${s} (functional + common + bonus − deduction + public + leader − spot check)`,
    };
  }
  const cap = result.rules["bonus.cap"];
  if (e.parts.bonus !== null && cap !== undefined && e.parts.bonus > Number(cap)) {
    return {
      zh: `原表的加分 ${e.parts.bonus} 超过上限 ${cap}（bonus.cap），评定时按 ${cap} 计`,
      en: `the sheet's bonus ${e.parts.bonus} is above the cap of ${cap} (bonus.cap), which grading applies`,
    };
  }
  return {
    zh: `按导入的各项计算为 ${r.composite}（职能 ${r.functional}、共性 ${r.common}、加分 ${r.bonus}、扣分 ${r.penalty}、公众 ${r.public}、领导 ${r.leader}、察访核验 ${r.spotCheck}）`,
    en: `the imported parts give ${r.composite} (functional ${r.functional}, common ${r.common}, bonus ${r.bonus}, penalty ${r.penalty}, public ${r.public}, leader ${r.leader}, spot check ${r.spotCheck})`,
  };
}

/** Why a unit was not graded: its first error. */
function notGradedWhy(e: ExpectedUnit, result: GradeResult): Bilingual {
  const first = result.diagnostics.find((x) => x.unit === e.unit && x.severity === "error");
  return first ? { zh: `${first.code}：${first.message.zh}`, en: `${first.code}: ${first.message.en}` } : { zh: "评定时出错", en: "grading found an error" };
}

/** What differs for one unit, or null when the graded import agrees with the sheet. */
function differs(e: ExpectedUnit, r: UnitResult | undefined, result: GradeResult): ImportFinding | null {
  const f = (what: Bilingual, why: Bilingual) => importFinding("IMPORT_DIFFERS", e.cell, { unit: e.unit, what, why }, e.unit);
  if (r === undefined || !r.graded || r.composite === null) return f({ zh: "导入后未能评定", en: "not graded after the import" }, notGradedWhy(e, result));
  const d = result.decimals;
  if (e.composite !== null && fixed(e.composite, d) !== r.composite) {
    return f(
      {
        zh: `原表综合得分 ${fixed(e.composite, d)}，导入后评定为 ${r.composite}`,
        en: `the sheet's composite is ${fixed(e.composite, d)}, the graded import's ${r.composite}`,
      },
      compositeWhy(e, r, result),
    );
  }
  if (e.tier !== null && r.tier !== null && sheetTier(e.tier) !== TIER_LABELS[r.tier].zh) {
    const label = TIER_LABELS[r.tier];
    return f(
      { zh: `原表等次“${e.tier}”，导入后评定为“${label.zh}”`, en: `the sheet's tier is "${e.tier}", the graded import's ${label.en}` },
      { zh: `按规则：${r.explanation.zh}`, en: `by the rules: ${r.explanation.en}` },
    );
  }
  return null;
}

/**
 * A finding for each unit whose graded composite or tier differs from the
 * sheet's, or one saying that all agree; first, which of the sheet's tier
 * words were taken as which tier, when it uses 优秀/良好/合格.
 */
export function compareImport(expected: readonly ExpectedUnit[], result: GradeResult): ImportFinding[] {
  const byUnit = new Map(result.units.map((u) => [u.unit, u]));
  const out = expected.flatMap((e) => differs(e, byUnit.get(e.unit), result) ?? []);
  const checked = expected.filter((e) => e.composite !== null || e.tier !== null).length;
  return [...tierWordsRead(expected), ...(out.length === 0 && checked > 0 ? [importFinding("IMPORT_AGREES", null, { units: checked })] : out)];
}
