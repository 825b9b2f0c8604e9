/**
 * Which input table a workbook's table is, by its name: the one rule the
 * engine, every adapter and the pane apply. A table is an input table when
 * its name is the declared English name or the Chinese alias, compared as
 * Excel compares table names: case-insensitively (Excel will not hold two
 * tables whose names differ only in case), surrounding spaces ignored.
 */
import { TABLES, type TableDecl, type TableName } from "./tables";
import { normalizeText } from "./text";

/**
 * A table name as Excel compares it.
 * @example
 * tableNameKey(" Units ") //=> "units"
 */
export function tableNameKey(name: string): string {
  return normalizeText(name).toLowerCase();
}

/**
 * Which of a declared table's names a workbook table's name is: "en", "zh" or null.
 * @example
 * namedAs("UNITS", TABLES[0]) //=> "en"
 * namedAs("考评对象", TABLES[0]) //=> "zh"
 */
export function namedAs(name: string, decl: Pick<TableDecl, "name" | "zh">): "en" | "zh" | null {
  const key = tableNameKey(name);
  if (key === tableNameKey(decl.name)) return "en";
  return key === tableNameKey(decl.zh) ? "zh" : null;
}

/**
 * The input table a workbook table's name names, under either name, or null
 * for any other table (the user's own, or Appraise's outputs).
 * @example
 * inputTableNamed("indicators") //=> "Indicators"
 * inputTableNamed("results") //=> null
 */
export function inputTableNamed(name: string): TableName | null {
  return TABLES.find((t) => namedAs(name, t) !== null)?.name ?? null;
}

/**
 * A diagnostic's table (its English name, as the engine gives it) in a
 * language: the Chinese alias in Chinese (SPEC section 5: table names in the
 * user's language). A name that is not an input table's is given as it is.
 * @example
 * tableIn("Units", "zh") //=> "考评对象"
 */
export function tableIn(table: string | null, lang: "zh" | "en"): string | null {
  if (table === null || lang === "en") return table;
  return TABLES.find((t) => t.name === table)?.zh ?? table;
}

/**
 * A diagnostic's column (its English name) of its table in a language: the
 * Chinese header in Chinese. A column the table does not declare is given as it is.
 * @example
 * columnIn("Indicators", "Score", "zh") //=> "得分"
 */
export function columnIn(table: string | null, column: string | null, lang: "zh" | "en"): string | null {
  if (column === null || lang === "en") return column;
  const decl = TABLES.find((t) => t.name === table);
  return decl?.columns.find((c: { readonly name: string }) => c.name === column)?.zh ?? column;
}
