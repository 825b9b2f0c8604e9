/**
 * How the adapter reaches Excel: through a function shaped like `Excel.run`,
 * so tests hand it the fake host's `run` instead.
 *
 * Every batch the adapter starts goes through {@link runBatch}, which asks
 * Excel to wait while the user is typing in a cell (`delayForCellEdit`,
 * Excel.RunOptions): without it a batch fails at once with
 * InvalidOperationInCellEditMode whenever someone is mid-edit. Some hosts
 * still fail such batches (OfficeDev/office-js#3019, #1393); the callers that
 * run without a click retry them quietly (see cellEditRetry.ts).
 */

/** The options of every batch Appraise runs. */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * `Excel.run`: a batch with a fresh request context, with options, or with an
 * existing context (to remove an event handler in the context that added it).
 */
export interface ExcelRunner {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Office.js's own `Excel.run`, looked up when called (so importing this module needs no Office). */
export const officeRun: ExcelRunner = <T>(first: Batch<T> | Excel.RunOptions | OfficeExtension.ClientRequestContext, batch?: Batch<T>): Promise<T> => {
  if (typeof first === "function") return Excel.run(first);
  // A request context has `sync`; run options are plain data.
  if (typeof (first as { sync?: unknown }).sync === "function") return Excel.run(first as OfficeExtension.ClientRequestContext, batch as Batch<T>);
  return Excel.run(first as Excel.RunOptions, batch as Batch<T>);
};

/**
 * Runs `batch` with {@link RUN_OPTIONS}: the way every adapter batch starts.
 * @example
 * await runBatch(Excel.run, async (context) => { … }); // waits while a cell is being edited
 */
export function runBatch<T>(run: ExcelRunner, batch: Batch<T>): Promise<T> {
  return run(RUN_OPTIONS, batch);
}

/**
 * True when the running Excel supports the ExcelApi requirement set `version`
 * (false outside Office, e.g. in tests).
 * @example
 * supportsExcelApi("1.9") //=> true in Excel on the web
 */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false;
}

/**
 * Removes an event handler in the request context that added it (its
 * `EventHandlerResult.context`): Office.js removes a handler only through the
 * context it was added in, so both subscriptions that register handlers
 * remove them here; nothing to do for a handler never added.
 */
export async function removeHandler<T>(run: ExcelRunner, registration: OfficeExtension.EventHandlerResult<T> | null): Promise<void> {
  if (registration === null) return;
  await run(registration.context, async (context) => {
    registration.remove();
    await context.sync();
  });
}
