/**
 * The workbook port: what the shared run (read → grade → write) needs from a
 * host. Two adapters implement it: `xlsx/` (the workbook package read and
 * copied, for the command line) and `excel/` (Office.js, for the add-in).
 * Neither the engine nor the task pane knows which one is in use. The owned
 * sheets' names and kinds are declared in ./ownedSheets and re-exported here.
 */
import type { WorkbookInput } from "../engine/types";
import type { PrintSheetPlan } from "./print/printPlan";
import type { HistoryBlock } from "./history/historyBlock";

export {
  OUTPUT_KINDS,
  OUTPUT_SHEETS,
  OWNERSHIP_NAMES,
  PRINT_KINDS,
  PRINT_SHEETS,
  type OutCell,
  type OutputKind,
  type Ownership,
  type PrintKind,
} from "./ownedSheets";
import type { OutCell, OutputKind, Ownership, PrintKind } from "./ownedSheets";

/** A hyperlink from an output cell to a place in the workbook. */
export interface InternalLink {
  /** Output data row index (0-based) and column index (0-based). */
  readonly row: number;
  readonly col: number;
  /** The target, e.g. `指标!F7` (sheet quoted where Excel needs it). */
  readonly target: string;
}

/** One output sheet, fully laid out. */
export interface OutputSheetPlan {
  readonly kind: OutputKind;
  readonly sheet: string;
  readonly table: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly OutCell[])[];
  /** Excel number format per column ("0.00", "@" for text, null = General). */
  readonly numberFormats: readonly (string | null)[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Background fill per data row as "RRGGBB", or null. */
  readonly rowFills: readonly (string | null)[];
  readonly links: readonly InternalLink[];
}

/** Everything one run writes. */
export interface OutputPlan {
  /** Null when Results must be left as they were (RULE_INVALID, table missing). */
  readonly results: OutputSheetPlan | null;
  readonly warnings: OutputSheetPlan;
  /** The RunLog sheet layout; its `rows` holds exactly the one row to append. */
  readonly runLog: OutputSheetPlan;
  /**
   * The print sheets (考评通报, 反馈单), or null when Results are withheld:
   * they are read off the Results, so they are left as they were with them.
   */
  readonly print: readonly PrintSheetPlan[] | null;
  /**
   * The History block to append (every unit), or null when the results equal
   * the last block or were withheld: History then stays as it was.
   */
  readonly history: OutputSheetPlan | null;
}

/** What a host reads in one go. */
export interface WorkbookSnapshot {
  readonly input: WorkbookInput;
  readonly ownership: Readonly<Record<OutputKind, Ownership>>;
  readonly printOwnership: Readonly<Record<PrintKind, Ownership>>;
  /**
   * The last block of the owned History table, as the adapter read it (see
   * history/historyBlock.ts `lastHistoryBlock`); null or absent when there is
   * none (no History yet, or a History sheet that is not Appraise's).
   */
  readonly history?: HistoryBlock | null;
  /**
   * The chain digest of the owned RunLog's last row (audit/runLogChain.ts
   * `lastChainDigest`): "" or absent when there is none.
   */
  readonly lastChainDigest?: string;
  /**
   * The input fingerprint of the last run the owned RunLog records
   * (audit/staleness.ts `lastRunFingerprint`, by header): null or absent
   * when there is none. The pane's stale check compares the inputs' with it.
   */
  readonly lastRunFingerprint?: string | null;
}

export interface WorkbookPort {
  /** Reads every table of the workbook and the ownership of the output sheets. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Writes the plan: replaces the Results and Warnings sheets' contents (creating
   * them and their ownership names when absent), appends the RunLog row and
   * the History block (when the plan has one), and rewrites the print sheets,
   * in one batch. Never called when any output or print sheet's ownership is
   * "foreign".
   */
  write(plan: OutputPlan): Promise<void>;
}
