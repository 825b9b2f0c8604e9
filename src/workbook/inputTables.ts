/**
 * Which of a workbook's tables are inputs: the one filter every adapter
 * applies to what it read (the package reader, the Office.js reader), so
 * every host hands the engine the same tables. A table is an input when
 *
 * 1. it is not on an output sheet Appraise owns (those tables are Appraise's
 *    own: Results, Warnings, RunLog, History), and
 * 2. its name is an input table's, English or Chinese (engine/tableNames.ts).
 *
 * Sheet and table names are compared as Excel compares them:
 * case-insensitively. A user's table named like an output (`results` on
 * their own sheet) is neither an input nor Appraise's: it is left alone, and
 * it makes the output it is named like "foreign" (ownership.ts).
 */
import { inputTableNamed } from "../engine/tableNames";
import { TABLES } from "../engine/tables";
import { sameName } from "./ownership";
import { OUTPUT_KINDS, OUTPUT_SHEETS, type OutputKind, type Ownership } from "./port";

/** Where a table sits and what it is called. */
export interface TablePlace {
  readonly name: string;
  readonly sheet: string;
}

/**
 * The output sheets Appraise owns: the tables on them are its own, never inputs.
 * @example
 * ownedOutputSheets({ results: "owned", warnings: "absent", runlog: "foreign", history: "absent" }) //=> ["考评结果"]
 */
export function ownedOutputSheets(ownership: Readonly<Record<OutputKind, Ownership>>): string[] {
  return OUTPUT_KINDS.filter((k) => ownership[k] === "owned").map((k) => OUTPUT_SHEETS[k].sheet);
}

/**
 * Whether a sheet is one of the owned output sheets (the reader need not read it).
 * @example
 * onOwnedSheet("考评结果", ["考评结果"]) //=> true
 */
export function onOwnedSheet(sheet: string, owned: readonly string[]): boolean {
  return owned.some((s) => sameName(s, sheet));
}

/**
 * Whether a table is an input (the rule above).
 * @example
 * isInputTable({ name: "UNITS", sheet: "考评对象" }, []) //=> true
 * isInputTable({ name: "results", sheet: "我的汇总" }, []) //=> false
 */
export function isInputTable(table: TablePlace, owned: readonly string[]): boolean {
  return !onOwnedSheet(table.sheet, owned) && inputTableNamed(table.name) !== null;
}

/**
 * The input tables among a workbook's tables, in their order.
 * @example
 * inputTablesOf([{ name: "Units", sheet: "考评对象" }, { name: "Mine", sheet: "我的" }], ownership).map((t) => t.name) //=> ["Units"]
 */
export function inputTablesOf<T extends TablePlace>(tables: readonly T[], ownership: Readonly<Record<OutputKind, Ownership>>): T[] {
  const owned = ownedOutputSheets(ownership);
  return tables.filter((t) => isInputTable(t, owned));
}

/**
 * Whether a required input table (Units, Indicators) is not among the input
 * tables: then, and only then, adapters read the used ranges of the sheets
 * without tables (WorkbookInput's `sheets`), where TABLE_MISSING looks for
 * plain data, so that a workbook with its tables pays nothing for it.
 * @example
 * requiredTableMissing([{ name: "Units", sheet: "考评对象" }]) //=> true
 */
export function requiredTableMissing(inputs: readonly TablePlace[]): boolean {
  const found = new Set(inputs.map((t) => inputTableNamed(t.name)));
  return TABLES.some((t) => t.required && !found.has(t.name));
}
