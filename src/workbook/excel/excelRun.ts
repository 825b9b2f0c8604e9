/**
 * How the adapter reaches Excel: through a function shaped like `Excel.run`,
 * so tests hand it the fake host's `run` instead.
 */

/**
 * `Excel.run`: a batch with a fresh request context, or with an existing one
 * (to remove an event handler in the context that added it).
 */
export interface ExcelRunner {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Office.js's own `Excel.run`, looked up when called (so importing this module needs no Office). */
export const officeRun: ExcelRunner = <T>(
  first: ((context: Excel.RequestContext) => Promise<T>) | OfficeExtension.ClientRequestContext,
  batch?: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> => (typeof first === "function" ? Excel.run(first) : Excel.run(first, batch as (context: Excel.RequestContext) => Promise<T>));

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
