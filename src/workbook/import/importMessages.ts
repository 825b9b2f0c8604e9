/**
 * Every finding of `appraise import`, declared once as the engine declares
 * its diagnostics (engine/messages.ts): a code, a severity and the message
 * in Chinese and English, typed by its parameters. A finding is data with
 * the cell it is about (the old sheet's address), never an exception.
 *
 * Severities: an `error` stops the import (nothing is written; the message
 * says how to resolve it); a `warning` is something imported otherwise than
 * the sheet may mean, or a unit whose numbers do not agree; `info` says what
 * was mapped, skipped or read.
 */
import type { Bilingual, Severity } from "../../engine/types";

interface ImportDecl<P> {
  readonly severity: Severity;
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

const declare = <P extends object>(d: ImportDecl<P>): ImportDecl<P> => d;

const zhList = (items: readonly string[]): string => items.map((s) => `“${s}”`).join("、");
const enList = (items: readonly string[]): string => items.map((s) => `"${s}"`).join(", ");

type Sheets = { readonly sheets: readonly string[] };
type Header = { readonly header: string };
/** A skipped row's kind. */
export type SkippedKind = "title" | "header" | "subtotal" | "total" | "footer";
const SKIPPED_ZH: Readonly<Record<SkippedKind, string>> = { title: "标题行", header: "表头行", subtotal: "小计行", total: "合计行", footer: "表尾行" };
const SKIPPED_EN: Readonly<Record<SkippedKind, string>> = {
  title: "title row",
  header: "header row",
  subtotal: "subtotal row",
  total: "total row",
  footer: "footer row",
};

export const IMPORT_MESSAGES = {
  IMPORT_NO_SUMMARY: declare<{ readonly reasons: readonly Bilingual[] }>({
    severity: "error",
    zh: (p) => `没有找到上年度的考评汇总表：${p.reasons.map((r) => r.zh).join("；")}。汇总表要有“单位/单位名称”列，以及职能、共性、公众评议、领导评价得分列。`,
    en: (p) =>
      `No summary sheet of last year's appraisal was found: ${p.reasons.map((r) => r.en).join("; ")}. A summary has a 单位/单位名称 (unit) column and functional, common, public and leader score columns.`,
  }),
  IMPORT_SHEET_AMBIGUOUS: declare<Sheets>({
    severity: "error",
    zh: (p) => `有多个工作表像考评汇总表：${zhList(p.sheets)}。请用 --sheet 指定要导入的一个，例如 --sheet ${p.sheets[0]}。`,
    en: (p) => `Several sheets look like a summary: ${enList(p.sheets)}. Name the one to import with --sheet, e.g. --sheet ${p.sheets[0]}.`,
  }),
  IMPORT_SHEET_UNKNOWN: declare<{ readonly sheet: string } & Sheets>({
    severity: "error",
    zh: (p) => `工作簿中没有工作表“${p.sheet}”；工作表有：${zhList(p.sheets)}。`,
    en: (p) => `The workbook has no sheet "${p.sheet}"; its sheets are ${enList(p.sheets)}.`,
  }),
  IMPORT_SHEET_CHOSEN: declare<{ readonly sheet: string; readonly rows: string }>({
    severity: "info",
    zh: (p) => `导入工作表“${p.sheet}”，表头在第 ${p.rows} 行。`,
    en: (p) => `Importing sheet "${p.sheet}", its header in row ${p.rows}.`,
  }),
  IMPORT_COLUMN_MAPPED: declare<Header & { readonly target: Bilingual }>({
    severity: "info",
    zh: (p) => `列“${p.header}” → ${p.target.zh}`,
    en: (p) => `Column "${p.header}" → ${p.target.en}`,
  }),
  IMPORT_COLUMN_IGNORED: declare<Header & { readonly why: Bilingual }>({
    severity: "info",
    zh: (p) => `列“${p.header}”未导入：${p.why.zh}`,
    en: (p) => `Column "${p.header}" not imported: ${p.why.en}`,
  }),
  IMPORT_COLUMN_UNKNOWN: declare<Header>({
    severity: "warning",
    zh: (p) =>
      `列标题“${p.header}”无法识别，此列未导入。如果它是得分列，请把标题改为常用的写法（如 职能目标、共性目标、公众评议、领导评价、加分、扣分、综合得分）后重新导入。`,
    en: (p) =>
      `The header "${p.header}" is not one Appraise knows; the column was not imported. If it holds scores, rename it to a usual wording (职能目标, 共性目标, 公众评议, 领导评价, 加分, 扣分, 综合得分) and import again.`,
  }),
  IMPORT_COLUMN_AMBIGUOUS: declare<{ readonly target: Bilingual; readonly cells: readonly string[] }>({
    severity: "error",
    zh: (p) => `${p.cells.join("、")} 这几列都像${p.target.zh}，无法确定用哪一列。请删除或改名多余的列后重新导入。`,
    en: (p) =>
      `The columns at ${p.cells.join(", ")} all look like ${p.target.en}; which one to use cannot be told. Delete or rename the extra ones and import again.`,
  }),
  IMPORT_COLUMN_MISSING: declare<{ readonly target: Bilingual; readonly headers: string }>({
    severity: "error",
    zh: (p) => `表头中没有${p.target.zh}列（可用的标题：${p.headers}）。请在表头加上这一列后重新导入。`,
    en: (p) => `The header has no column for ${p.target.en} (headers accepted: ${p.headers}). Add it to the header and import again.`,
  }),
  IMPORT_NO_CATEGORY: declare<Record<string, never>>({
    severity: "error",
    zh: () => `无法确定单位的类别：表中既没有“类别”列，也没有“一、经济管理类（6个）”这样的分类行。单位只在同类别内排名，请加上其中一种后重新导入。`,
    en: () =>
      `The units' categories cannot be told: the sheet has neither a 类别 (category) column nor section rows such as "一、经济管理类（6个）". Units are ranked only within their category: add one of the two and import again.`,
  }),
  IMPORT_ROW_SKIPPED: declare<{ readonly kind: SkippedKind; readonly row: number; readonly text: string }>({
    severity: "info",
    zh: (p) => `第 ${p.row} 行是${SKIPPED_ZH[p.kind]}，未导入：${p.text}`,
    en: (p) => `Row ${p.row} is a ${SKIPPED_EN[p.kind]}, not imported: ${p.text}`,
  }),
  IMPORT_ROW_UNREAD: declare<{ readonly row: number; readonly text: string }>({
    severity: "warning",
    zh: (p) => `第 ${p.row} 行既不是单位行，也不是标题、分类、小计、合计或表尾行，未导入：${p.text}。如果它是一个单位，请在单位列填上单位名称并填上得分。`,
    en: (p) =>
      `Row ${p.row} is neither a unit's row nor a title, section, subtotal, total or footer row; it was not imported: ${p.text}. If it is a unit, put its name in the unit column and its scores beside it.`,
  }),
  IMPORT_SECTION: declare<{ readonly row: number; readonly category: string }>({
    severity: "info",
    zh: (p) => `第 ${p.row} 行是分类行：以下单位的类别为“${p.category}”。`,
    en: (p) => `Row ${p.row} is a section row: the units below are in the category "${p.category}".`,
  }),
  IMPORT_SECTION_COUNT: declare<{ readonly category: string; readonly stated: number; readonly found: number }>({
    severity: "warning",
    zh: (p) => `分类行写着“${p.category}”有 ${p.stated} 个单位，表中其下实有 ${p.found} 个；已按实有的 ${p.found} 个导入，请核对。`,
    en: (p) => `The section row says "${p.category}" has ${p.stated} units; ${p.found} are listed under it, and those ${p.found} were imported. Please check.`,
  }),
  IMPORT_CATEGORY_DIFFERS: declare<{ readonly unit: string; readonly column: string; readonly section: string }>({
    severity: "warning",
    zh: (p) => `${p.unit} 的“类别”列是“${p.column}”，而它所在的分类行是“${p.section}”；已按“类别”列导入。`,
    en: (p) => `${p.unit}'s category column says "${p.column}" but it stands under the section "${p.section}"; the column's value was imported.`,
  }),
  IMPORT_VALUE_BAD: declare<{ readonly unit: string; readonly what: Bilingual; readonly value: string }>({
    severity: "warning",
    zh: (p) => `${p.unit} 的${p.what.zh}是 ${p.value}，不是数字；已原样导入，评定时会报错。请在导入的工作簿中改正。`,
    en: (p) =>
      `${p.unit}'s ${p.what.en} is ${p.value}, not a number; it was imported as it is, and grading will report it. Correct it in the imported workbook.`,
  }),
  IMPORT_VALUE_BLANK: declare<{ readonly unit: string; readonly what: Bilingual }>({
    severity: "warning",
    zh: (p) => `${p.unit} 的${p.what.zh}为空；已留空导入，评定时该单位不予评定。请在导入的工作簿中补上。`,
    en: (p) => `${p.unit}'s ${p.what.en} is blank; it was imported blank, and the unit will not be graded. Fill it in the imported workbook.`,
  }),
  IMPORT_DEDUCTION_SIGN: declare<{ readonly unit: string; readonly value: number }>({
    severity: "info",
    zh: (p) => `${p.unit} 的扣分写作 ${p.value}，按扣 ${Math.abs(p.value)} 分导入。`,
    en: (p) => `${p.unit}'s deduction is written ${p.value}; it was imported as ${Math.abs(p.value)} points deducted.`,
  }),
  IMPORT_PENALTY_FRACTION: declare<{ readonly unit: string; readonly points: number; readonly per: number }>({
    severity: "warning",
    zh: (p) =>
      `${p.unit} 的扣分 ${p.points} 不是每项 ${p.per} 分（penalty.points）的整数倍，无法折成通报项数；已作为察访核验扣分 ${p.points} 分导入，综合得分不变。如是通报扣分，请在“通报扣分”表中改填项数。`,
    en: (p) =>
      `${p.unit}'s deduction of ${p.points} is not a whole number of ${p.per}-point items (penalty.points), so it cannot be turned into notices; it was imported as a spot-check deduction of ${p.points}, which keeps the composite. If it was for notices, enter their count in Penalties instead.`,
  }),
  IMPORT_PENALTY_NOTE_DIFFERS: declare<{ readonly unit: string; readonly note: string; readonly items: number }>({
    severity: "warning",
    zh: (p) => `${p.unit} 的备注“${p.note}”与扣分列（折合 ${p.items} 项）不一致；已按扣分列导入，请核对。`,
    en: (p) => `${p.unit}'s note "${p.note}" disagrees with its deduction column (${p.items} items); the column was imported. Please check.`,
  }),
  IMPORT_NOTE_READ: declare<{ readonly unit: string; readonly note: string; readonly as: Bilingual }>({
    severity: "info",
    zh: (p) => `${p.unit} 的备注“${p.note}” → ${p.as.zh}`,
    en: (p) => `${p.unit}'s note "${p.note}" → ${p.as.en}`,
  }),
  IMPORT_NOTE_UNREAD: declare<{ readonly unit: string; readonly note: string }>({
    severity: "warning",
    zh: (p) => `${p.unit} 的备注“${p.note}”无法识别，未导入。如果它影响得分或等次（一票否决、通报、察访核验扣分），请在导入的工作簿的相应表格中补上。`,
    en: (p) =>
      `${p.unit}'s note "${p.note}" was not understood and not imported. If it changes a score or tier (a veto, a notice, a spot-check deduction), add it to the matching table of the imported workbook.`,
  }),
  IMPORT_WEIGHT: declare<Header & { readonly key: string; readonly points: number }>({
    severity: "info",
    zh: (p) => `表头“${p.header}”写明满分 ${p.points} 分，规则 ${p.key} 设为 ${p.points}。`,
    en: (p) => `The header "${p.header}" states ${p.points} full points; the rule ${p.key} is set to ${p.points}.`,
  }),
  IMPORT_YEAR: declare<{ readonly year: number; readonly from: Bilingual }>({
    severity: "info",
    zh: (p) => `考评年度 ${p.year}（${p.from.zh}）：考评规则的考评期为 ${p.year}-01-01 至 ${p.year}-12-31。`,
    en: (p) => `Appraisal year ${p.year} (${p.from.en}): the Rules' period is ${p.year}-01-01 to ${p.year}-12-31.`,
  }),
  IMPORT_YEAR_MISSING: declare<Record<string, never>>({
    severity: "error",
    zh: () => `无法确定考评年度：标题中没有“2025年度”这样的年份。请用 --year 指定，例如 --year 2025。`,
    en: () => `The appraisal year cannot be told: no title names one (such as "2025年度"). Give it with --year, e.g. --year 2025.`,
  }),
  IMPORT_TABLES_EXIST: declare<{ readonly tables: readonly string[] }>({
    severity: "error",
    zh: (p) =>
      `工作簿中已有输入表格（${p.tables.join("、")}），未导入：导入只为还没有输入表格的工作簿建立表格。请在新的工作簿中打开上年的汇总表再导入，或直接在已有表格中填写。`,
    en: (p) =>
      `The workbook already has input tables (${p.tables.join(", ")}); nothing was imported: the import makes the tables of a workbook that has none. Import the summary in a new workbook, or fill in the tables there.`,
  }),
  IMPORT_NO_COMPOSITE: declare<Record<string, never>>({
    severity: "warning",
    zh: () => `表中没有“综合得分”列，导入后的评定结果无法与原表核对。`,
    en: () => `The sheet has no 综合得分 (composite) column, so the graded import cannot be checked against it.`,
  }),
  IMPORT_COMPOSITE_UNCOMPUTED: declare<{ readonly units: readonly string[] }>({
    severity: "warning",
    zh: (p) =>
      `${p.units.join("、")} 的综合得分是没有保存计算结果的公式（文件由程序写出、未在 Excel 或 WPS 中打开保存过），无法与导入后的评定结果核对。请在 Excel 或 WPS 中打开并保存原文件后重新导入。`,
    en: (p) =>
      `The composite of ${p.units.join(", ")} is a formula with no saved result (the file was written by a program and never saved in Excel or WPS), so it cannot be checked against the graded import. Open and save the old file in Excel or WPS, then import again.`,
  }),
  IMPORT_NO_UNITS: declare<Record<string, never>>({
    severity: "error",
    zh: () => `表头下没有单位行可导入。`,
    en: () => `There are no units' rows under the header to import.`,
  }),
  IMPORT_AGREES: declare<{ readonly units: number }>({
    severity: "info",
    zh: (p) => `导入后评定：全部 ${p.units} 个单位的综合得分和等次与原表相同。`,
    en: (p) => `Graded after import: all ${p.units} units have the sheet's own composite and tier.`,
  }),
  IMPORT_TIER_WORDS: declare<{ readonly pairs: readonly { readonly word: string; readonly tier: Bilingual }[] }>({
    severity: "info",
    zh: (p) => `原表的等次写作${p.pairs.map((x) => `“${x.word}”`).join("、")}，核对时按 ${p.pairs.map((x) => `${x.word} = ${x.tier.zh}`).join("，")} 比较。`,
    en: (p) =>
      `The sheet writes its tiers as ${p.pairs.map((x) => `"${x.word}"`).join(", ")}; they were checked as ${p.pairs.map((x) => `${x.word} = ${x.tier.en}`).join(", ")}.`,
  }),
  IMPORT_DIFFERS: declare<{ readonly unit: string; readonly what: Bilingual; readonly why: Bilingual }>({
    severity: "warning",
    zh: (p) => `${p.unit}：${p.what.zh}。原因：${p.why.zh}`,
    en: (p) => `${p.unit}: ${p.what.en}. Why: ${p.why.en}`,
  }),
} as const;

export type ImportCode = keyof typeof IMPORT_MESSAGES;
type ParamsOf<C extends ImportCode> = Parameters<(typeof IMPORT_MESSAGES)[C]["zh"]>[0];

/** One finding of the import: where in the old sheet, about which unit, and what. */
export interface ImportFinding {
  readonly severity: Severity;
  readonly code: ImportCode;
  /** The old sheet's cell or range (`汇总!C3:C4`), or null. */
  readonly cell: string | null;
  readonly unit: string | null;
  readonly message: Bilingual;
}

/**
 * A finding of a code, its message made from the code's declaration.
 * @example
 * importFinding("IMPORT_NO_UNITS", "汇总!A5", {}).severity //=> "error"
 */
export function importFinding<C extends ImportCode>(code: C, cell: string | null, params: ParamsOf<C>, unit: string | null = null): ImportFinding {
  const decl = IMPORT_MESSAGES[code] as ImportDecl<ParamsOf<C>>;
  return { severity: decl.severity, code, cell, unit, message: { zh: decl.zh(params), en: decl.en(params) } };
}
