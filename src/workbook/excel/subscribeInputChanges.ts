/**
 * Change events from Office.js for the auto-recompute and the task pane:
 * `workbook.tables.onChanged` (ExcelApi 1.7), every table of the workbook,
 * with the sheet's name looked up from the event's worksheet id (cached; one
 * lookup per sheet not seen before).
 *
 * Table events miss some edits (row deletes, fills across filtered rows): the
 * pane's stale check by input fingerprint is the backstop.
 */
import { isOwnChange, OUTPUT_SHEET_NAMES, type ChangeNotice } from "./autoRecompute";
import { officeRun, type ExcelRunner } from "./excelRun";

/**
 * A `subscribe` for createAutoRecompute: every table change as a notice.
 * Registration errors go to `onError` (e.g. an Excel without ExcelApi 1.7).
 */
export function subscribeTableChanges(run: ExcelRunner = officeRun, onError: (e: unknown) => void = () => undefined) {
  return (onChange: (notice: ChangeNotice) => void): (() => void) => {
    const names = new Map<string, string>();
    let stopped = false;
    let registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | null = null;

    const refreshNames = () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/id, items/name");
        await context.sync();
        names.clear();
        for (const ws of sheets.items) names.set(ws.id, ws.name);
      });

    const sheetName = async (id: string): Promise<string | null> => {
      if (!names.has(id)) await refreshNames();
      return names.get(id) ?? null;
    };

    // A handler is removed in the context that added it, as Office.js requires.
    const remove = async () => {
      const r = registration;
      registration = null;
      if (r === null) return;
      await run(r.context, async (context) => {
        r.remove();
        await context.sync();
      });
    };

    run(async (context) => {
      const result = context.workbook.tables.onChanged.add(async (args: Excel.TableChangedEventArgs) => {
        if (stopped) return;
        const worksheetName = await sheetName(args.worksheetId).catch(() => null);
        onChange({ worksheetName });
      });
      await context.sync();
      registration = result;
      if (stopped) await remove();
    }).catch(onError);

    return () => {
      stopped = true;
      remove().catch(onError);
    };
  };
}

/**
 * PaneHost's `onInputsChanged`: calls `listener` for changes that are not
 * Appraise's own (see isOwnChange); the pane debounces.
 */
export function onInputsChanged(run: ExcelRunner = officeRun, onError?: (e: unknown) => void) {
  const subscribe = subscribeTableChanges(run, onError);
  return (listener: () => void): (() => void) =>
    subscribe((notice) => {
      if (!isOwnChange(notice, OUTPUT_SHEET_NAMES)) listener();
    });
}
