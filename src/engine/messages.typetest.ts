/**
 * Compile-time proofs that a diagnostic's parameters are checked against its
 * code's declaration (messages.ts). Type-checked by `npm run typecheck`, never
 * run: each `@ts-expect-error` fails the build if the line below it compiles.
 */
import { diagnostic } from "./messages";

const at = { table: "Bonuses", row: 1, unit: "区发改局" };

// The good form compiles.
diagnostic("BONUS_CAPPED", at, { unit: "区发改局", total: "14", cap: "10" });
// A misspelled parameter name is rejected (it printed "bonus total  is capped at 10.").
// @ts-expect-error `totl` is not a parameter of BONUS_CAPPED
diagnostic("BONUS_CAPPED", at, { unit: "区发改局", totl: "14", cap: "10" });

// A missing parameter is rejected.
diagnostic("CORE_COUNT", at, { unit: "区发改局", count: 2, min: 3, max: 5 });
// @ts-expect-error `max` is missing
diagnostic("CORE_COUNT", at, { unit: "区发改局", count: 2, min: 3 });

// A parameter of the wrong type is rejected: a tier is a Tier, not its label.
diagnostic("VETO_APPLIED", at, { unit: "区发改局", areas: ["安全生产"], from: "first", to: "second" });
// @ts-expect-error "一等" is a label, not a Tier
diagnostic("VETO_APPLIED", at, { unit: "区发改局", areas: ["安全生产"], from: "一等", to: "second" });

// A column is its `{ en, zh }` label, not two loose strings.
diagnostic("VALUE_REQUIRED", at, { column: { en: "Unit", zh: "单位" } });
// @ts-expect-error the pre-localized pieces are no longer parameters
diagnostic("VALUE_REQUIRED", at, { en: "Unit", zh: "单位" });

// An unknown code is rejected.
diagnostic("TABLE_MISSING", {}, { table: { en: "Units", zh: "考评对象" }, plain: null });
// @ts-expect-error TABLE_MISING is not a code
diagnostic("TABLE_MISING", {}, { table: { en: "Units", zh: "考评对象" } });
