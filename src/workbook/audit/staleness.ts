/**
 * Whether the recorded results are out of date, once for every host:
 * `appraise verify` and the pane's audit (auditWorkbook.ts) and the pane's
 * stale check (taskpane/state/paneApi.ts) all ask here. The last run is the
 * RunLog's last non-blank row, its InputFingerprint column found by its
 * header (in either language, in any column), never by position. Apart
 * from the chain (runLogChain.ts) and the digests: no SHA-256 or decimal.js
 * here, so the pane's first paint can ask it.
 */
import { RUNLOG_COLUMNS } from "../columns/runLogColumns";
import { columnIndex, rowsOf, text, type LoggedTable } from "./loggedTable";

const INPUT_FINGERPRINT = RUNLOG_COLUMNS.filter((c) => c.en === "InputFingerprint");

/**
 * The input fingerprint ("sha256:…") of the last run the RunLog records, or
 * null when it records none (no row, no InputFingerprint column, or a last
 * row whose cell is not a fingerprint).
 * @example
 * lastRunFingerprint({ headers: ["Time", "InputFingerprint"], rows: [["2026-…", "sha256:ab…"]], firstRow: 2 }) //=> "sha256:ab…"
 */
export function lastRunFingerprint(runLog: LoggedTable): string | null {
  const [column] = columnIndex(INPUT_FINGERPRINT, runLog.headers);
  const rows = rowsOf(runLog);
  const last = rows[rows.length - 1];
  const value = last === undefined || column < 0 ? "" : text(last.row[column]);
  return value.startsWith("sha256:") ? value : null;
}

/**
 * Whether the inputs are those of the last recorded run (SPEC §7: `verify`
 * passes only then): false when no run is recorded.
 */
export function inputsOfLastRun(inputFingerprint: string, lastRun: string | null): boolean {
  return lastRun !== null && lastRun === inputFingerprint;
}

/**
 * Whether the recorded results are stale: a run is recorded and the inputs
 * changed since. A workbook never graded is not stale (there is nothing out
 * of date), though its inputs are not those of a last run.
 * @example
 * isStale("sha256:new", "sha256:old") //=> true
 * isStale("sha256:new", null) //=> false
 */
export function isStale(inputFingerprint: string, lastRun: string | null): boolean {
  return lastRun !== null && !inputsOfLastRun(inputFingerprint, lastRun);
}
