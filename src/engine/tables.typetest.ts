/**
 * Compile-time proofs that the table joints hold. `npm run typecheck` checks
 * this file and jest never runs it: each `@ts-expect-error` must sit on a
 * mistake the compiler rejects (else the check fails), next to the good form.
 */
import type { Day } from "./cells";
import type { Fixed } from "./fixed";
import { cellOf, locate, type ParsedRow, type ParsedTable } from "./readTable";
import type { ColumnDecl, TableName } from "./tables";

/** (c) A column a table does not declare cannot be read. */
export function columns(table: ParsedTable<"Indicators">, row: ParsedRow<"Indicators">): void {
  const score: Fixed | undefined = row.values.Score;
  // @ts-expect-error Indicators has no column `Scor`: a misspelled column is a compile error.
  const misspelled = row.values.Scor;
  // @ts-expect-error `Date` is a column of Penalties and Holidays, not of Indicators.
  const otherTable = row.values.Date;
  const at = cellOf(table, row.row, "Score");
  // @ts-expect-error nor can a diagnostic point at it.
  const badAt = locate(table, row, "Scor");
  void [score, misspelled, otherTable, at, badAt];
}

/** (d) Each column's value has its declared type. */
export function values(penalty: ParsedRow<"Penalties">, indicator: ParsedRow<"Indicators">, survey: ParsedRow<"Survey">): void {
  const date: Day | undefined = penalty.values.Date;
  // @ts-expect-error a date column holds a Day, not text.
  const text: string | undefined = penalty.values.Date;
  const type: "functional" | "common" | undefined = indicator.values.Type;
  // @ts-expect-error Type is one of the enumeration's values, and "core" is not one.
  const core: "core" | undefined = indicator.values.Type;
  // @ts-expect-error a row with errors may lack a required value.
  const maybeMissing: Fixed = indicator.values.Score;
  if (indicator.ok) {
    const required: Fixed = indicator.values.Score; // a row without errors has every required value
    const optional: Day | undefined = indicator.values.FiledDate;
    // @ts-expect-error an optional column may be blank even in a row without errors.
    const notRequired: Day = indicator.values.FiledDate;
    void [required, optional, notRequired];
  }
  const kind: "public" | "leader" | undefined = survey.values.Kind;
  void [date, text, type, core, maybeMissing, kind];
}

/** Table names and declarations follow from TABLES. */
export function declarations(): void {
  const name: TableName = "SpotChecks";
  // @ts-expect-error "Indicator" is not a table (it is "Indicators").
  const misspelled: TableName = "Indicator";
  const column: ColumnDecl = { name: "Score", zh: "得分", type: "number", required: true, min: 0 };
  // @ts-expect-error a column declaration needs its type.
  const untyped: ColumnDecl = { name: "Score", zh: "得分", required: true };
  // @ts-expect-error and its type is one the reader knows.
  const unknownType: ColumnDecl = { name: "Score", zh: "得分", type: "decimal", required: true };
  void [name, misspelled, column, untyped, unknownType];
}
