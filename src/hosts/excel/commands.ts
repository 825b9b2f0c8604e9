/**
 * The ribbon's Recompute button (manifest: Action ExecuteFunction, FunctionName
 * "recompute"). With the shared runtime this module runs in the task pane's
 * page, so the button and the pane share one JavaScript context.
 *
 * An ExecuteFunction command has no UI of its own: the outcome is what the run
 * writes to the workbook (Results, Warnings, RunLog) and what the pane shows.
 * The pane learns of the run through recomputeInExcel's `onRunFinished` (one
 * page, one module instance) and shows its results or its failure. A run that
 * did not update Results (a host error, OUTPUT_CONFLICT, errors in the inputs)
 * opens the pane, so a failure pressed from the ribbon is never silent.
 */
import { recomputeInExcel } from "../../workbook/excel/recomputeInExcel";
import { paneLabel } from "./paneLabel";

export type RecomputeOutcome = Awaited<ReturnType<typeof recomputeInExcel>>;

/**
 * Runs one recompute and always releases the button: Office keeps a command
 * busy until `event.completed()` is called, so it is called in `finally`.
 * recomputeInExcel reports host failures as values; anything it throws is a
 * program bug and is left to propagate (not swallowed) once the event is done.
 */
export async function recompute(event: Office.AddinCommands.Event): Promise<RecomputeOutcome> {
  try {
    // Inside the workbook's run lock, as the pane's runs: a co-author's run is waited for (the pane, opened on failure, says whose).
    const report = await recomputeInExcel({ lock: { who: paneLabel() } });
    if (!report.ok) await showPane();
    return report;
  } finally {
    event.completed();
  }
}

/** Opens the task pane (SharedRuntime 1.1); where the host cannot, the workbook's Warnings sheet still says why. */
async function showPane(): Promise<void> {
  try {
    await Office.addin?.showAsTaskpane?.();
  } catch {
    // Not shown (an older host): nothing more a ribbon command can do.
  }
}

Office.onReady(() => {
  Office.actions.associate("recompute", recompute);
});
