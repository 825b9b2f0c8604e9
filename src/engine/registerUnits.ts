/**
 * The Units table as a registry: every unit once, in the order of Units, with
 * its category, whether it is assessed and where it is listed. Rows of other
 * tables that name a unit not in Units are UNIT_UNKNOWN and ignored.
 */
import { closestName } from "./closestName";
import { diagnostic, type DiagnosticLocation } from "./messages";
import { cellOf, locate, type ParsedRow, type ParsedTable } from "./readTable";
import type { Diagnostic, TableName } from "./types";

export interface UnitEntry {
  readonly name: string;
  /** "" when the Category cell is blank or unreadable. */
  readonly category: string;
  readonly assessed: boolean;
  /** Where the unit is (first) listed in Units. */
  readonly location: DiagnosticLocation;
}

export interface UnitRegistry {
  readonly units: ReadonlyMap<string, UnitEntry>;
  /** Category names in order of first appearance in Units. */
  readonly categoryOrder: readonly string[];
}

/**
 * Reads Units into a registry. A unit listed again is UNIT_DUPLICATE on each
 * later row (the unit is then not graded); a category outside the
 * `categories` rule is CATEGORY_UNKNOWN.
 */
export function registerUnits(table: ParsedTable<"Units">, allowedCategories: readonly string[] | null, out: Diagnostic[]): UnitRegistry {
  const units = new Map<string, UnitEntry>();
  const categoryOrder: string[] = [];
  const seenCategories = new Set<string>();
  for (const row of table.rows) {
    if (row.unit === null) continue;
    const existing = units.get(row.unit);
    if (existing) {
      out.push(diagnostic("UNIT_DUPLICATE", locate(table, row, "Unit"), { unit: row.unit, first: existing.location.at?.row ?? null }));
      continue;
    }
    const category = row.values.Category ?? "";
    const assessed = row.values.Assessed ?? true;
    units.set(row.unit, { name: row.unit, category, assessed, location: locate(table, row, "Unit") });
    if (!seenCategories.has(category)) {
      seenCategories.add(category);
      categoryOrder.push(category);
    }
    if (category !== "" && allowedCategories && !allowedCategories.includes(category)) {
      out.push(diagnostic("CATEGORY_UNKNOWN", locate(table, row, "Category"), { category, allowed: allowedCategories }));
    }
  }
  return { units, categoryOrder };
}

/**
 * The rows of a table grouped by known unit. Rows naming an unknown unit are
 * UNIT_UNKNOWN (with the closest known name suggested) and left out; rows with
 * no readable unit were already reported by the table reader; rows naming a
 * unit of `notRead` (typed under Units, outside it) are left out unreported.
 */
export function rowsByUnit<N extends TableName>(
  table: ParsedTable<N> | null,
  registry: UnitRegistry,
  out: Diagnostic[],
  notRead: ReadonlySet<string> = new Set(),
): Map<string, ParsedRow<N>[]> {
  const byUnit = new Map<string, ParsedRow<N>[]>();
  if (!table) return byUnit;
  // An unknown name usually repeats (a unit's every indicator row); its suggestion, a search of all units, is made once.
  const suggestions = new Map<string, string | null>();
  for (const row of table.rows) {
    if (row.unit === null) continue;
    if (!registry.units.has(row.unit)) {
      // A unit in rows under Units that are not read: ROWS_OUTSIDE_TABLE names it once.
      if (notRead.has(row.unit)) continue;
      if (!suggestions.has(row.unit)) suggestions.set(row.unit, closestName(row.unit, registry.units.keys()));
      const suggestion = suggestions.get(row.unit) ?? null;
      const loc = { table: table.decl.name, row: row.row, column: "Unit", at: cellOf(table, row.row, "Unit") };
      out.push(diagnostic("UNIT_UNKNOWN", loc, { name: row.unit, suggestion }));
      continue;
    }
    const list = byUnit.get(row.unit);
    if (list) list.push(row);
    else byUnit.set(row.unit, [row]);
  }
  return byUnit;
}
