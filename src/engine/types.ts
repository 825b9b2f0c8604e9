/**
 * The engine's data types. The engine is pure: data goes in as 2-D cell grids
 * (one per Excel table, with its sheet origin), and results and diagnostics
 * come out as plain data. It never knows whether the grid came from Office.js
 * or from an .xlsx file.
 */

import type { SheetRange } from "./address";
import type { DiagnosticCode } from "./messages";

/** A user-facing language. */
export type Lang = "zh" | "en";

/** A message in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** An Excel error value such as `#N/A`, `#DIV/0!` or `#REF!`. */
export interface CellErrorValue {
  readonly error: string;
}

/**
 * One cell as an adapter hands it to the engine.
 * - `null`: blank
 * - `number`: a number cell; a date cell is given as its Excel serial number
 *   (1900 date system, 1 = 1900-01-01, 45000 = 2023-03-15)
 * - `string`: text, exactly as typed
 * - `boolean`: TRUE/FALSE
 * - `{error}`: an Excel error value; a formula with no computed value is
 *   `{error: "#UNCOMPUTED"}` (see {@link UNCOMPUTED}).
 */
export type Cell = null | number | string | boolean | CellErrorValue;

/** The error code an adapter gives a formula cell that has no cached result. */
export const UNCOMPUTED = "#UNCOMPUTED";

/** An Excel table (ListObject) as read from the workbook. */
export interface TableGrid {
  /** The table's name in the workbook, as spelled there. */
  readonly name: string;
  /** The sheet the table is on. */
  readonly sheet: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 1-based sheet column of the table's first column. */
  readonly firstColumn: number;
  /** The header cells. */
  readonly header: readonly Cell[];
  /** The data rows, every one (blank ones included), each as long as the header. */
  readonly rows: readonly (readonly Cell[])[];
  /**
   * The cells right beside the table that are not part of it, as the
   * adapter read them (absent: not read). The engine decides what they mean
   * (ROWS_OUTSIDE_TABLE); adapters only read them (see workbook/beside.ts).
   */
  readonly beside?: Beside;
}

/**
 * The cells beside a table (SPEC section 5, ROWS_OUTSIDE_TABLE), as blank
 * cells are (null) where the sheet has none.
 */
export interface Beside {
  /** 1-based sheet row of `below[0]`: the row under the table's last row (under its totals row, when it shows one). */
  readonly belowRow: number;
  /** Up to BESIDE_ROWS rows under the table, each across the table's columns. */
  readonly below: readonly (readonly Cell[])[];
  /**
   * Up to BESIDE_COLUMNS cells right of the table's last column on each of
   * its first rows (one array per row: the header, then up to BESIDE_ROWS
   * data rows; a totals row when it shows one within them); none when all
   * are blank.
   */
  readonly right: readonly (readonly Cell[])[];
}

/** The part of a sheet that holds anything, as an adapter found it: for TABLE_MISSING to say where plain data is. */
export interface SheetExtent {
  readonly sheet: string;
  /** The range from the first to the last non-blank cell (rows and columns 1-based), or null for an empty sheet. */
  readonly used: { readonly row: number; readonly column: number; readonly lastRow: number; readonly lastColumn: number } | null;
}

/** Everything the engine reads: every table of the workbook. */
export interface WorkbookInput {
  readonly tables: readonly TableGrid[];
  /**
   * Every sheet that is not one of Appraise's outputs, with its used range
   * (absent: not read): where a required table is missing, the engine
   * looks there for table-like data in plain cells.
   */
  readonly sheets?: readonly SheetExtent[];
}

export type Severity = "error" | "warning" | "info";

export type Tier = "first" | "second" | "third" | "unqualified";

/** The English names of the input tables: derived from their declarations (tables.ts). */
export type { TableName } from "./tables";

/** A problem in the user's data: a value, never an exception. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** English table name, or null when the problem is not about one table. */
  readonly table: string | null;
  /** 1-based data row of the table (blank rows counted), or null. */
  readonly row: number | null;
  /** English column name, or null. */
  readonly column: string | null;
  /** Where on the sheet: a cell, or a header row's range; null when the problem is not at one. */
  readonly at: SheetRange | null;
  /** `at` as an address such as `指标!F7` (or `指标!A1:F1` for a header), or null (formatted by ./address). */
  readonly cell: string | null;
  /** The unit the problem concerns (not graded when the code blocks "unit": see ./messages), or null. */
  readonly unit: string | null;
  readonly message: Bilingual;
  /**
   * The message as a unit's feedback letter gives it: a plain sentence that
   * names no row or cell of the office's workbook (the code's `letter` in
   * ./messages, else the message).
   */
  readonly letter: Bilingual;
}

/** Every diagnostic code, declared with its severity, parameters and messages in ./messages. */
export type { DiagnosticCode } from "./messages";

/**
 * One unit's result. Scores are decimal strings rounded to `decimals`
 * (e.g. "968.75"), or null where they could not be computed.
 */
export interface UnitResult {
  readonly unit: string;
  readonly category: string;
  readonly assessed: boolean;
  readonly graded: boolean;
  readonly functional: string | null;
  readonly common: string | null;
  readonly target: string | null;
  readonly bonus: string | null;
  readonly penalty: string | null;
  readonly public: string | null;
  readonly leader: string | null;
  readonly spotCheck: string | null;
  readonly composite: string | null;
  /** Rank in its category among graded units (1, 2, 2, 4), or null. */
  readonly rank: number | null;
  /** Assessed units in its category (graded or not). */
  readonly categorySize: number | null;
  readonly tier: Tier | null;
  /** Points needed to draw level with the next better quota tier, or null. */
  readonly margin: string | null;
  readonly vetoed: boolean;
  /**
   * The tier a veto lowered (SPEC section 4 step 5: after the threshold,
   * before the veto), or null where no veto was applied (not vetoed, or not graded).
   */
  readonly vetoedFrom: Tier | null;
  readonly explanation: Bilingual;
  /** The items behind its bonus, penalty, spot-check deduction and vetoes (the feedback letter's lines). */
  readonly details: UnitDetails;
}

/** The items behind a unit's adjustments, numbers as decimal strings with `decimals` places. */
export interface UnitDetails {
  readonly bonuses: readonly {
    readonly item: string;
    readonly kind: string;
    readonly approved: string;
    readonly multiplier: string;
    readonly points: string;
  }[];
  /** `counted` is false for a penalty dated outside the period (PENALTY_OUTSIDE_PERIOD); its points are then 0. */
  readonly penalties: readonly {
    readonly reason: string;
    readonly date: string | null;
    readonly count: number;
    readonly counted: boolean;
    readonly points: string;
  }[];
  readonly spotChecks: readonly { readonly finding: string; readonly deduction: string }[];
  readonly vetoes: readonly { readonly area: string; readonly reason: string }[];
}

/** Quotas of one category. */
export interface CategorySummary {
  readonly category: string;
  readonly size: number;
  readonly graded: number;
  readonly provisional: boolean;
  readonly quotas: { readonly first: number; readonly second: number; readonly third: number };
  readonly counts: Readonly<Record<Tier, number>>;
}

/** What `grade` returns. */
export interface GradeResult {
  /** True when Results must not be written: a diagnostic whose code blocks "results" (RULE_INVALID, a required table missing…; see ./messages). */
  readonly resultsWithheld: boolean;
  /** Every rule key with the value in force, as text (defaults included). */
  readonly rules: Readonly<Record<string, string>>;
  /** Decimals of written scores. */
  readonly decimals: number;
  /** One per unit of Units, in output order (category first appearance, rank, unit). */
  readonly units: readonly UnitResult[];
  readonly categories: readonly CategorySummary[];
  /** Sorted: errors first, then by table and row. */
  readonly diagnostics: readonly Diagnostic[];
  /** "sha256:<hex>" of the canonical input tables and rules. */
  readonly inputFingerprint: string;
  /** The appeal deadline the feedback letters give (SPEC §6). */
  readonly appeal: AppealDeadline;
  /** The years a working-day count needed that the calendar does not know (counted Monday–Friday; CALENDAR_UNKNOWN_YEAR), ascending; [] normally. */
  readonly calendarYearsUnknown: readonly number[];
}

/**
 * Units may ask for a review within `workingDays` working days of the
 * feedback (`appeal.working_days`); with `feedback.date` set, the last day
 * they may, on the workbook's calendar (China's statutory one, or Monday–Friday
 * with `calendar = weekdays`, with the Holidays rows on top).
 */
export interface AppealDeadline {
  /** `feedback.date` as ISO text, or null when not set. */
  readonly feedbackDate: string | null;
  /** The last day an appeal is on time, or null without a feedback date. */
  readonly deadline: string | null;
  readonly workingDays: number;
  /** The years the deadline's count went through that the calendar does not know, counted Monday–Friday; [] normally. */
  readonly yearsUnknown: readonly number[];
}
