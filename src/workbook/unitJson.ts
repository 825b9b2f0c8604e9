/**
 * A unit as the JSON report gives it (SPEC §7): the fields of the Results
 * columns (columns/resultsColumns.ts), with the JSON-only ones (assessed, graded,
 * vetoed) in their places. Both the type and the object are made from those
 * two declarations, so a Results column is added to the JSON where it is
 * declared, and the fields keep their order: the Results columns' order,
 * each JSON-only field before the one it names.
 */
import type { Lang, UnitResult } from "../engine/types";
import { JSON_ONLY_FIELDS, RESULTS_COLUMNS, type JsonValue, type ResultsColumn } from "./columns/resultsColumns";

type ResultsColumnDecl = (typeof RESULTS_COLUMNS)[number];
type JsonOnlyDecl = (typeof JSON_ONLY_FIELDS)[number];

/** A column's JSON value type: its `jsonValue`'s where it has one, else its cell's. */
type ColumnJson<C> = C extends { readonly jsonValue: (...args: never[]) => infer J }
  ? J
  : C extends { readonly value: (...args: never[]) => infer V }
    ? V
    : never;

type ColumnFields = { readonly [C in ResultsColumnDecl as C["json"] & string]: ColumnJson<C> };
type JsonOnlyFields = { readonly [F in JsonOnlyDecl as F["json"]]: ReturnType<F["value"]> };

/** A unit of the JSON report (one object type, not an intersection, so editors show its fields). */
export type JsonUnit = { readonly [K in keyof (ColumnFields & JsonOnlyFields)]: (ColumnFields & JsonOnlyFields)[K] };

interface JsonField {
  readonly json: string;
  readonly value: (u: UnitResult, lang: Lang) => JsonValue;
}

/** The columns as declared, each with a JSON field or none. */
const COLUMNS: readonly ResultsColumn[] = RESULTS_COLUMNS;

/** The fields in the JSON's order. */
const FIELDS: readonly JsonField[] = COLUMNS.flatMap((c): JsonField[] => {
  const before = JSON_ONLY_FIELDS.filter((f) => f.before === c.json);
  return c.json === null ? before : [...before, { json: c.json, value: c.jsonValue ?? c.value }];
});

/**
 * The JSON of a unit: scores as numbers (968.75, never 968.7500000001), the
 * tier as its code, the explanation in the language.
 * @example
 * Object.keys(jsonUnit(u, "en")).slice(0, 5) //=> ["unit", "category", "assessed", "graded", "functional"]
 * jsonUnit(u, "en").tier //=> "first"
 */
export function jsonUnit(u: UnitResult, lang: Lang): JsonUnit {
  // The object has exactly FIELDS' keys, which JsonUnit is derived from (unitJson.typetest.ts holds the two together).
  return Object.fromEntries(FIELDS.map((f) => [f.json, f.value(u, lang)])) as JsonUnit;
}
