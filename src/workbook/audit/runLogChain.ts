/**
 * The record's chain (SPEC §6): each RunLog row's chain digest covers the
 * previous row's digest, its own other cells and the History block its run
 * appended, so recomputing the chain over the rows as they stand finds an
 * earlier RunLog or History row that was changed or deleted: the first row
 * whose digest does not match is where the record was changed. Pure: the
 * adapters hand it the cells they read.
 *
 * A run's History block is found by its RunTime and InputFingerprint, which
 * equal its RunLog row's Time and InputFingerprint: walking the RunLog in
 * order, each row takes the consecutive History rows, from where the last
 * block ended, that carry its time and fingerprint, at most its unit count
 * (a block is one row per unit; so two runs in the same millisecond with the
 * same inputs still pair up with their blocks). History rows no run takes are reported too: the RunLog row of
 * their run was deleted, or their time or fingerprint changed.
 *
 * A row with no chain digest (written before the chain existed, or by an
 * older Appraise) is not checked; the next row's chain starts again from "".
 */
import { HISTORY_COLUMNS } from "../columns/historyColumns";
import { RUNLOG_COLUMNS } from "../columns/runLogColumns";
import { chainDigest } from "./digests";
import { columnIndex, isBlank, rowsOf, text, type LoggedTable } from "./loggedTable";

/** One RunLog row as the audit reads it. */
export interface RecordedRun {
  /** The sheet row it is on. */
  readonly sheetRow: number;
  readonly time: string;
  readonly inputFingerprint: string;
  /** Null on a row written before the output fingerprint existed, or by a run that wrote no Results. */
  readonly outputFingerprint: string | null;
  /** The run wrote Results: its unit count is filled in (a run whose Results were withheld leaves it blank). */
  readonly wroteResults: boolean;
  /** Null on a row without a chain digest. */
  readonly chainDigest: string | null;
  /** The cells its chain digest covers (all but the digest), in RunLog column order. */
  readonly covered: readonly unknown[];
  /** The History rows its run appended (every column), and the sheet row of the first. */
  readonly block: readonly (readonly unknown[])[];
  readonly blockFirstRow: number | null;
}

/** Where the chain breaks first. */
export type ChainBreak = { readonly kind: "runlog"; readonly sheetRow: number } | { readonly kind: "history"; readonly sheetRow: number };

export interface ChainCheck {
  readonly runs: readonly RecordedRun[];
  /** Rows with a chain digest, all recomputed. */
  readonly chainedRows: number;
  /** Rows without one: not covered by the chain. */
  readonly unchainedRows: number;
  /** The first break, or null when every chained row matches and every History row belongs to a run. */
  readonly brokenAt: ChainBreak | null;
  /** Indices in `runs` of the rows whose digest does not match, each checked against the digest written on the row before it. */
  readonly brokenRuns: readonly number[];
  /** The sheet row of the first History row no run takes (only where the log is chained), or null. */
  readonly strayRow: number | null;
}

/**
 * Whether the record holds from run `i` on: no row from it on breaks and no
 * History row is left over, so what those rows say (and the History blocks
 * they cover) is what Appraise wrote. A row before `i` changed does not
 * matter: each row is checked against the digest written on the row before.
 */
export function holdsFrom(chain: ChainCheck, i: number): boolean {
  return chain.strayRow === null && chain.brokenRuns.every((b) => b < i);
}

const at = (name: string) => RUNLOG_COLUMNS.findIndex((c) => c.en === name);
/** The RunLog columns a chain digest covers: all but the digest. */
const COVERED = RUNLOG_COLUMNS.filter((c) => c.en !== "ChainDigest");
export const RUNLOG_COVERED_WIDTH = COVERED.length;

/** A row's cells in declared column order (blank where the column is missing). */
const inOrder = (row: readonly unknown[], index: readonly number[]) => index.map((i) => (i < 0 ? null : (row[i] ?? null)));

/** The RunLog's rows, each with its History block (see the file's comment), and the History rows no run took. */
function pairRuns(runLog: LoggedTable, history: LoggedTable): { runs: RecordedRun[]; stray: number | null } {
  const runIndex = columnIndex(RUNLOG_COLUMNS, runLog.headers);
  const historyIndex = columnIndex(HISTORY_COLUMNS, history.headers);
  const blocks = historyIndex.every((i) => i >= 0) ? rowsOf(history).map((r) => ({ ...r, cells: inOrder(r.row, historyIndex) })) : [];
  let next = 0;
  const runs = rowsOf(runLog).map(({ row, sheetRow }) => {
    const cells = inOrder(row, runIndex);
    const time = text(cells[at("Time")]);
    const inputFingerprint = text(cells[at("InputFingerprint")]);
    const first = next;
    // A block is one row per unit: no more rows than the run's unit count, so two runs alike in time and inputs pair up.
    const units = Number(text(cells[at("Units")]) || 0);
    const ours = (b: (typeof blocks)[number]) => text(b.cells[0]) === time && text(b.cells[1]) === inputFingerprint;
    while (next < blocks.length && next - first < units && ours(blocks[next])) next++;
    const out = text(cells[at("OutputFingerprint")]);
    const chain = text(cells[at("ChainDigest")]);
    return {
      sheetRow,
      time,
      inputFingerprint,
      outputFingerprint: out === "" ? null : out,
      wroteResults: out !== "" || !isBlank(cells[at("Units")]),
      chainDigest: chain === "" ? null : chain,
      covered: COVERED.map((c) => cells[RUNLOG_COLUMNS.indexOf(c)]),
      block: blocks.slice(first, next).map((b) => b.cells),
      blockFirstRow: next > first ? blocks[first].sheetRow : null,
    };
  });
  return { runs, stray: next < blocks.length ? blocks[next].sheetRow : null };
}

/**
 * Recomputes the chain over the RunLog and History as they stand.
 * @example
 * checkChain(runLog, history).brokenAt //=> { kind: "runlog", sheetRow: 4 } (the row after a deleted one)
 */
export function checkChain(runLog: LoggedTable, history: LoggedTable): ChainCheck {
  const { runs, stray } = pairRuns(runLog, history);
  const brokenRuns: number[] = [];
  let previous = "";
  runs.forEach((run, i) => {
    const link = { previous, row: run.covered, block: run.block, rowWidth: COVERED.length, blockWidth: HISTORY_COLUMNS.length };
    if (run.chainDigest !== null && chainDigest(link) !== run.chainDigest) brokenRuns.push(i);
    previous = run.chainDigest ?? "";
  });
  const chainedRows = runs.filter((r) => r.chainDigest !== null).length;
  // History rows no run took: only a chained log says what every run appended.
  const strayRow = chainedRows > 0 ? stray : null;
  const first = brokenRuns[0];
  const brokenAt: ChainBreak | null =
    first !== undefined ? { kind: "runlog", sheetRow: runs[first].sheetRow } : strayRow !== null ? { kind: "history", sheetRow: strayRow } : null;
  return { runs, chainedRows, unchainedRows: runs.length - chainedRows, brokenAt, brokenRuns, strayRow };
}
