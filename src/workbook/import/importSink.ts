/**
 * What the import's table builders share (importTables.ts, adjustments.ts):
 * the tables' columns, the rows being built and the findings, and how a
 * score cell is carried over.
 */
import type { Cell, TableName } from "../../engine/types";
import { VOTE_COLUMNS, type Field, type ScoreField } from "./headerAliases";
import type { HeaderLayout } from "./headerLayout";
import { importFinding, type ImportFinding } from "./importMessages";
import { addressOf, numberOf, shown, type PlainSheet } from "./plainSheet";
import type { UnitRow } from "./unitRows";

export type ImportValue = string | number | null;

export interface ImportedTable {
  readonly name: TableName;
  /** The columns' English names (tables.ts). */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ImportValue[])[];
}

/** What the tables are built with: the weights and points per item in force. */
export interface ImportRules {
  readonly weights: Readonly<Record<"functional" | "common", number>>;
  readonly penaltyPoints: number;
}

export const COLUMNS = {
  Units: ["Unit", "Category"],
  Indicators: ["Unit", "Type", "Indicator", "MaxPoints", "Score"],
  Satisfaction: ["Unit", "Public", "Leader"],
  Survey: ["Unit", "Kind", ...VOTE_COLUMNS],
  Bonuses: ["Unit", "Item", "ApprovedPoints", "Multiplier"],
  Penalties: ["Unit", "Reason", "Count"],
  SpotChecks: ["Unit", "Finding", "Deduction"],
  Vetoes: ["Unit", "Area", "Reason"],
} as const satisfies Partial<Record<TableName, readonly string[]>>;

export type Built = keyof typeof COLUMNS;

const WHAT: Readonly<Record<ScoreField, { zh: string; en: string }>> = {
  functional: { zh: "职能得分", en: "functional score" },
  common: { zh: "共性得分", en: "common score" },
  public: { zh: "公众评议得分", en: "public score" },
  leader: { zh: "领导评价得分", en: "leader score" },
  bonus: { zh: "加分", en: "bonus" },
  penalty: { zh: "扣分", en: "deduction" },
  spotCheck: { zh: "察访核验扣分", en: "spot-check deduction" },
};

/** Where the tables' rows and the findings go while one unit's row is read. */
export interface Sink {
  readonly sheet: PlainSheet;
  readonly layout: HeaderLayout;
  readonly rules: ImportRules;
  readonly rows: Record<Built, ImportValue[][]>;
  readonly findings: ImportFinding[];
}

export const cellOf = (s: Sink, u: UnitRow, field: Field): string => addressOf(s.sheet, u.row, s.layout.columns.get(field)?.column ?? 1);

/** A score cell as imported: a number, or the cell as it is (reported) so grading reports it too. */
export function scoreValue(s: Sink, u: UnitRow, field: ScoreField, required: boolean): ImportValue {
  const cell: Cell = u.cells.get(field) ?? null;
  const n = numberOf(cell);
  if (n === null) {
    if (required) s.findings.push(importFinding("IMPORT_VALUE_BLANK", cellOf(s, u, field), { unit: u.unit, what: WHAT[field] }, u.unit));
    return null;
  }
  if (Number.isNaN(n)) {
    s.findings.push(importFinding("IMPORT_VALUE_BAD", cellOf(s, u, field), { unit: u.unit, what: WHAT[field], value: shown(cell) }, u.unit));
    return typeof cell === "string" ? cell : shown(cell);
  }
  return n;
}
