/**
 * Compile-time proofs that the JSON unit derived from the Results columns
 * (unitJson.ts) is the unit SPEC §7 gives, field for field and type for
 * type, and that a JSON-only field can only be placed before a field that
 * exists. Type-checked by `npm run typecheck`; jest does not run it.
 */
import type { Tier } from "../engine/types";
import type { JSON_ONLY_FIELDS } from "./columns/resultsColumns";
import type { ResultsJsonField } from "./columns/resultsColumns";
import type { JsonUnit } from "./unitJson";

/** The JSON unit as SPEC §7 and the tests know it, written out by hand. */
interface SpecJsonUnit {
  readonly unit: string;
  readonly category: string;
  readonly assessed: boolean;
  readonly graded: boolean;
  readonly functional: number | null;
  readonly common: number | null;
  readonly target: number | null;
  readonly bonus: number | null;
  readonly penalty: number | null;
  readonly public: number | null;
  readonly leader: number | null;
  readonly spotCheck: number | null;
  readonly composite: number | null;
  readonly rank: number | null;
  readonly categorySize: number | null;
  readonly tier: Tier | null;
  readonly margin: number | null;
  readonly vetoed: boolean;
  readonly explanation: string;
}

/** True only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The derived unit is exactly the specified one: no field more, none less, each of the same type.
export const derivedIsSpec: Same<JsonUnit, SpecJsonUnit> = true;

// @ts-expect-error proves Same tells types apart: a unit with a field of another type is not the specified one.
export const tierAsLabel: Same<Omit<JsonUnit, "tier"> & { readonly tier: string | null }, SpecJsonUnit> = true;

type JsonOnlyField = { readonly json: string; readonly before: ResultsJsonField };

// A JSON-only field placed before a field the Results columns give compiles.
export const beforeComposite: JsonOnlyField = { json: "assessed", before: "composite" };

// @ts-expect-error proves a JSON-only field cannot be placed before a field no Results column gives.
export const beforeNothing: JsonOnlyField = { json: "assessed", before: "compositeScore" };

// The declared JSON-only fields are the three the sheet does not show as columns.
export const jsonOnly: Same<(typeof JSON_ONLY_FIELDS)[number]["json"], "assessed" | "graded" | "vetoed"> = true;
