/**
 * The data of the tier engine (SPEC section 4): what one category's members
 * and the tier rules look like going in, and what comes out. Every number is
 * a `Decimal`, never a binary float, so that N × share and the margins are exact.
 */
import type Decimal from "decimal.js";
import type { Bilingual, Diagnostic, Tier } from "../types";
import type { DiagnosticLocation } from "../messages";
import type { tierRulesOf } from "../tierRules";

/** A tier a quota can give: the places of step 3, before threshold and veto. */
export type QuotaTier = "first" | "second" | "third";

/** The places of each quota tier in one category; they always sum to N. */
export interface Quotas {
  readonly first: number;
  readonly second: number;
  readonly third: number;
}

/**
 * How N × share is turned into whole places (`tier.rounding`): the words the
 * Rules reader accepts, and so the type.
 */
export const ROUNDINGS = ["largest-remainder", "cap", "half-up"] as const;
export type Rounding = (typeof ROUNDINGS)[number];

/** What a group of equal composites straddling a tier boundary gets (`tier.ties`). */
export const TIE_MODES = ["share-better", "share-worse", "tiebreak"] as const;
export type TieMode = (typeof TIE_MODES)[number];

/**
 * The keys of `tier.tiebreak`: `target` (higher is better), `satisfaction`
 * (public + leader, higher is better), `deductions` (penalty + spot-check,
 * lower is better).
 */
export const TIEBREAK_KEYS = ["target", "satisfaction", "deductions"] as const;
export type TiebreakKey = (typeof TIEBREAK_KEYS)[number];

/**
 * The tier rules in force, parsed and validated by the Rules reader: the
 * result of `tierRulesOf` (../tierRules.ts), so each one's type is its rule's.
 */
export type TierRules = ReturnType<typeof tierRulesOf>;

/** One veto row of a unit. */
export interface TierVeto {
  readonly area: string;
  readonly location: DiagnosticLocation;
}

/**
 * One assessed unit of a category, as the scorer hands it over: graded, with
 * its composite, or not (decided once, by the scorer: see ../unitStanding).
 * Ungraded members count in N but take no place.
 */
export type TierMember = MemberFacts &
  (
    | { readonly graded: true; /** Already rounded to `decimals`. */ readonly composite: Decimal }
    | { readonly graded: false; /** What could be computed; the tier engine never reads it. */ readonly composite: Decimal | null }
  );

/** What the tier engine knows of a member besides whether it is graded. */
export interface MemberFacts {
  readonly unit: string;
  readonly target: Decimal | null;
  /** Public + leader. */
  readonly satisfaction: Decimal | null;
  /** Penalty + spot-check. */
  readonly deductions: Decimal | null;
  /** Empty: not vetoed. */
  readonly vetoes: readonly TierVeto[];
  /** The unit's row in Units. */
  readonly location: DiagnosticLocation;
}

/** Where one graded unit ends up. */
export interface Placement {
  readonly unit: string;
  /** Competition ranking by composite within the category: 1, 2, 2, 4. */
  readonly rank: number;
  /** The tier of step 3, before threshold and veto. */
  readonly quotaTier: QuotaTier;
  /** The final tier. */
  readonly tier: Tier;
  /** Points to draw level with the lowest composite of the next better quota tier, or null. */
  readonly margin: Decimal | null;
  /** The tier a veto lowered (after the threshold, before the veto), or null when not vetoed. */
  readonly vetoedFrom: Tier | null;
  readonly explanation: Bilingual;
}

/** What `tierCategory` returns for one category. */
export interface CategoryTiers {
  readonly quotas: Quotas;
  /** Graded members only, keyed by unit. */
  readonly placements: ReadonlyMap<string, Placement>;
  readonly diagnostics: readonly Diagnostic[];
}
