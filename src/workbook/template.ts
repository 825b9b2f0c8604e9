/**
 * The layout of a new year's input workbook, shared by both shells: the
 * command line's `appraise template` writes it with ExcelJS, the add-in's
 * "Create input tables" adds the missing parts of it through Office.js. Built
 * from the engine's declarations (TABLES, RULES), so it cannot drift from what
 * the engine reads.
 */
import { RULES } from "../engine/rules";
import { CORE_GROUPS, TABLES, TEMPORARY_GROUPS, VETO_AREAS, type ColumnDecl, type ColumnType } from "../engine/tables";
import type { Lang, TableName } from "../engine/types";
import { GUIDE_SHEET, guideRows, type GuideRow } from "./templateGuide";

/** Number format of a date column's cells. */
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The last row a column's drop-down list covers: rows 2 to 10000, room for
 * any district's rows. Not the sheet's last row (1048576): readers that
 * expand a range's validation cell by cell (ExcelJS) would take seconds.
 */
export const LIST_LAST_ROW = 10000;

/** Width of a date column in characters: a yyyy-mm-dd date and the filter button, so no typed date shows ###. */
export const TEMPLATE_DATE_WIDTH = 13;

/** One input table of the template. */
export interface TemplateTable {
  /** The Excel table's name: the English name, unique and the same in every language. */
  readonly table: TableName;
  /** The Chinese name, also accepted when looking the table up. */
  readonly zh: string;
  /** The sheet it goes on. */
  readonly sheet: string;
  /** Column headers in the plan's language. */
  readonly header: readonly string[];
  /**
   * Number format of each column's data cells: Text ("@") for text columns,
   * so a unit named "001" or "=x" stays as typed; a date format for dates;
   * "General" for the rest.
   */
  readonly formats: readonly string[];
  /**
   * Data rows; null is a blank cell. Empty except for Rules in a template;
   * filled by an import (import/importedPlan.ts), whose scores are numbers.
   */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /**
   * Each column's drop-down list (a list data validation on its data cells),
   * or null for a column without one: the words the engine reads, in the
   * plan's language.
   */
  readonly lists: readonly (readonly string[] | null)[];
}

/** The guide sheet of a template: its name and rows (templateGuide.ts). */
export interface TemplateGuide {
  readonly sheet: string;
  readonly rows: readonly GuideRow[];
}

/** The words offered for the enumerated column types, in each language: the first words ENUMS and readYesNo accept. */
const TYPE_LISTS: Readonly<Partial<Record<ColumnType, Readonly<Record<Lang, readonly string[]>>>>> = {
  yesno: { zh: ["是", "否"], en: ["yes", "no"] },
  indicatorType: { zh: ["职能", "共性"], en: ["functional", "common"] },
  satisfactionKind: { zh: ["公众评议", "领导评价"], en: ["public", "leader"] },
  holidayKind: { zh: ["休", "班"], en: ["off", "work"] },
};

/**
 * The words offered for text columns that have usual values (SPEC section
 * 2): the veto areas the plan lists (Chinese in both languages: the engine
 * knows them only so), the bonus kinds, the two indicator groups the engine
 * checks.
 */
const COLUMN_LISTS: Readonly<Record<string, Readonly<Record<Lang, readonly string[]>>>> = {
  "Vetoes.Area": { zh: VETO_AREAS, en: VETO_AREAS },
  "Bonuses.Kind": { zh: ["表彰奖励", "工作创新", "指标超额"], en: ["award", "innovation", "target exceeded"] },
  "Indicators.Group": { zh: [CORE_GROUPS[1], TEMPORARY_GROUPS[1]], en: [CORE_GROUPS[0], TEMPORARY_GROUPS[0]] },
};

/**
 * What a drop-down list says when a cell holds another word: a warning, not
 * a refusal (the engine also reads the other language's words and, for
 * areas and kinds, any text).
 * @example
 * listAlert(["是", "否"], "zh") //=> { title: "请从列表中选择", message: "可选：是、否" }
 */
export function listAlert(words: readonly string[], lang: Lang): { readonly title: string; readonly message: string } {
  return lang === "zh"
    ? { title: "请从列表中选择", message: `可选：${words.join("、")}` }
    : { title: "Pick from the list", message: `One of: ${words.join(", ")}` };
}

/**
 * The drop-down list of a column of `table` in `lang`, or null.
 * @example
 * columnList("Holidays", { name: "Kind", zh: "类型", type: "holidayKind", required: true }, "zh") //=> ["休", "班"]
 */
export function columnList(table: TableName, column: ColumnDecl, lang: Lang): readonly string[] | null {
  return (COLUMN_LISTS[`${table}.${column.name}`] ?? TYPE_LISTS[column.type])?.[lang] ?? null;
}

/**
 * The number format of a column's data cells.
 * @example
 * columnFormat("date") //=> "yyyy-mm-dd"
 * columnFormat("number") //=> "General"
 */
export function columnFormat(type: ColumnType): string {
  if (type === "date") return DATE_FORMAT;
  if (type === "text") return "@";
  return "General";
}

/** The year of the plan the Rules defaults come from (period.start 2016-01-01). */
const PLAN_YEAR = 2016;

/**
 * A rule's value for the given year's template: the dated defaults (the
 * period, the adjustment deadline) move to that year, day and month kept, so
 * a new year's workbook does not silently judge its rows against 2016's
 * period; every other default as it is.
 * @example
 * ruleValueForYear("2016-11-25", 2026) //=> "2026-11-25"
 * ruleValueForYear("0.4,0.5,0.1", 2026) //=> "0.4,0.5,0.1"
 */
export function ruleValueForYear(value: string, year: number): string {
  const m = /^(\d{4})(-\d{2}-\d{2})$/.exec(value);
  return m ? `${String(year + Number(m[1]) - PLAN_YEAR).padStart(4, "0")}${m[2]}` : value;
}

/** Every rule key, its value for `year` (blank when the default is empty) and its note in `lang`. */
function rulesRows(lang: Lang, year: number): (string | null)[][] {
  return RULES.map((r) => [r.key, r.default === "" ? null : ruleValueForYear(r.default, year), r.note[lang]]);
}

/**
 * Every input table of SPEC section 2, in declaration order, as a new
 * workbook for the appraisal of `year` should have it: empty, with its
 * headers in `lang`; Rules holds every key with its note, at its default
 * moved to that year (ruleValueForYear).
 * @example
 * const plan = buildTemplatePlan("zh", 2026);
 * plan.find((t) => t.table === "Units")?.header //=> ["单位", "类别", "参加考评"]
 * buildTemplatePlan("en", 2026).find((t) => t.table === "Rules")?.rows[0] //=> ["period.start", "2026-01-01", "appraisal period start"]
 */
export function buildTemplatePlan(lang: Lang, year: number): readonly TemplateTable[] {
  return TABLES.map((decl) => ({
    table: decl.name,
    zh: decl.zh,
    sheet: decl.sheet,
    header: decl.columns.map((c) => (lang === "zh" ? c.zh : c.name)),
    formats: decl.columns.map((c) => columnFormat(c.type)),
    rows: decl.name === "Rules" ? rulesRows(lang, year) : [],
    lists: decl.columns.map((c: ColumnDecl) => columnList(decl.name, c, lang)),
  }));
}

/**
 * The guide sheet that goes first in a new workbook for the appraisal of
 * `year` (说明, or Guide in English): what each table is for and how to fill
 * it in (templateGuide.ts).
 * @example
 * buildTemplateGuide("zh", 2026).sheet //=> "说明"
 */
export function buildTemplateGuide(lang: Lang, year: number): TemplateGuide {
  return { sheet: GUIDE_SHEET[lang], rows: guideRows(lang, year) };
}
