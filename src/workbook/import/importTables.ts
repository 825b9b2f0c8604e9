/**
 * The units' rows of last year's summary as Appraise's input tables (SPEC
 * section 9): Units with categories, one Indicators row per unit and type
 * (MaxPoints the weight), Satisfaction or Survey, and the adjustments
 * (adjustments.ts). Each value is carried as the sheet holds it; what is
 * read otherwise than written is reported at its cell.
 */
import type { TableName } from "../../engine/types";
import { VOTE_COLUMNS, type VoteKind } from "./headerAliases";
import type { HeaderLayout } from "./headerLayout";
import { importFinding, type ImportFinding } from "./importMessages";
import { adjustments } from "./adjustments";
import { numberOf, shown, type PlainSheet } from "./plainSheet";
import { cellOf, COLUMNS, scoreValue, type Built, type ImportedTable, type ImportRules, type ImportValue, type Sink } from "./importSink";
import type { UnitRow } from "./unitRows";

/** One Indicators row per type: the sheet's score, MaxPoints the weight, named by the old header. */
function indicators(s: Sink, u: UnitRow): void {
  for (const [field, type] of [
    ["functional", "职能"],
    ["common", "共性"],
  ] as const) {
    const header = s.layout.columns.get(field)?.header ?? type;
    s.rows.Indicators.push([u.unit, type, header, s.rules.weights[field], scoreValue(s, u, field, true)]);
  }
}

/** The vote counts of a kind, when the header has them; one that is not a number carried as it is, and reported. */
function votes(s: Sink, u: UnitRow, kind: VoteKind): ImportValue[] | null {
  if (!s.layout.columns.has(`${kind}.Satisfied`)) return null;
  return VOTE_COLUMNS.map((c) => {
    const field = `${kind}.${c}` as const;
    const cell = u.cells.get(field) ?? null;
    const n = numberOf(cell);
    if (n === null || !Number.isNaN(n)) return n;
    const what = { zh: `${kind === "public" ? "公众评议" : "领导评价"}票数（${c}）`, en: `${kind} votes (${c})` };
    s.findings.push(importFinding("IMPORT_VALUE_BAD", cellOf(s, u, field), { unit: u.unit, what, value: shown(cell) }, u.unit));
    return typeof cell === "string" ? cell : shown(cell);
  });
}

/** Satisfaction's scores, or Survey's votes for a kind the header gives votes for. */
function satisfaction(s: Sink, u: UnitRow): void {
  const pub = votes(s, u, "public");
  const lead = votes(s, u, "leader");
  if (pub) s.rows.Survey.push([u.unit, "公众评议", ...pub]);
  if (lead) s.rows.Survey.push([u.unit, "领导评价", ...lead]);
  if (pub && lead) return;
  s.rows.Satisfaction.push([u.unit, pub ? null : scoreValue(s, u, "public", true), lead ? null : scoreValue(s, u, "leader", true)]);
}

/**
 * The input tables of the units' rows, with what was reported while reading
 * them. Tables no unit has a row for are left out (Rules is made apart).
 */
export function importTables(
  sheet: PlainSheet,
  layout: HeaderLayout,
  units: readonly UnitRow[],
  rules: ImportRules,
): { tables: ImportedTable[]; findings: ImportFinding[] } {
  const rows = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, []])) as unknown as Record<Built, ImportValue[][]>;
  const s: Sink = { sheet, layout, rules, rows, findings: [] };
  for (const u of units) {
    rows.Units.push([u.unit, u.category]);
    indicators(s, u);
    satisfaction(s, u);
    adjustments(s, u);
  }
  const tables = (Object.keys(COLUMNS) as Built[])
    .filter((name) => name === "Units" || name === "Indicators" || rows[name].length > 0)
    .map((name): ImportedTable => ({ name: name as TableName, columns: COLUMNS[name], rows: rows[name] }));
  return { tables, findings: s.findings };
}
