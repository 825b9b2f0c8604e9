/**
 * A fake Excel host with Office.js's proxy semantics (load/sync, ItemNotFound,
 * null objects, queued writes, payload limits, typed-in formulas, onChanged
 * events), for testing the Office.js adapter without Excel. No DOM or Node
 * dependency: it also runs in the browser end-to-end bundle.
 *
 * @example
 * const host = buildWorkbook([{ name: "Units", sheet: "考评对象", header: ["Unit"], rows: [["区发改局"]] }]);
 * await host.run(async (ctx) => { const t = ctx.workbook.tables.getItem("Units"); t.load("name"); await ctx.sync(); });
 * host.syncCount //=> 1
 */
export { columnLetters, formatRect, parseRect, quoteSheet, splitAddress, type Rect } from "./a1";
export { NOT_CALCULATED, type CellInput, type ErrorValue, type Hyperlink } from "./cells";
export { FakeExcelError, type FakeErrorCode } from "./errors";
export type { TableChangedArgs, WorksheetChangedArgs } from "./events";
export { FakeExcelHost, PAYLOAD_LIMIT_BYTES, createFakeExcel, type FakeExcelOptions, type RunOptions, type SyncRecord } from "./host";
export { FakeRequestContext, jsonBytes } from "./proxy";
export * from "./build";
export { CoauthoringSession, createCoauthoredExcel, type CoauthoringOptions, type MergeConflict } from "./coauthoring";
