/**
 * What change events miss, for the task pane's stale check:
 * - `tables.onChanged` does not fire when rows are deleted
 *   (OfficeDev/office-js#294); `worksheets.onChanged` (ExcelApi 1.9) does,
 *   with changeType "RowDeleted" (or "CellDeleted" for cells shifted up);
 * - while the pane is hidden the user may change anything; it becomes
 *   visible again with `Office.addin.onVisibilityModeChanged`
 *   (SharedRuntime 1.1) and visibilityMode "Taskpane".
 * Either calls the listener, and the pane compares fingerprints again.
 *
 * `whenCellEditEnds` is a batch that does nothing but wait: run with
 * delayForCellEdit, Excel holds it until the user leaves the cell.
 */
import { officeRun, removeHandler, runBatch, type ExcelRunner } from "./excelRun";

/** The slice of `Office.addin` used here (absent outside the shared runtime). */
export interface AddinVisibility {
  onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/** Worksheet change types after which the inputs' rows may be gone. */
const DELETIONS = new Set(["RowDeleted", "CellDeleted"]);

function officeAddin(): AddinVisibility | null {
  if (typeof Office === "undefined") return null;
  return (Office as unknown as { addin?: AddinVisibility }).addin ?? null;
}

/**
 * Subscribes `listener` to row deletions and to the pane becoming visible.
 * Registration failures (an Excel without ExcelApi 1.9, no shared runtime)
 * go to `onError`: the other source still works. Returns what unsubscribes.
 */
export function subscribeStaleRechecks(
  listener: () => void,
  run: ExcelRunner = officeRun,
  addin: AddinVisibility | null = officeAddin(),
  onError: (e: unknown) => void = () => undefined,
): () => void {
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  let removeVisibility: (() => Promise<void>) | null = null;

  runBatch(run, async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
      if (!stopped && DELETIONS.has(args.changeType)) listener();
    });
    await context.sync();
    registration = result;
    if (stopped) await remove();
  }).catch(onError);

  // Only the shared runtime (SharedRuntime 1.1) has the event; elsewhere the pane cannot be hidden and shown again.
  if (typeof addin?.onVisibilityModeChanged === "function") {
    addin
      .onVisibilityModeChanged((message) => {
        if (!stopped && message.visibilityMode === "Taskpane") listener();
      })
      .then((off) => {
        removeVisibility = off;
        if (stopped) void off().catch(onError);
      }, onError);
  }

  async function remove(): Promise<void> {
    const r = registration;
    registration = null;
    await removeHandler(run, r);
  }

  return () => {
    stopped = true;
    remove().catch(onError);
    removeVisibility?.().catch(onError);
  };
}

/**
 * Resolves once no cell is being edited: a delayed batch that only loads the
 * workbook's name. Rejects where Excel fails delayed batches anyway.
 * @example
 * await whenCellEditEnds(); // the user pressed Enter
 */
export async function whenCellEditEnds(run: ExcelRunner = officeRun): Promise<void> {
  await runBatch(run, async (context) => {
    context.workbook.load("name");
    await context.sync();
  });
}
