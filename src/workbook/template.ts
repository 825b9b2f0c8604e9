/**
 * The layout of a new year's input workbook, shared by both shells: the
 * command line's `appraise template` writes it with ExcelJS, the add-in's
 * "Create input tables" adds the missing parts of it through Office.js. Built
 * from the engine's declarations (TABLES, RULES), so it cannot drift from what
 * the engine reads.
 */
import { RULES } from "../engine/rules";
import { TABLES, type ColumnType } from "../engine/tables";
import type { Lang, TableName } from "../engine/types";

/** Number format of a date column's cells. */
export const DATE_FORMAT = "yyyy-mm-dd";

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
  /** Data rows as text; null is a blank cell. Empty except for Rules. */
  readonly rows: readonly (readonly (string | null)[])[];
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
  }));
}
