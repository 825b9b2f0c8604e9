/**
 * One run at a time per workbook, across co-authors: a lock recorded in the
 * workbook (runLockCells.ts), checked and taken before a run and released
 * after. Excel has no compare-and-set across co-authors, so taking it is:
 * read; if free (or expired), write this pane's token; wait `confirmMs` for
 * co-authors' writes to arrive; read again, and hold it only if the token is
 * still this pane's (the last writer wins; the other pane sees the lock held).
 * A pane that finds it held waits, polling, and says who runs and since when;
 * after `maxWaitMs` it gives up without writing. A lock whose holder vanished
 * expires after `timeoutMs`. The clock and the waits are injected, so tests
 * never wait for time.
 */
import { runBatch, type ExcelRunner } from "./excelRun";
import {
  lockCells,
  lockHolds,
  lockStateOf,
  RUN_LOCK_ADDRESS,
  RUN_LOCK_SHEET,
  RUN_LOCK_TIMEOUT_MS,
  type RunLockHolder,
  type RunLockState,
} from "./runLockCells";

export interface RunLockOptions {
  /** Who runs, written to the lock for the other panes to show. */
  readonly who: string;
  /** This pane's token (a random one unless given). */
  readonly token?: string;
  readonly now?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly timeoutMs?: number;
  /** The wait between writing the token and reading it back; 1 s unless given. */
  readonly confirmMs?: number;
  /** Between two looks at a held lock; 2 s unless given. */
  readonly pollMs?: number;
  /** How long to wait for a held lock before giving up; 2 minutes unless given. */
  readonly maxWaitMs?: number;
  /** Told each time the lock is found held by another pane. */
  readonly onWait?: (holder: RunLockHolder) => void;
}

/** The lock taken (release it after the run), none to take (a foreign sheet of that name: the run goes on unlocked), or held by another. */
export type LockAttempt = { readonly ok: true; readonly release: () => Promise<void> } | { readonly ok: false; readonly holder: RunLockHolder };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A random token for this pane. */
export function newLockToken(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

/** Reads the lock's cells. */
export function readRunLock(run: ExcelRunner): Promise<RunLockState> {
  return runBatch(run, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(RUN_LOCK_SHEET);
    await context.sync();
    if (ws.isNullObject) return lockStateOf(null);
    const range = ws.getRange(RUN_LOCK_ADDRESS).load("values");
    await context.sync();
    return lockStateOf(range.values);
  });
}

/** Writes the lock's cells as text (the sheet is added hidden when absent: Worksheet.visibility, ExcelApi 1.1). */
export function writeRunLock(run: ExcelRunner, holder: RunLockHolder | null, sheetExists: boolean): Promise<void> {
  return runBatch(run, async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheetExists ? sheets.getItem(RUN_LOCK_SHEET) : sheets.add(RUN_LOCK_SHEET);
    if (!sheetExists) ws.visibility = "Hidden";
    const range = ws.getRange(RUN_LOCK_ADDRESS);
    range.numberFormat = lockCells(null).map((row) => row.map(() => "@"));
    range.values = lockCells(holder);
    await context.sync();
  });
}

interface Settled {
  readonly run: ExcelRunner;
  readonly token: string;
  readonly who: string;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly timeoutMs: number;
  readonly confirmMs: number;
}

/** Writes this pane's token, waits, reads back: true when the lock is this pane's. */
async function tryTake(o: Settled, state: RunLockState): Promise<boolean> {
  const since = o.now();
  const holder = { token: o.token, who: o.who, since, expires: new Date(since.getTime() + o.timeoutMs) };
  try {
    await writeRunLock(o.run, holder, state.kind !== "absent");
  } catch (e) {
    // Another pane added the lock's sheet since this one looked: look again.
    if ((e as { code?: unknown } | null)?.code === "ItemAlreadyExists") return false;
    throw e;
  }
  await o.sleep(o.confirmMs);
  const after = await readRunLock(o.run);
  return after.kind === "held" && after.holder.token === o.token;
}

/** Frees the lock if it is still this pane's (an expired lock another pane took is left to it). */
async function release(o: Settled): Promise<void> {
  const state = await readRunLock(o.run);
  if (state.kind === "held" && state.holder.token === o.token) await writeRunLock(o.run, null, true);
}

/**
 * Takes the run lock, waiting while another pane holds it.
 * @example
 * const lock = await takeRunLock(Excel.run, { who: "Excel 网页版 · 3f9a" });
 * if (lock.ok) try { await run(); } finally { await lock.release(); }
 */
export async function takeRunLock(run: ExcelRunner, options: RunLockOptions): Promise<LockAttempt> {
  const o: Settled = {
    run,
    token: options.token ?? newLockToken(),
    who: options.who,
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? realSleep,
    timeoutMs: options.timeoutMs ?? RUN_LOCK_TIMEOUT_MS,
    confirmMs: options.confirmMs ?? 1000,
  };
  const deadline = o.now().getTime() + (options.maxWaitMs ?? 120_000);
  for (;;) {
    const state = await readRunLock(run);
    if (state.kind === "foreign") return { ok: true, release: async () => undefined };
    if (lockHolds(state, o.now()) && state.holder.token !== o.token) {
      if (o.now().getTime() >= deadline) return { ok: false, holder: state.holder };
      options.onWait?.(state.holder);
      await o.sleep(options.pollMs ?? 2000);
      continue;
    }
    if (await tryTake(o, state)) return { ok: true, release: () => release(o) };
  }
}
