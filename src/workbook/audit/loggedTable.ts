/**
 * An appended-to table (RunLog, History) as an adapter hands it to the
 * audit, and what a run needs of it before it writes: the RunLog's last
 * chain digest. Apart from runLogChain.ts, which hashes, so that reading a
 * workbook (the pane's first paint) does not load SHA-256.
 */
import type { Col } from "../columns/column";
import { RUNLOG_COLUMNS } from "../columns/runLogColumns";

/** An appended-to table (RunLog, History) as an adapter read it. */
export interface LoggedTable {
  readonly headers: readonly unknown[];
  /** The body rows as read, blank rows included (they are skipped here). */
  readonly rows: readonly (readonly unknown[])[];
  /** The sheet row of the first body row (header row + 1). */
  readonly firstRow: number;
}

export const NO_TABLE: LoggedTable = { headers: [], rows: [], firstRow: 2 };

export const isBlank = (v: unknown) => v === null || v === undefined || v === "";
export const text = (v: unknown): string => (isBlank(v) ? "" : String(v));

/** Each column's index in a header read in either language (-1 when absent). */
export function columnIndex(columns: readonly Col[], headers: readonly unknown[]): number[] {
  const names = headers.map((h) => (typeof h === "string" ? h.trim() : ""));
  return columns.map((c) => names.findIndex((h) => h === c.zh || h.toLowerCase() === c.en.toLowerCase()));
}

/** The non-blank rows of a table with their sheet rows. */
export function rowsOf(table: LoggedTable): { row: readonly unknown[]; sheetRow: number }[] {
  return table.rows.map((row, i) => ({ row, sheetRow: table.firstRow + i })).filter((r) => !r.row.every(isBlank));
}

const CHAIN = RUNLOG_COLUMNS.findIndex((c) => c.en === "ChainDigest");

/**
 * The chain digest of the RunLog's last row, as the next row's `previous`:
 * "" when there is no row or the last has none.
 * @example
 * lastChainDigest(runLog) //=> "sha256:…"
 */
export function lastChainDigest(runLog: LoggedTable): string {
  const rows = rowsOf(runLog);
  const index = columnIndex([RUNLOG_COLUMNS[CHAIN]], runLog.headers)[0];
  const last = rows[rows.length - 1];
  return last === undefined || index < 0 ? "" : text(last.row[index]);
}
