/**
 * The contract's driver interface: what the suite (port.contract.test.ts)
 * asks of a host, in workbook terms. Each host adds one driver (a file here
 * and a line in drivers.ts) and runs the same suite: the package port on real
 * files (packageDriver.ts), the Office.js adapter on the fake Excel host
 * (excelDriver.ts), and each new host (the browser, WPS) as it comes.
 */
import type { Lang } from "../../src/engine/types";
import type { RunOutcome } from "../../src/workbook/runAppraisal";

/** A cell as a person types it: text stays text, a Date is a date (formatted yyyy-mm-dd), a formula is typed in. */
export type SpecCell = string | number | boolean | null | Date | { readonly formula: string };

/** A table to put in the workbook (an engine TableGrid fits, `headerRow`/`firstColumn` aside: use `at`). */
export interface SpecTable {
  readonly name: string;
  readonly sheet: string;
  readonly header: readonly SpecCell[];
  readonly rows: readonly (readonly SpecCell[])[];
  /** The header's first cell ("C4"); A1 unless given. */
  readonly at?: string;
  /** A totals row below the data: a label in the first column, the rest blank. */
  readonly totalsLabel?: string;
}

/** Cells a user put on a sheet of their own, from `at` ("B2") on. */
export interface SpecCells {
  readonly sheet: string;
  readonly at: string;
  readonly rows: readonly (readonly SpecCell[])[];
}

export interface WorkbookSpec {
  readonly tables: readonly SpecTable[];
  /** Other content (a cover sheet, notes beside a table), written before the tables. */
  readonly cells?: readonly SpecCells[];
  /** The 1904 date system (Excel for Mac's old default). */
  readonly date1904?: boolean;
}

/** A table as the host shows it. */
export interface TableView {
  readonly sheet: string;
  /** "A1:P46" */
  readonly address: string;
  readonly header: readonly string[];
  /** The data rows, as text. */
  readonly rows: readonly (readonly string[])[];
  /** What the host knows the table by besides its name (its id): the same while the table lives. */
  readonly identity: string;
}

/** A cell as the host shows it: its formula (or null) and its value as the host calculates it. */
export interface CellView {
  readonly formula: string | null;
  readonly value: string | number | boolean | null;
}

export interface GradeOptions {
  readonly lang: Lang;
  readonly now: Date;
}

/** One workbook open in a host. */
export interface HostWorkbook {
  /** Grades the workbook as the host's user does (and saves it, where the host saves). */
  grade(options: GradeOptions): Promise<RunOutcome>;
  /** Replaces the contents of input tables (by name), as a user edits them: the tables are resized to fit. */
  setInputs(tables: readonly SpecTable[]): Promise<void>;
  /** Types cells into a sheet (created when missing), as a user does. */
  setCells(cells: SpecCells): Promise<void>;
  sheetNames(): Promise<string[]>;
  /** A sheet's values as text, as a person reads them, header first; null when there is no such sheet. */
  sheetText(sheet: string): Promise<string[][] | null>;
  /** "Sheet!B2" */
  cell(address: string): Promise<CellView>;
  table(name: string): Promise<TableView | null>;
  isProtected(sheet: string): Promise<boolean>;
  /** Workbook-scope defined names and what they refer to ("'考评结果'!$A$1"). */
  definedNames(): Promise<Record<string, string>>;
  /** The workbook saved and opened again, where the host saves (a host without files gives it back as it is). */
  reopen(): Promise<HostWorkbook>;
}

/** A behaviour of the contract a host does not show yet, by the suite's id for it. */
export type KnownGap = "paperwork protected";

export interface ContractDriver {
  readonly name: string;
  /**
   * What this host does not do yet: the suite expects those tests to fail
   * (it.failing), so the gap stays visible, and the day the host does it the
   * test fails until the gap is struck off here.
   */
  readonly knownGaps?: readonly KnownGap[];
  /**
   * A program other than Node that the driver needs (the package driver
   * edits saved files with openpyxl): without it the driver's suite is
   * skipped with the install command printed, or fails on CI (describeWith).
   */
  readonly needs?: { readonly tool: string; readonly available: boolean; readonly install: string };
  /** A new workbook holding the spec's cells and tables. */
  create(spec: WorkbookSpec): Promise<HostWorkbook>;
  /** An .xlsx file on disk (a golden workbook), opened in the host. */
  open(file: string): Promise<HostWorkbook>;
  /** Frees what the driver made (temporary files). */
  dispose(): void;
}
