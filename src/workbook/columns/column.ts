/**
 * What an output table's column is: its header in both languages, its
 * number format, its width, and how a cell is made from the row it shows
 * (a unit, a diagnostic, a run). Each output table (resultsColumns.ts,
 * warningsColumns.ts, runLogColumns.ts, historyColumns.ts) is one list of
 * these, from which the sheet's headers, formats, widths, rows and links
 * all follow (outputs.ts), so a column is added, moved or removed in one
 * place.
 */
import { TIER_LABELS } from "../../engine/tierLabels";
import type { Lang, Tier } from "../../engine/types";
import type { OutCell } from "../ownedSheets";

/** The Excel number format of scores with `decimals` places: 2 → "0.00", 0 → "0". */
export function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/** A header in both languages. */
export type Col = { readonly en: string; readonly zh: string };

/**
 * A column's number format: Text ("@"), whole numbers ("0"), or the run's
 * score format, whose places follow the `decimals` rule (scoreFormat).
 */
export type ColumnFormat = "@" | "0" | "score";

/** One column of an output table whose rows show values of type `R`. */
export interface OutputColumn<R> extends Col {
  readonly format: ColumnFormat;
  /**
   * The width in characters. In a table fitted to its contents (Results,
   * Warnings) the widest the column may grow; in one that grows over runs
   * (RunLog, History) its width.
   */
  readonly width: number;
  /** The cell of a row. */
  readonly value: (row: R, lang: Lang) => OutCell;
  /** Where the cell links to (`Sheet!A1`), or null for no link; absent for a column without links. */
  readonly link?: (row: R) => string | null;
}

/**
 * A score as the sheet holds it: the engine's rounded decimal string as a
 * number, or null where there is none.
 * @example
 * scoreValue("968.75") //=> 968.75
 * scoreValue(null) //=> null
 */
export const scoreValue = (s: string | null): number | null => (s === null ? null : Number(s));

/**
 * A tier's label in the language, or null for no tier.
 * @example
 * tierLabel("first", "zh") //=> "一等"
 */
export const tierLabel = (tier: Tier | null, lang: Lang): string | null => (tier === null ? null : TIER_LABELS[tier][lang]);
