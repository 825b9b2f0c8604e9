/**
 * The Office.js adapter: the only code that touches `Excel`.
 */
export {
  createAutoRecompute,
  isInputChange,
  isOwnChange,
  mayConcernInputs,
  OUTPUT_SHEET_NAMES,
  type AutoRecompute,
  type AutoRecomputeOptions,
  type ChangeNotice,
  type Timers,
} from "./autoRecompute";
export { createExcelPort, type ExcelPortOptions } from "./createExcelPort";
export { createInputTables, type CreateInputTablesReport } from "./createInputTables";
export { describeHostError, type HostErrorDescription } from "./describeHostError";
export { officeRun, supportsExcelApi, type ExcelRunner } from "./excelRun";
export { langOf, officeLang, onRunFinished, recomputeInExcel, type RecomputeOptions, type RecomputeReport } from "./recomputeInExcel";
export { selectCell } from "./selectCell";
export { subscribeTableChanges } from "./subscribeInputChanges";
export { lastRunFingerprint } from "./lastRunFingerprint";
