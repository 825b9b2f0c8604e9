/**
 * What the adapter learns about Appraise's output sheets when it reads, and
 * keeps for the write that follows: whether each sheet exists and is
 * Appraise's, which tables sit on it, and where the RunLog table is. With it
 * the write needs no read of its own, so it is one sync.
 */
import { OWNED_KINDS, ownedSheet, ownershipOf, sameName, sheetsOf, type NameFacts, type OwnedKind, type WorkbookFacts } from "./ownership";
import { OUTPUT_KINDS, OUTPUT_SHEETS, PRINT_KINDS, type OutputKind, type Ownership, type PrintKind } from "./port";

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
  /**
   * Where the table is, when there is one (0-based): its header's row, the
   * row under its last row (where appended rows go) and its first column.
   */
  readonly below: {
    readonly top: number;
    readonly row: number;
    readonly col: number;
    /** Nothing on the sheet under the table (the rows can be written there without pushing anything down). */
    readonly clear: boolean;
  } | null;
  /** 1-based last used row of the sheet, 0 when empty or absent. */
  readonly lastUsedRow: number;
}

/** What a read saw of a print sheet (考评通报, 反馈单). */
export interface PrintState {
  readonly ownership: Ownership;
  readonly sheetExists: boolean;
  /** The ownership defined name exists (possibly stale, pointing at a deleted sheet). */
  readonly ownerNameExists: boolean;
  /** The sheet is protected: Appraise lifts and restores it around its write, as for the tables' sheets. */
  readonly protected: boolean;
}
/** The RunLog's append state (the name kept from before History). */
export type RunLogState = AppendState;

export interface WorkbookLayout {
  readonly outputs: Readonly<Record<OutputKind, OutputState>>;
  readonly runLog: RunLogState;
  readonly print: Readonly<Record<PrintKind, PrintState>>;
  readonly history: AppendState;
}

/** What one read saw of a print sheet: does it exist, and its ownership name's formula (null when absent). */
export interface PrintFacts {
  readonly sheetExists: boolean;
  readonly ownerFormula: string | null;
  /** The sheet's protection is on. */
  readonly protected: boolean;
}

/** What one read saw of an output sheet (see readOverview.ts). */
export interface OutputFacts extends PrintFacts {
  /** The formula of a defined name spelled like the output's table, or null (Excel keeps both in one namespace). */
  readonly tableNameFormula: string | null;
  /** Data rows of the table named like the output's, or null when there is none. */
  readonly tableRows: number | null;
}

export interface TableLocation {
  readonly name: string;
  readonly sheet: string;
}

const named = (name: string, reference: string | null): NameFacts[] => (reference === null ? [] : [{ name, reference }]);

/**
 * The facts the ownership rule reads, from what one read probed: the sheets
 * of every table and the probed sheets that exist, and the probed names
 * (workbook scope: Office.js `workbook.names`) that exist.
 */
export function workbookFactsOf(
  outputs: Readonly<Record<OutputKind, OutputFacts>>,
  tables: readonly TableLocation[],
  print: Readonly<Record<PrintKind, PrintFacts>>,
): WorkbookFacts {
  const all: Readonly<Record<OwnedKind, PrintFacts>> = { ...outputs, ...print };
  const existing = OWNED_KINDS.filter((kind) => all[kind].sheetExists).map((kind) => ownedSheet(kind).sheet);
  const names = [
    ...OWNED_KINDS.flatMap((kind) => named(ownedSheet(kind).ownerName, all[kind].ownerFormula)),
    ...OUTPUT_KINDS.flatMap((kind) => named(OUTPUT_SHEETS[kind].table, outputs[kind].tableNameFormula)),
  ];
  return { sheets: sheetsOf(existing, tables), names };
}

function outputState(kind: OutputKind, f: OutputFacts, tables: readonly TableLocation[], ownership: Ownership): OutputState {
  const { sheet, table } = OUTPUT_SHEETS[kind];
  const ownTable = tables.some((t) => sameName(t.name, table) && sameName(t.sheet, sheet));
  return {
    ownership,
    sheetExists: f.sheetExists,
    ownerNameExists: f.ownerFormula !== null,
    tablesOnSheet: tables.filter((t) => sameName(t.sheet, sheet)).map((t) => t.name),
    tableRows: ownTable ? f.tableRows : null,
    protected: f.protected,
  };
}

/** The layout from what one read saw, each sheet's ownership by the one rule (../ownership.ts). */
export function layoutOf(
  facts: Readonly<Record<OutputKind, OutputFacts>>,
  tables: readonly TableLocation[],
  runLog: RunLogState,
  history: AppendState,
  printFacts: Readonly<Record<PrintKind, PrintFacts>>,
): WorkbookLayout {
  const ownership = ownershipOf(workbookFactsOf(facts, tables, printFacts));
  const outputs = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, outputState(k, facts[k], tables, ownership[k])])) as Record<OutputKind, OutputState>;
  const print = Object.fromEntries(
    PRINT_KINDS.map((k) => [
      k,
      {
        ownership: ownership[k],
        sheetExists: printFacts[k].sheetExists,
        ownerNameExists: printFacts[k].ownerFormula !== null,
        protected: printFacts[k].protected,
      },
    ]),
  ) as Record<PrintKind, PrintState>;
  return { outputs, runLog, print, history };
}
