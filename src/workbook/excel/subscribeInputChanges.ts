/**
 * Change events from Office.js for the task pane (its auto-recompute):
 * `workbook.tables.onChanged` (ExcelApi 1.7), every table of the workbook,
 * with the sheet's and the table's names looked up from the event's ids
 * (cached; one lookup when an id is new), and the event's `source` ("Local"
 * or "Remote": a co-author's edit, ExcelApi 1.7) passed on.
 *
 * Table events miss some edits (row deletes, fills across filtered rows): the
 * pane's stale check by input fingerprint is the backstop.
 */
import type { ChangeNotice } from "./isInputChange";
import { officeRun, removeHandler, runBatch, type ExcelRunner } from "./excelRun";

/**
 * Subscribes to every table change as a notice (filter it with isInputChange).
 * Registration errors go to `onError` (e.g. an Excel without ExcelApi 1.7).
 */
export function subscribeTableChanges(run: ExcelRunner = officeRun, onError: (e: unknown) => void = () => undefined) {
  return (onChange: (notice: ChangeNotice) => void): (() => void) => {
    const names = new Map<string, string>();
    const tableNames = new Map<string, string>();
    let stopped = false;
    let registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | null = null;

    // Sheet and table names by id, both refreshed in one sync when an id is new.
    const refreshNames = () =>
      runBatch(run, async (context) => {
        const sheets = context.workbook.worksheets.load("items/id, items/name");
        const tables = context.workbook.tables.load("items/id, items/name");
        await context.sync();
        names.clear();
        for (const ws of sheets.items) names.set(ws.id, ws.name);
        tableNames.clear();
        for (const t of tables.items) tableNames.set(t.id, t.name);
      });

    const namesOf = async (args: Excel.TableChangedEventArgs): Promise<ChangeNotice> => {
      if (!names.has(args.worksheetId) || !tableNames.has(args.tableId)) await refreshNames();
      return { worksheetName: names.get(args.worksheetId) ?? null, tableName: tableNames.get(args.tableId) ?? null, source: args.source };
    };

    const remove = async () => {
      const r = registration;
      registration = null;
      await removeHandler(run, r);
    };

    runBatch(run, async (context) => {
      const result = context.workbook.tables.onChanged.add(async (args: Excel.TableChangedEventArgs) => {
        if (stopped) return;
        onChange(await namesOf(args).catch((): ChangeNotice => ({ worksheetName: null, source: args.source })));
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
