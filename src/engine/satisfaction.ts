/**
 * Public and leader scores: entered directly in Satisfaction, or computed from
 * raw votes in Survey. A unit's score of one kind comes from exactly one row
 * of one table: a second row in the same table is SATISFACTION_DUPLICATE, a
 * row in the other table SATISFACTION_CONFLICT.
 */
import { isBlank } from "./text";
import { Decimal, sum } from "./decimal";
import { toDecimal } from "./fixed";
import { diagnostic, type DiagnosticLocation } from "./messages";
import { locate, type ParsedRow, type ParsedTable } from "./readTable";
import type { Rules } from "./rules";
import { columnDecl } from "./tables";
import type { Diagnostic } from "./types";

export type SatisfactionKind = "public" | "leader";

interface Source {
  readonly table: ScoreTable;
  readonly row: number;
  /** Null when the row has an error or no valid votes. */
  readonly value: Decimal | null;
}

/** One unit's score sources, per kind. */
export interface UnitSatisfaction {
  public?: Source;
  leader?: Source;
  /**
   * Where a Satisfaction row of the unit leaves a kind blank: the cell a
   * SATISFACTION_MISSING points at, when no row gives that kind.
   */
  blankAt?: Partial<Record<SatisfactionKind, DiagnosticLocation>>;
}

/** Per unit: its score sources. */
export type SatisfactionScores = Map<string, UnitSatisfaction>;

const VOTE_COLUMNS = ["Satisfied", "FairlySatisfied", "BasicallySatisfied", "Dissatisfied"] as const;

/**
 * Survey points = Σ(count × weight) ÷ valid votes × full points; `Unknown`
 * (不了解) votes are not valid votes.
 * @example
 * surveyPoints([30, 10, 0, 0], weights(1, 0.8, 0.6, 0), new Decimal(200)).toString() //=> "190"
 */
export function surveyPoints(counts: readonly Decimal[], weights: readonly Decimal[], full: Decimal): Decimal | null {
  const valid = sum(counts);
  if (valid.isZero()) return null;
  const weighted = sum(counts.map((c, i) => c.times(weights[i])));
  return weighted.dividedBy(valid).times(full);
}

/** The two tables a score comes from. */
type ScoreTable = "Satisfaction" | "Survey";

function record(
  scores: SatisfactionScores,
  table: ParsedTable<ScoreTable>,
  row: ParsedRow<ScoreTable>,
  unit: string,
  kind: SatisfactionKind,
  value: Decimal | null,
  out: Diagnostic[],
): void {
  const entry = scores.get(unit) ?? {};
  const existing = entry[kind];
  const column = table.decl.name === "Satisfaction" ? (kind === "public" ? "Public" : "Leader") : "Kind";
  if (existing && existing.table === table.decl.name) {
    out.push(diagnostic("SATISFACTION_DUPLICATE", locate(table, row, column), { unit, kind, first: table.grid.headerRow + existing.row }));
  } else if (existing) {
    out.push(diagnostic("SATISFACTION_CONFLICT", locate(table, row, column), { unit, kind }));
  } else {
    entry[kind] = { table: table.decl.name, row: row.row, value };
    scores.set(unit, entry);
  }
}

/** Remembers the first row that leaves a unit's score of `kind` blank. */
function noteBlank(scores: SatisfactionScores, unit: string, kind: SatisfactionKind, where: DiagnosticLocation): void {
  const entry = scores.get(unit) ?? {};
  entry.blankAt = { ...entry.blankAt, [kind]: entry.blankAt?.[kind] ?? where };
  scores.set(unit, entry);
}

/** One unit's rows of a table (its key in `rowsByUnit` is `unit`). */
interface UnitRows<N extends ScoreTable> {
  readonly table: ParsedTable<N>;
  readonly unit: string;
  readonly rows: readonly ParsedRow<N>[];
}

function fromSatisfaction({ table, unit, rows }: UnitRows<"Satisfaction">, rules: Rules, scores: SatisfactionScores, out: Diagnostic[]): void {
  for (const row of rows) {
    for (const [kind, column, full] of [
      ["public", "Public", rules.weightPublic],
      ["leader", "Leader", rules.weightLeader],
    ] as const) {
      const index = table.columns.get(column);
      if (index === undefined || isBlank(row.raw[index] ?? null)) {
        noteBlank(scores, unit, kind, locate(table, row, index === undefined ? null : column));
        continue;
      }
      const fixed = row.values[column];
      const value = fixed === undefined ? undefined : toDecimal(fixed);
      if (value !== undefined && value.greaterThan(full)) {
        out.push(
          diagnostic("OUT_OF_RANGE", locate(table, row, column), {
            column: { en: column, zh: columnDecl("Satisfaction", column).zh },
            value: value.toString(),
            range: `0..${full.toString()}`,
          }),
        );
        record(scores, table, row, unit, kind, null, out);
      } else {
        record(scores, table, row, unit, kind, row.ok && value !== undefined ? value : null, out);
      }
    }
  }
}

function fromSurvey({ table, unit, rows }: UnitRows<"Survey">, rules: Rules, scores: SatisfactionScores, out: Diagnostic[]): void {
  for (const row of rows) {
    const kind = row.values.Kind;
    if (kind === undefined) continue;
    // A row without errors has every count (the vote columns are required).
    if (!row.ok) {
      record(scores, table, row, unit, kind, null, out);
      continue;
    }
    const votes = VOTE_COLUMNS.map((c) => toDecimal(row.values[c]));
    const valid = sum(votes);
    if (valid.lessThan(rules.surveyMinVotes)) {
      out.push(diagnostic("SURVEY_FEW_VOTES", locate(table, row, "Kind"), { unit: row.unit ?? "", kind, votes: valid.toString(), min: rules.surveyMinVotes }));
    }
    const full = kind === "public" ? rules.weightPublic : rules.weightLeader;
    const points = surveyPoints(votes, rules.surveyWeights, full);
    if (points === null) out.push(diagnostic("SATISFACTION_MISSING", locate(table, row, "Kind"), { unit: row.unit ?? "", kind }));
    record(scores, table, row, unit, kind, points, out);
  }
}

/** Collects every unit's public and leader score sources, Satisfaction first, then Survey. */
export function satisfactionScores(
  satisfaction: { table: ParsedTable<"Satisfaction">; byUnit: Map<string, ParsedRow<"Satisfaction">[]> } | null,
  survey: { table: ParsedTable<"Survey">; byUnit: Map<string, ParsedRow<"Survey">[]> } | null,
  rules: Rules,
  out: Diagnostic[],
): SatisfactionScores {
  const scores: SatisfactionScores = new Map();
  if (satisfaction) for (const [unit, rows] of satisfaction.byUnit) fromSatisfaction({ table: satisfaction.table, unit, rows }, rules, scores, out);
  if (survey) for (const [unit, rows] of survey.byUnit) fromSurvey({ table: survey.table, unit, rows }, rules, scores, out);
  return scores;
}
