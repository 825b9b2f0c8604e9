/**
 * The few formulas the fake host calculates: a user's summaries over a table
 * by structured reference, such as `=COUNTIF(Results[Tier],"一等")`,
 * `=COUNTA(Results[Unit])`, `=SUM(Results[Composite])` or `=ROWS(Results)`.
 * Other formulas keep whatever value they hold (the fake does not calculate
 * them; see NOT_CALCULATED).
 *
 * What Excel does with such references, and the fake models:
 * - a structured reference names a table, so it follows the table when rows
 *   are added, removed or the table is resized, and when the table is renamed;
 * - deleting the table turns each reference into `#REF!`
 *   (`=COUNTIF(#REF!,"一等")`), for good: re-creating a table of the same
 *   name does not bring the formula back. That is why Appraise must refill
 *   its tables in place (SPEC §6).
 */
import type { CellValue } from "./cells";

/** The body cells of a table column, or null when the table or column does not exist. */
export type ColumnLookup = (table: string, column: string | null) => readonly (CellValue | null)[] | null;

const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/** Applies `fn` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  let out = "";
  let last = 0;
  for (const m of formula.matchAll(STRING_LITERAL)) {
    out += fn(formula.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + fn(formula.slice(last));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A reference to table `name` (with or without a column part) as a pattern. */
function referencePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_.])${escapeRegExp(name)}(\\[[^\\]]*\\])?(?![\\p{L}\\p{N}_.(])`, "giu");
}

/**
 * The formula after its table was deleted: every reference to it is #REF!.
 * @example
 * breakReferences('=COUNTIF(Results[Tier],"一等")', "Results") //=> '=COUNTIF(#REF!,"一等")'
 */
export function breakReferences(formula: string, table: string): string {
  return outsideStrings(formula, (code) => code.replace(referencePattern(table), "#REF!"));
}

/**
 * The formula after its table was renamed.
 * @example
 * renameReferences("=ROWS(Table1[Tier])", "Table1", "Results") //=> "=ROWS(Results[Tier])"
 */
export function renameReferences(formula: string, from: string, to: string): string {
  return outsideStrings(formula, (code) => code.replace(referencePattern(from), (_, column: string | undefined) => `${to}${column ?? ""}`));
}

/** The tables a formula refers to by name (lower-cased), as far as `known` lists them. */
export function referencedTables(formula: string, known: readonly string[]): string[] {
  return known.filter((name) => outsideStrings(formula, (code) => (referencePattern(name).test(code) ? "\u0000" : "")).includes("\u0000"));
}

const CALL = /^=\s*(COUNTIF|COUNTA|SUM|ROWS)\(\s*([^,()]+?)\s*(?:,\s*("(?:[^"]|"")*"|[^,()]+)\s*)?\)\s*$/i;
const REFERENCE = /^([\p{L}_\\][\p{L}\p{N}_.]*)(?:\[([^\]]*)\])?$/u;

const sameText = (a: CellValue | null, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

/**
 * The value of a formula the fake understands, or undefined for any other
 * formula (left as it is).
 * @example
 * evaluate('=COUNTIF(Results[Tier],"一等")', () => ["一等", "二等", "一等"]) //=> 2
 */
export function evaluate(formula: string, column: ColumnLookup): CellValue | undefined {
  if (/#REF!/.test(outsideStrings(formula, (code) => code))) return { error: "#REF!" };
  const call = CALL.exec(formula);
  if (call === null) return undefined;
  const [, fn, ref, arg] = call;
  const target = REFERENCE.exec(ref.trim());
  if (target === null) return undefined;
  const cells = column(target[1], target[2] ?? null);
  if (cells === null) return { error: "#REF!" };
  switch (fn.toUpperCase()) {
    case "ROWS":
      return cells.length;
    case "COUNTA":
      return cells.filter((c) => c !== null).length;
    case "SUM":
      return cells.reduce<number>((n, c) => n + (typeof c === "number" ? c : 0), 0);
    default: {
      if (arg === undefined) return { error: "#VALUE!" };
      const criterion = arg.startsWith('"') ? arg.slice(1, -1).replace(/""/g, '"') : arg;
      return cells.filter((c) => sameText(c, criterion) || (typeof c === "number" && String(c) === criterion)).length;
    }
  }
}
