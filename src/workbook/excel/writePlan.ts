/**
 * The adapter's write: replaces the Results and Warnings sheets' contents and
 * appends the RunLog row and the History block, in one batch (one sync) for
 * a normal plan, lifting the sheets' protection first and restoring it last.
 *
 * Text from the workbook is written as text, so "=SUM(A1)", "-x", "001" or
 * "2016-11-25" stay exactly as written. Where ExcelApi 1.16 is supported the
 * data cells go through `Range.valuesAsJson` as typed values (a String is
 * text, documented); elsewhere, and for headers and the RunLog row, each
 * cell that receives a string is first given the Text number format ("@"),
 * as typing into a Text cell does ("Format numbers as text": a cell
 * formatted as Text shows what was typed, formulas included). Either way a
 * string cell keeps the Text format, so later typing there stays text too.
 * No apostrophe is prepended: in a Text cell it would be kept as content,
 * and it is dropped on read (OfficeDev/office-js#6687), so it cannot
 * round-trip.
 *
 * A plan too big for one request (over the 4 MB budget, measured) is written
 * in several syncs: the first one clears and re-creates the sheets with the
 * first rows, so the previous Results stay intact if it fails; the RunLog row
 * goes in the last one, so a run whose write was cut short leaves no RunLog
 * row. Screen updating is suspended for each sync where the host supports it
 * (ExcelApi 1.9); calculation for every sync but the last (see writePlan).
 */
import { columnLetters } from "../../engine/address";
import { OWNERSHIP_NAMES, type OutCell, type OutputKind, type OutputPlan, type OutputSheetPlan, type PrintKind } from "../port";
import { runBatch, type ExcelRunner } from "./excelRun";
import type { AppendState, OutputState, WorkbookLayout } from "./layout";
import { COMMAND_BYTES, jsonBytes, packBySize, SYNC_BUDGET_BYTES } from "./payload";
import { printSteps } from "./printSteps";

export interface WriteOptions {
  /** Bytes one sync may carry. */
  readonly budgetBytes?: number;
  /** Also suspend screen updating for each sync (ExcelApi 1.9). */
  readonly suspendScreenUpdating?: boolean;
  /** Resize owned tables with Table.resize (ExcelApi 1.13), else by deleting and adding rows. */
  readonly canResize?: boolean;
  /** Write data cells as typed values through `Range.valuesAsJson` (ExcelApi 1.16), else through `Range.values`. */
  readonly valuesAsJson?: boolean;
  /** Page setup and page breaks of the print sheets (ExcelApi 1.9). */
  readonly pageSetup?: boolean;
}

export interface WriteEnv {
  readonly context: Excel.RequestContext;
  readonly sheets: Map<OutputKind, Excel.Worksheet>;
  readonly printSheets: Map<PrintKind, Excel.Worksheet>;
}

/** A part of the write with its estimated request size; parts are queued in order, several per sync. */
export interface Step {
  readonly bytes: number;
  queue(env: WriteEnv): void;
}

/** Data rows are cut into steps of about a quarter of the budget, so steps pack well into syncs. */
const STEPS_PER_SYNC = 4;

const OWNER_COMMENT = "Appraise 创建并管理此工作表，请勿删除此名称。This sheet is written by Appraise; keep this name.";

/**
 * The A1 address of a block of cells (1-based row and column).
 * @example
 * blockAddress(2, 1, 45, 16) //=> "A2:P46"
 */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnLetters(column)}${row}`;
  return rows === 1 && columns === 1 ? first : `${first}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
}

/**
 * A column width in points from a width in characters (Calibri 11: 7 px a
 * character plus 5 px of padding, ¾ pt a pixel).
 * @example
 * widthPoints(10) //=> 56.25
 */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The value written for an output cell: "" clears (null would leave the cell unchanged in Office.js). */
export function cellValue(v: OutCell): string | number | boolean {
  if (v === null || (typeof v === "number" && !Number.isFinite(v))) return "";
  return v;
}

/**
 * The number format of an output cell: Text for every string (so it is never
 * read as a formula, number or date), the column's format otherwise (General
 * for numbers in a Text column).
 * @example
 * cellFormat("=SUM(A1)", "0.00") //=> "@"
 * cellFormat(968.75, "0.00") //=> "0.00"
 * cellFormat(3, "@") //=> "General"
 */
export function cellFormat(v: OutCell, columnFormat: string | null): string {
  if (typeof v === "string") return "@";
  if (v === null) return columnFormat ?? "General";
  return columnFormat === null || columnFormat === "@" ? "General" : columnFormat;
}

/**
 * A cell as a typed value for `Range.valuesAsJson` (ExcelApi 1.16): a
 * String is stored as text whatever it looks like ("=1+1", "001",
 * "2016-11-25"), the method Microsoft documents for writing typed values.
 * @example
 * jsonCell("=1+1") //=> { type: "String", basicValue: "=1+1" }
 * jsonCell("") //=> { type: "Empty", basicValue: "" }
 */
export function jsonCell(v: string | number | boolean): Excel.CellValue {
  if (typeof v === "number") return { type: "Double", basicValue: v } as Excel.CellValue;
  if (typeof v === "boolean") return { type: "Boolean", basicValue: v } as Excel.CellValue;
  if (v === "") return { type: "Empty", basicValue: "" } as Excel.CellValue;
  return { type: "String", basicValue: v } as Excel.CellValue;
}

/** Values and formats of the plan's rows, each as long as the header. */
function gridsOf(plan: OutputSheetPlan, width = plan.headers.length) {
  const rows = plan.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    values: rows.map((r) => r.map(cellValue)),
    formats: rows.map((r) => r.map((v, c) => cellFormat(v, plan.numberFormats[c] ?? null))),
  };
}

/** Runs of equal adjacent items: [start, length, item]. */
export function runs<T>(items: readonly T[], from = 0, to = items.length): [number, number, T][] {
  const out: [number, number, T][] = [];
  for (let i = from; i < to; i++) {
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === items[i]) last[1]++;
    else out.push([i, 1, items[i]]);
  }
  return out;
}

export function queueWidths(ws: Excel.Worksheet, widths: readonly number[]): void {
  for (const [start, length, chars] of runs(widths)) {
    ws.getRange(`${columnLetters(start + 1)}:${columnLetters(start + length)}`).format.columnWidth = widthPoints(chars);
  }
}

/** Records that Appraise owns the sheet: the ownership name, replacing a stale one. */
function queueClaim(wb: Excel.Workbook, ws: Excel.Worksheet, kind: OutputKind, state: OutputState): void {
  if (state.ownership === "owned") return;
  if (state.ownerNameExists) wb.names.getItemOrNullObject(OWNERSHIP_NAMES[kind]).delete();
  wb.names.add(OWNERSHIP_NAMES[kind], ws.getRange("A1"), OWNER_COMMENT);
}

function checkNotForeign(plan: OutputSheetPlan, state: OutputState): void {
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
}

/**
 * Steps that replace a sheet's contents: a first step that prepares the
 * table (see refillSteps and createSteps), then the data rows in steps of
 * about `stepBytes` (formats before values, fills, links).
 */
function replaceSheetSteps(plan: OutputSheetPlan, state: OutputState, stepBytes: number, canResize: boolean, asJson: boolean): Step[] {
  checkNotForeign(plan, state);
  const { values, formats } = gridsOf(plan);
  const prepare = state.ownership === "owned" && state.tableRows !== null ? refillStep(plan, state, state.tableRows, canResize) : createStep(plan, state);
  return [prepare, ...dataSteps(plan, values, formats, stepBytes, asJson)];
}

/** A new sheet (or an owned one that lost its table): empty it, write the header, define the table, lay it out. */
function createStep(plan: OutputSheetPlan, state: OutputState): Step {
  const cols = plan.headers.length;
  return {
    bytes: COMMAND_BYTES * (12 + 2 * state.tablesOnSheet.length + cols) + 2 * jsonBytes(plan.headers),
    queue(env) {
      const wb = env.context.workbook;
      const ws = state.sheetExists ? wb.worksheets.getItem(plan.sheet) : wb.worksheets.add(plan.sheet);
      env.sheets.set(plan.kind, ws);
      for (const name of state.tablesOnSheet) wb.tables.getItemOrNullObject(name).delete();
      const sheet = ws.getRange();
      sheet.clear();
      sheet.clear("Hyperlinks");
      const header = ws.getRange(blockAddress(1, 1, 1, cols));
      header.numberFormat = [plan.headers.map(() => "@")];
      header.values = [[...plan.headers]];
      const table = ws.tables.add(blockAddress(1, 1, plan.rows.length + 1, cols), true);
      table.name = plan.table;
      queueWidths(ws, plan.columnWidths);
      ws.freezePanes.freezeRows(1);
      queueClaim(wb, ws, plan.kind, state);
    },
  };
}

/**
 * The owned table is refilled and resized in place, never deleted: deleting
 * it would turn every formula that names it (`=COUNTIF(Results[Tier],"一等")`)
 * into #REF! and orphan the PivotTables, charts and slicers built on it, and
 * a new table of the same name repairs none of them (SPEC §6).
 *
 * The old rows' contents, links and fills are cleared (their conditional
 * formats stay: they belong to the user), the header is rewritten (the
 * language may have changed), and the table takes exactly the new number of
 * rows (at least one: a table cannot be empty): with `table.resize` where
 * ExcelApi 1.13 is supported, clearing entirely the cells the table gave
 * up; else surplus rows are deleted and missing ones added with `rows.add`,
 * in the same batch. Other tables on the sheet (not Appraise's) are removed,
 * as before, so they cannot stand in the way of a growing table.
 */
function refillStep(plan: OutputSheetPlan, state: OutputState, oldRows: number, canResize: boolean): Step {
  const cols = plan.headers.length;
  const newRows = Math.max(1, plan.rows.length);
  const others = state.tablesOnSheet.filter((n) => n.toLowerCase() !== plan.table.toLowerCase());
  const rowCommands = canResize ? 2 : Math.abs(newRows - oldRows) * 2 + 2;
  return {
    bytes:
      COMMAND_BYTES * (14 + 2 * others.length + cols + rowCommands) +
      2 * jsonBytes(plan.headers) +
      (canResize ? 0 : jsonBytes(Array.from({ length: Math.max(0, newRows - oldRows) }, () => Array.from({ length: cols }, () => "")))),
    queue(env) {
      const wb = env.context.workbook;
      const ws = wb.worksheets.getItem(plan.sheet);
      env.sheets.set(plan.kind, ws);
      for (const name of others) wb.tables.getItemOrNullObject(name).delete();
      const table = ws.tables.getItem(plan.table);
      if (!canResize) queueRowCountChange(ws, table, oldRows, newRows, cols);
      const used = ws.getRange(blockAddress(2, 1, Math.max(oldRows, newRows), cols));
      used.clear("Contents");
      used.clear("Hyperlinks");
      used.format.fill.clear();
      // Resizing leaves the cells the table gave up behind (deleted rows are gone, and what was below moved up).
      if (canResize) table.resize(blockAddress(1, 1, newRows + 1, cols));
      if (canResize && oldRows > newRows) ws.getRange(blockAddress(2 + newRows, 1, oldRows - newRows, cols)).clear();
      const header = ws.getRange(blockAddress(1, 1, 1, cols));
      header.numberFormat = [plan.headers.map(() => "@")];
      header.values = [[...plan.headers]];
      queueWidths(ws, plan.columnWidths);
      ws.freezePanes.freezeRows(1);
    },
  };
}

/**
 * Without Table.resize: deletes the surplus rows from the end (clearing the
 * filter first, since a filtered table ignores row deletes:
 * OfficeDev/office-js#994), or appends the missing ones in one `rows.add`.
 * Queued before the old rows are cleared, and with a mark in the first
 * cell, so the table's only row is never an empty one that `rows.add` may
 * fill instead of adding a row.
 */
function queueRowCountChange(ws: Excel.Worksheet, table: Excel.Table, oldRows: number, newRows: number, cols: number): void {
  if (newRows < oldRows) {
    table.clearFilters();
    for (let i = oldRows - 1; i >= newRows; i--) table.rows.getItemAt(i).delete();
  } else if (newRows > oldRows) {
    ws.getRange("A2").values = [["…"]];
    table.rows.add(
      undefined,
      Array.from({ length: newRows - oldRows }, () => Array.from({ length: cols }, () => "")),
    );
  }
}

function dataSteps(plan: OutputSheetPlan, values: (string | number | boolean)[][], formats: string[][], stepBytes: number, asJson: boolean): Step[] {
  const cols = plan.headers.length;
  const linksByRow = new Map<number, OutputSheetPlan["links"][number][]>();
  for (const link of plan.links) linksByRow.set(link.row, [...(linksByRow.get(link.row) ?? []), link]);
  // A row's values and formats, its links (a range and a hyperlink each), and a fill where a run of fills starts.
  const rowBytes = values.map((v, r) => {
    const links = (linksByRow.get(r) ?? []).reduce((n, l) => n + 2 * COMMAND_BYTES + 2 * jsonBytes(l.target), 0);
    const fill = plan.rowFills[r] ?? null;
    const startsFill = fill !== null && (r === 0 || plan.rowFills[r - 1] !== fill);
    return (asJson ? jsonBytes(v.map(jsonCell)) : jsonBytes(v)) + jsonBytes(formats[r]) + links + (startsFill ? 2 * COMMAND_BYTES : 0);
  });
  const chunks = packBySize(
    rowBytes.map((bytes, row) => ({ row, bytes })),
    (x) => x.bytes,
    stepBytes,
  );
  return chunks.map((chunk) => {
    const start = chunk[0].row;
    const count = chunk.length;
    return {
      bytes: chunk.reduce((n, x) => n + x.bytes, 6 * COMMAND_BYTES),
      queue(env) {
        const ws = env.sheets.get(plan.kind) as Excel.Worksheet;
        const range = ws.getRange(blockAddress(2 + start, 1, count, cols));
        range.numberFormat = formats.slice(start, start + count);
        const rows = values.slice(start, start + count);
        if (asJson) range.valuesAsJson = rows.map((row) => row.map(jsonCell));
        else range.values = rows;
        for (const [row, length, fill] of runs(plan.rowFills, start, start + count)) {
          if (fill !== null) ws.getRange(blockAddress(2 + row, 1, length, cols)).format.fill.color = `#${fill}`;
        }
        for (let row = start; row < start + count; row++) {
          for (const link of linksByRow.get(row) ?? []) {
            ws.getRange(blockAddress(2 + row, 1 + link.col, 1, 1)).hyperlink = { documentReference: link.target, screenTip: link.target };
          }
        }
      },
    };
  });
}

/**
 * The append step of the RunLog and the History: appends the plan's rows to
 * the table (formats before values, row by row), or creates the table — on
 * a new sheet, or below what an owned sheet already holds, never over it.
 */
function appendSteps(plan: OutputSheetPlan, state: OutputState, log: AppendState, stepBytes: number): Step[] {
  checkNotForeign(plan, state);
  if (state.sheetExists && log.tableColumns !== null) {
    const width = log.tableColumns;
    const { values, formats } = gridsOf(plan, width);
    // Rows in steps of about a quarter of the budget: a History block of thousands of units takes several.
    const rowBytes = (r: number) => COMMAND_BYTES * 4 + jsonBytes(values[r]) + jsonBytes(formats[r]);
    const chunks = packBySize(
      values.map((_, r) => r),
      rowBytes,
      stepBytes,
    );
    return chunks.map((rows) => ({
      bytes: rows.reduce((n, r) => n + rowBytes(r), 0),
      queue(env) {
        const table = env.context.workbook.tables.getItem(plan.table);
        for (const r of rows) {
          const range = table.rows.add().getRange();
          range.numberFormat = [formats[r]];
          range.values = [values[r]];
        }
      },
    }));
  }
  const top = state.sheetExists && log.lastUsedRow > 0 ? log.lastUsedRow + 2 : 1;
  const cols = plan.headers.length;
  const { values, formats } = gridsOf(plan);
  return [
    {
      bytes: COMMAND_BYTES * (12 + cols) + 2 * jsonBytes(plan.headers) + jsonBytes(values) + jsonBytes(formats),
      queue(env) {
        const wb = env.context.workbook;
        const ws = state.sheetExists ? wb.worksheets.getItem(plan.sheet) : wb.worksheets.add(plan.sheet);
        const all = ws.getRange(blockAddress(top, 1, values.length + 1, cols));
        all.numberFormat = [plan.headers.map(() => "@"), ...formats];
        all.values = [[...plan.headers], ...values];
        const table = ws.tables.add(blockAddress(top, 1, values.length + 1, cols), true);
        table.name = plan.table;
        if (top === 1) {
          queueWidths(ws, plan.columnWidths);
          ws.freezePanes.freezeRows(1);
        }
        queueClaim(wb, ws, plan.kind, state);
      },
    },
  ];
}

/** The sheets a plan writes: Results unless withheld, Warnings, RunLog, and History when it has a block. */
export function writtenSheets(plan: OutputPlan): OutputSheetPlan[] {
  return [plan.results, plan.warnings, plan.runLog, plan.history].filter((p): p is OutputSheetPlan => p !== null);
}

/**
 * Sheet protection without a password, so that a hand edit of an output
 * takes a deliberate step (Review › Unprotect Sheet). Filtering and column
 * widths stay allowed. (Options failed with InvalidArgument in 2017,
 * OfficeDev/office-js#26, since fixed by Microsoft.)
 */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowAutoFilter: true, allowFormatColumns: true };

/**
 * Lifts the protection of the written sheets that have it, before anything
 * is written to them: a protected sheet refuses the API's writes with
 * AccessDenied. Only where it is on: `unprotect()` on an unprotected sheet
 * fails on some hosts (OfficeDev/office-js#6784). A sheet protected with a
 * password makes this fail, and the run with it, before anything is
 * written: Appraise does not know, and does not ask for, passwords.
 */
function unprotectStep(plan: OutputPlan, layout: WorkbookLayout): Step[] {
  const sheets = writtenSheets(plan).filter((p) => layout.outputs[p.kind].protected);
  if (sheets.length === 0) return [];
  return [
    {
      bytes: COMMAND_BYTES * 2 * sheets.length,
      queue(env) {
        for (const p of sheets) env.context.workbook.worksheets.getItem(p.sheet).protection.unprotect();
      },
    },
  ];
}

/**
 * Protects every written sheet again, after the last write to it: those
 * whose protection was lifted and the new ones. `protect()` "fails if the
 * worksheet has already been protected" (@types/office-js,
 * WorksheetProtection.protect), and each of these sheets is unprotected at
 * this point.
 */
function protectStep(plan: OutputPlan): Step {
  const sheets = writtenSheets(plan);
  return {
    bytes: COMMAND_BYTES * 2 * sheets.length + jsonBytes(PROTECTION_OPTIONS) * sheets.length,
    queue(env) {
      for (const p of sheets) env.context.workbook.worksheets.getItem(p.sheet).protection.protect(PROTECTION_OPTIONS);
    },
  };
}

/**
 * Every step of the plan, in order: protection lifted, Results, Warnings, the
 * print sheets, the History block, the RunLog row, protection restored.
 */
export function planSteps(plan: OutputPlan, layout: WorkbookLayout, budget: number, canResize = false, asJson = false, pageSetup = false): Step[] {
  const stepBytes = budget / STEPS_PER_SYNC;
  return [
    ...unprotectStep(plan, layout),
    ...(plan.results === null ? [] : replaceSheetSteps(plan.results, layout.outputs.results, stepBytes, canResize, asJson)),
    ...replaceSheetSteps(plan.warnings, layout.outputs.warnings, stepBytes, canResize, asJson),
    ...(plan.print ?? []).flatMap((p) => printSteps(p.kind, p, layout.print[p.kind], pageSetup, stepBytes)),
    // History before the RunLog row, which stays last: a write cut short leaves no RunLog row.
    ...(plan.history === null ? [] : appendSteps(plan.history, layout.outputs.history, layout.history, stepBytes)),
    ...appendSteps(plan.runLog, layout.outputs.runlog, layout.runLog, stepBytes),
    protectStep(plan),
  ];
}

/**
 * Writes the plan: one sync for a plan within the budget, else as few as the
 * measured sizes allow. Returns the number of syncs.
 *
 * Calculation is suspended for every sync but the last, so dependent
 * formulas are not recalculated over half-written results; the last sync
 * is not suspended, so Excel's automatic calculation brings every formula
 * and PivotTable cache that reads the outputs up to date once, at its end
 * (suspendApiCalculationUntilNextSync leaves recalculation to the add-in).
 * A normal plan is one sync, and so is never suspended.
 */
export async function writePlan(run: ExcelRunner, plan: OutputPlan, layout: WorkbookLayout, options: WriteOptions = {}): Promise<number> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const groups = packBySize(
    planSteps(plan, layout, budget, options.canResize ?? false, options.valuesAsJson ?? false, options.pageSetup ?? false),
    (s) => s.bytes,
    budget,
  );
  return runBatch(run, async (context) => {
    const env: WriteEnv = { context, sheets: new Map(), printSheets: new Map() };
    for (const [i, group] of groups.entries()) {
      if (i < groups.length - 1) context.workbook.application.suspendApiCalculationUntilNextSync();
      if (options.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const step of group) step.queue(env);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group of at most the budget (Excel on the web rejects requests over 5 MB); a normal plan is one group
      await context.sync();
    }
    return groups.length;
  });
}
