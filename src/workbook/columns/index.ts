/**
 * The columns of the owned tables (Results, Warnings, RunLog, History),
 * each table declared once as a list of columns (header in both languages,
 * format, width, value: see column.ts). Apart from the rest of the
 * output layout (outputs.ts, which re-exports them and the print sheets of
 * print/) so that the task pane can find the RunLog's fingerprint
 * column without loading the layout, which only a run needs: these modules
 * import nothing but the tier labels, the sheet row and the address
 * formatter.
 */
export type { Col, ColumnFormat, OutputColumn } from "./column";
export { RESULTS_COLUMNS } from "./resultsColumns";
export { WARNINGS_COLUMNS } from "./warningsColumns";
export { RUNLOG_COLUMNS } from "./runLogColumns";
export { HISTORY_COLUMNS } from "./historyColumns";
