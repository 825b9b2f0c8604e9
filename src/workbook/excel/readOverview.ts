/**
 * The part of every read that is about the workbook as a whole: the names and
 * sheets of all tables, and the state of Appraise's output sheets (does each
 * exist, its ownership name, the RunLog table). Queued in the same sync as
 * the table contents; settled after it.
 */
import { sameName } from "../ownership";
import { OUTPUT_KINDS, OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type PrintKind } from "../port";
import { lastHistoryBlock, type HistoryBlock } from "../history/historyBlock";
import { lastChainDigest } from "../audit/loggedTable";
import { lastRunFingerprint } from "../audit/staleness";
import { layoutOf, type AppendState, type OutputFacts, type PrintFacts, type TableLocation, type WorkbookLayout } from "../layout";

interface OutputProxies {
  readonly sheet: Excel.Worksheet;
  readonly owner: Excel.NamedItem;
  readonly tableAsName: Excel.NamedItem;
  readonly table: Excel.Table;
  readonly body: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
}

/** An appended-to table (RunLog, History): where it is and how wide. */
interface AppendProxies {
  readonly used: Excel.Range;
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  /** The whole table (header and body): where rows go below it. */
  readonly whole: Excel.Range;
}

export interface OverviewProxies {
  readonly tables: Excel.TableCollection;
  readonly outputs: Readonly<Record<OutputKind, OutputProxies>>;
  readonly runLog: AppendProxies;
  readonly history: AppendProxies;
  readonly print: Readonly<
    Record<PrintKind, { readonly sheet: Excel.Worksheet; readonly owner: Excel.NamedItem; readonly protection: Excel.WorksheetProtection }>
  >;
}

export interface Overview {
  /** Every table of the workbook, in the workbook's order. */
  readonly tables: readonly TableLocation[];
  readonly layout: WorkbookLayout;
  /** The last block of the owned History table, or null. */
  readonly history: HistoryBlock | null;
  /** The chain digest of the owned RunLog's last row, "" when none. */
  readonly lastChainDigest: string;
  /** The input fingerprint of the last run the owned RunLog records (audit/staleness.ts), or null. */
  readonly lastRunFingerprint: string | null;
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
    // Whether Appraise must lift the sheet's protection around its write (see writePlan's protection steps).
    const protection = wb.worksheets.getItemOrNullObject(OUTPUT_SHEETS[kind].sheet).protection.load("protected");
    const tableAsName = wb.names.getItemOrNullObject(OUTPUT_SHEETS[kind].table);
    tableAsName.load("formula");
    outputs[kind] = { sheet, owner, tableAsName, table, body, protection };
  }
  const print = {} as Record<PrintKind, { sheet: Excel.Worksheet; owner: Excel.NamedItem; protection: Excel.WorksheetProtection }>;
  for (const kind of PRINT_KINDS) {
    const owner = wb.names.getItemOrNullObject(PRINT_SHEETS[kind].ownerName);
    owner.load("formula");
    const protection = wb.worksheets.getItemOrNullObject(PRINT_SHEETS[kind].sheet).protection.load("protected");
    print[kind] = { sheet: wb.worksheets.getItemOrNullObject(PRINT_SHEETS[kind].sheet), owner, protection };
  }
  // History's last block is read here, in the read's first sync: its whole body (a block of 45 units is about 10 kB).
  outputs.history.body.load("values");
  // And the RunLog's, for the chain digest of its last row (a row a run: a few kB after years).
  outputs.runlog.body.load("values");
  return { tables, outputs, runLog: queueAppend(context, "runlog"), history: queueAppend(context, "history"), print };
}

function queueAppend(context: Excel.RequestContext, kind: "runlog" | "history"): AppendProxies {
  const used = context.workbook.worksheets.getItemOrNullObject(OUTPUT_SHEETS[kind].sheet).getUsedRangeOrNullObject();
  used.load("rowIndex, rowCount");
  const table = context.workbook.tables.getItemOrNullObject(OUTPUT_SHEETS[kind].table);
  table.load("worksheet/name");
  const header = table.getHeaderRowRange();
  header.load("columnCount, values");
  const whole = table.getRange();
  whole.load("rowIndex, rowCount, columnIndex");
  return { used, table, header, whole };
}

/** Where an appended-to table is, and whether the sheet holds anything under it. */
function belowOf(p: AppendProxies): NonNullable<AppendState["below"]> {
  const row = p.whole.rowIndex + p.whole.rowCount;
  return { top: p.whole.rowIndex, row, col: p.whole.columnIndex, clear: p.used.isNullObject || p.used.rowIndex + p.used.rowCount <= row };
}

function settleAppend(p: AppendProxies, kind: "runlog" | "history"): AppendState {
  const onSheet = !p.table.isNullObject && sameName(p.table.worksheet.name, OUTPUT_SHEETS[kind].sheet);
  return {
    tableColumns: onSheet ? p.header.columnCount : null,
    below: onSheet ? belowOf(p) : null,
    lastUsedRow: p.used.isNullObject ? 0 : p.used.rowIndex + p.used.rowCount,
  };
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
      tableNameFormula: o.tableAsName.isNullObject ? null : o.tableAsName.formula,
      tableRows: o.table.isNullObject ? null : o.body.rowCount,
      protected: !o.sheet.isNullObject && o.protection.protected,
    };
  }
  const print = {} as Record<PrintKind, PrintFacts>;
  for (const kind of PRINT_KINDS) {
    const o = p.print[kind];
    print[kind] = {
      sheetExists: !o.sheet.isNullObject,
      ownerFormula: o.owner.isNullObject ? null : o.owner.formula,
      protected: !o.sheet.isNullObject && o.protection.protected,
    };
  }
  const layout = layoutOf(facts, tables, settleAppend(p.runLog, "runlog"), settleAppend(p.history, "history"), print);
  const ownHistory = layout.outputs.history.ownership === "owned" && layout.history.tableColumns !== null;
  const history = ownHistory ? lastHistoryBlock(p.history.header.values[0] ?? [], p.outputs.history.body.values) : null;
  const ownRunLog = layout.outputs.runlog.ownership === "owned" && layout.runLog.tableColumns !== null;
  const runLog = () => ({ headers: p.runLog.header.values[0] ?? [], rows: p.outputs.runlog.body.values, firstRow: 2 });
  return {
    tables,
    layout,
    history,
    lastChainDigest: ownRunLog ? lastChainDigest(runLog()) : "",
    lastRunFingerprint: ownRunLog ? lastRunFingerprint(runLog()) : null,
  };
}
