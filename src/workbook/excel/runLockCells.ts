/**
 * The run lock's record in the workbook, as cells: one run at a time per
 * workbook, across co-authors. Kept in cells of a hidden sheet Appraise
 * owns, because cell contents are what co-authoring synchronises ("When you
 * change a workbook's content, Excel automatically synchronizes those
 * changes across all coauthors", Microsoft, "Coauthoring in Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
 *
 * Layout: A1 the marker (the sheet is Appraise's), A2:D2 the holder: the
 * holding pane's token, who (a label), when the run started, when the lock
 * expires (ISO 8601, UTC). A blank A2 is a free lock. Pure: reading and
 * writing Excel is runLock.ts.
 */

/** The hidden sheet that holds the lock (never an input or output sheet). */
export { RUN_LOCK_SHEET } from "./runLockSheet";

/** A1 of the lock's sheet: says what it is, so a user who unhides it leaves it alone. */
export const RUN_LOCK_MARKER = "Appraise 运行锁（请勿编辑）/ Appraise run lock (do not edit)";

/** The cells read and written: the marker row and the holder row. */
export const RUN_LOCK_ADDRESS = "A1:D2";

/** How long a lock holds when its holder never releases it (a pane closed mid-run, a lost connection): 10 minutes. */
export const RUN_LOCK_TIMEOUT_MS = 10 * 60 * 1000;

/** Who holds the lock and since when. */
export interface RunLockHolder {
  readonly token: string;
  /** Who runs, as far as Office tells (see officePane.ts' paneLabel). */
  readonly who: string;
  readonly since: Date;
  readonly expires: Date;
}

/** What the lock's cells say. */
export type RunLockState =
  | { readonly kind: "absent" }
  /** A sheet of that name Appraise did not write (A1 is not the marker): never written. */
  | { readonly kind: "foreign" }
  | { readonly kind: "free" }
  | { readonly kind: "held"; readonly holder: RunLockHolder };

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/**
 * The lock's state from its cells (`null`: no sheet). A holder row that does
 * not parse (hand-edited) counts as free: nothing can say when it ends.
 * @example
 * lockStateOf([[RUN_LOCK_MARKER, "", "", ""], ["", "", "", ""]]).kind //=> "free"
 */
export function lockStateOf(values: readonly (readonly unknown[])[] | null): RunLockState {
  if (values === null) return { kind: "absent" };
  if (text(values[0]?.[0]) !== RUN_LOCK_MARKER) return { kind: "foreign" };
  const [token, who, since, expires] = (values[1] ?? []).map(text);
  const [start, end] = [new Date(since), new Date(expires)];
  if (token === "" || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return { kind: "free" };
  return { kind: "held", holder: { token, who, since: start, expires: end } };
}

/** Whether a held lock still holds at `now`. */
export function lockHolds(state: RunLockState, now: Date): state is Extract<RunLockState, { kind: "held" }> {
  return state.kind === "held" && now.getTime() < state.holder.expires.getTime();
}

/** The cells that record `holder` (or a free lock). */
export function lockCells(holder: RunLockHolder | null): string[][] {
  const row = holder === null ? ["", "", "", ""] : [holder.token, holder.who, holder.since.toISOString(), holder.expires.toISOString()];
  return [[RUN_LOCK_MARKER, "", "", ""], row];
}
