/**
 * The name of the hidden sheet that holds the workbook's run lock
 * (runLockCells.ts, runLock.ts). A leaf, so that telling Appraise's own
 * edits from the user's (isInputChange.ts, in the pane's first paint) does
 * not bring the lock's code with it: that comes with the run's chunk.
 */
export const RUN_LOCK_SHEET = "AppraiseRunLock";
