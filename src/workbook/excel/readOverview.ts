/**
 * The part of every read that is about the workbook as a whole: the names and
 * sheets of all tables, and the state of Appraise's output sheets (does each
 * exist, its ownership name, the RunLog table). Queued in the same sync as
 * the table contents; settled after it.
 */
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type PrintKind } from "../port";
import { layoutOf, OUTPUT_KINDS, type OutputFacts, type PrintFacts, type TableLocation, type WorkbookLayout } from "./layout";

interface OutputProxies {
  readonly sheet: Excel.Worksheet;
  readonly owner: Excel.NamedItem;
  readonly tableAsName: Excel.NamedItem;
  readonly table: Excel.Table;
  readonly body: Excel.Range;
}

export interface OverviewProxies {
  readonly tables: Excel.TableCollection;
  readonly outputs: Readonly<Record<OutputKind, OutputProxies>>;
  readonly runLogUsed: Excel.Range;
  readonly runLogTable: Excel.Table;
  readonly runLogHeader: Excel.Range;
  readonly print: Readonly<Record<PrintKind, { readonly sheet: Excel.Worksheet; readonly owner: Excel.NamedItem }>>;
}

export interface Overview {
  /** Every table of the workbook, in the workbook's order. */
  readonly tables: readonly TableLocation[];
  readonly layout: WorkbookLayout;
}

/** Queues the loads of the overview (no sync). */
export function queueOverview(context: Excel.RequestContext): OverviewProxies {
  const wb = context.workbook;
  const tables = wb.tables.load("items/name, items/worksheet/name");
  const outputs = {} as Record<OutputKind, OutputProxies>;
  for (const kind of OUTPUT_KINDS) {
    const sheet = wb.worksheets.getItemOrNullObject(OUTPUT_SHEETS[kind].sheet);
    const owner = wb.names.getItemOrNullObject(OWNERSHIP_NAMES[kind]);
    owner.load("formula");
    const table = wb.tables.getItemOrNullObject(OUTPUT_SHEETS[kind].table);
    const body = table.getDataBodyRange();
    body.load("rowCount");
    outputs[kind] = { sheet, owner, tableAsName: wb.names.getItemOrNullObject(OUTPUT_SHEETS[kind].table), table, body };
  }
  const runLogUsed = outputs.runlog.sheet.getUsedRangeOrNullObject();
  runLogUsed.load("rowIndex, rowCount");
  const runLogTable = wb.tables.getItemOrNullObject(OUTPUT_SHEETS.runlog.table);
  runLogTable.load("worksheet/name");
  const runLogHeader = runLogTable.getHeaderRowRange();
  runLogHeader.load("columnCount");
  const print = {} as Record<PrintKind, { sheet: Excel.Worksheet; owner: Excel.NamedItem }>;
  for (const kind of PRINT_KINDS) {
    const owner = wb.names.getItemOrNullObject(PRINT_SHEETS[kind].ownerName);
    owner.load("formula");
    print[kind] = { sheet: wb.worksheets.getItemOrNullObject(PRINT_SHEETS[kind].sheet), owner };
  }
  return { tables, outputs, runLogUsed, runLogTable, runLogHeader, print };
}

/** Reads the overview's loaded values (after the sync). */
export function settleOverview(p: OverviewProxies): Overview {
  const tables = p.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const facts = {} as Record<OutputKind, OutputFacts>;
  for (const kind of OUTPUT_KINDS) {
    const o = p.outputs[kind];
    facts[kind] = {
      sheetExists: !o.sheet.isNullObject,
      ownerFormula: o.owner.isNullObject ? null : o.owner.formula,
      tableNameIsDefinedName: !o.tableAsName.isNullObject,
      tableRows: o.table.isNullObject ? null : o.body.rowCount,
    };
  }
  const onRunLogSheet = !p.runLogTable.isNullObject && p.runLogTable.worksheet.name.toLowerCase() === OUTPUT_SHEETS.runlog.sheet.toLowerCase();
  const runLog = {
    tableColumns: onRunLogSheet ? p.runLogHeader.columnCount : null,
    lastUsedRow: p.runLogUsed.isNullObject ? 0 : p.runLogUsed.rowIndex + p.runLogUsed.rowCount,
  };
  const print = {} as Record<PrintKind, PrintFacts>;
  for (const kind of PRINT_KINDS) {
    const o = p.print[kind];
    print[kind] = { sheetExists: !o.sheet.isNullObject, ownerFormula: o.owner.isNullObject ? null : o.owner.formula };
  }
  return { tables, layout: layoutOf(facts, tables, runLog, print) };
}
