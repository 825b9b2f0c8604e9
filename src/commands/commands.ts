/**
 * The ribbon's Recompute button (manifest: Action ExecuteFunction, FunctionName
 * "recompute"). With the shared runtime this module runs in the task pane's
 * page, so the button and the pane share one JavaScript context.
 *
 * An ExecuteFunction command has no UI of its own: the outcome is what the run
 * writes to the workbook (Results, Warnings, RunLog) and what the pane shows.
 * An open pane learns of the run through recomputeInExcel's `onRunFinished`
 * (one page, one module instance) and shows its results or its failure.
 */
import { recomputeInExcel } from "../workbook/excel/recomputeInExcel";

export type RecomputeOutcome = Awaited<ReturnType<typeof recomputeInExcel>>;

/**
 * Runs one recompute and always releases the button: Office keeps a command
 * busy until `event.completed()` is called, so it is called in `finally`.
 * recomputeInExcel reports host failures as values; anything it throws is a
 * program bug and is left to propagate (not swallowed) once the event is done.
 */
export async function recompute(event: Office.AddinCommands.Event): Promise<RecomputeOutcome> {
  try {
    return await recomputeInExcel();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("recompute", recompute);
});
