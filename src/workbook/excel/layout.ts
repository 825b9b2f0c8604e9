/**
 * What the adapter learns about Appraise's output sheets when it reads, and
 * keeps for the write that follows: whether each sheet exists and is
 * Appraise's, which tables sit on it, and where the RunLog table is. With it
 * the write needs no read of its own, so it is one sync.
 */
import { OUTPUT_SHEETS, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type Ownership, type PrintKind } from "../port";
import { sheetOfReference } from "./toCells";

export const OUTPUT_KINDS = Object.keys(OUTPUT_SHEETS) as OutputKind[];

export interface OutputState {
  readonly ownership: Ownership;
  readonly sheetExists: boolean;
  /** The ownership defined name exists (possibly stale, pointing at a deleted sheet). */
  readonly ownerNameExists: boolean;
  /** Names of the tables on the output sheet (the output's own included). */
  readonly tablesOnSheet: readonly string[];
  /**
   * Data rows of the output's own table (`Results` on 考评结果…) when it is
   * on the output sheet, else null: the write then refills and resizes it
   * in place instead of creating it.
   */
  readonly tableRows: number | null;
  /** The sheet is protected (Review › Protect Sheet): Appraise lifts and restores it around its write. */
  readonly protected: boolean;
}

/** An appended-to table: the RunLog, the History. */
export interface AppendState {
  /** Columns of the table on its sheet, or null when there is none. */
  readonly tableColumns: number | null;
  /** 1-based last used row of the sheet, 0 when empty or absent. */
  readonly lastUsedRow: number;
}

/** What a read saw of a print sheet (考评通报, 反馈单). */
export interface PrintState {
  readonly ownership: Ownership;
  readonly sheetExists: boolean;
  /** The ownership defined name exists (possibly stale, pointing at a deleted sheet). */
  readonly ownerNameExists: boolean;
}
/** The RunLog's append state (the name kept from before History). */
export type RunLogState = AppendState;

export interface WorkbookLayout {
  readonly outputs: Readonly<Record<OutputKind, OutputState>>;
  readonly runLog: RunLogState;
  readonly print: Readonly<Record<PrintKind, PrintState>>;
  readonly history: AppendState;
}

/** The facts of a print sheet: does it exist, and its ownership name's formula (null when absent). */
export interface PrintFacts {
  readonly sheetExists: boolean;
  readonly ownerFormula: string | null;
}

/** What one read saw about the output sheets (see readOverview.ts). */
export interface OutputFacts {
  readonly sheetExists: boolean;
  /** The ownership name's formula, e.g. `='考评结果'!$A$1`, or null when the name is absent. */
  readonly ownerFormula: string | null;
  /** A defined name spelled like the output's table exists (Excel keeps both in one namespace). */
  readonly tableNameIsDefinedName: boolean;
  /** Data rows of the table named like the output's, or null when there is none. */
  readonly tableRows: number | null;
  /** The sheet's protection is on. */
  readonly protected: boolean;
}

export interface TableLocation {
  readonly name: string;
  readonly sheet: string;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The ownership of an output sheet, as the xlsx adapter decides it: "absent"
 * (no such sheet), "owned" (its ownership name refers to it), or "foreign"
 * (someone else's sheet by that name, or the output's table name is taken by
 * a table on another sheet or by a defined name, so writing would clash).
 * @example
 * ownershipOf("results", { sheetExists: true, ownerFormula: null, tableNameIsDefinedName: false }, []) //=> "foreign"
 */
export function ownershipOf(kind: OutputKind, facts: OutputFacts, tables: readonly TableLocation[]): Ownership {
  const { sheet, table } = OUTPUT_SHEETS[kind];
  const tableElsewhere = tables.some((t) => same(t.name, table) && !same(t.sheet, sheet));
  if (tableElsewhere || facts.tableNameIsDefinedName) return "foreign";
  if (!facts.sheetExists) return "absent";
  const target = facts.ownerFormula === null ? null : sheetOfReference(facts.ownerFormula);
  return target !== null && same(target, sheet) ? "owned" : "foreign";
}

/**
 * The ownership of a print sheet: "absent", "owned" (its ownership name
 * refers to it) or "foreign" (a sheet of that name Appraise did not create).
 * @example
 * printOwnershipOf("feedback", { sheetExists: true, ownerFormula: "='反馈单'!$A$1" }) //=> "owned"
 */
export function printOwnershipOf(kind: PrintKind, facts: PrintFacts): Ownership {
  if (!facts.sheetExists) return "absent";
  const target = facts.ownerFormula === null ? null : sheetOfReference(facts.ownerFormula);
  return target !== null && same(target, PRINT_SHEETS[kind].sheet) ? "owned" : "foreign";
}

const NO_PRINT_FACTS: PrintFacts = { sheetExists: false, ownerFormula: null };

/** The layout from what one read saw. */
export function layoutOf(
  facts: Readonly<Record<OutputKind, OutputFacts>>,
  tables: readonly TableLocation[],
  runLog: RunLogState,
  history: AppendState = { tableColumns: null, lastUsedRow: 0 },
  printFacts: Readonly<Partial<Record<PrintKind, PrintFacts>>> = {},
): WorkbookLayout {
  const outputs = {} as Record<OutputKind, OutputState>;
  for (const kind of OUTPUT_KINDS) {
    const f = facts[kind];
    outputs[kind] = {
      ownership: ownershipOf(kind, f, tables),
      sheetExists: f.sheetExists,
      ownerNameExists: f.ownerFormula !== null,
      tablesOnSheet: tables.filter((t) => same(t.sheet, OUTPUT_SHEETS[kind].sheet)).map((t) => t.name),
      tableRows: tables.some((t) => same(t.name, OUTPUT_SHEETS[kind].table) && same(t.sheet, OUTPUT_SHEETS[kind].sheet)) ? f.tableRows : null,
      protected: f.protected,
    };
  }
  const print = {} as Record<PrintKind, PrintState>;
  for (const kind of PRINT_KINDS) {
    const f = printFacts[kind] ?? NO_PRINT_FACTS;
    print[kind] = { ownership: printOwnershipOf(kind, f), sheetExists: f.sheetExists, ownerNameExists: f.ownerFormula !== null };
  }
  return { outputs, runLog, print, history };
}

/** Lower-cased names of the output sheets Appraise owns: their tables are outputs, not inputs. */
export function ownedSheets(layout: WorkbookLayout): Set<string> {
  return new Set(OUTPUT_KINDS.filter((k) => layout.outputs[k].ownership === "owned").map((k) => OUTPUT_SHEETS[k].sheet.toLowerCase()));
}
