/**
 * The WPS adapter's read: every input table of the workbook as a TableGrid,
 * and what the write needs to know of Appraise's own sheets (the same
 * WorkbookLayout the Office.js adapter keeps, by the same ownership rule).
 * WPS's object model is synchronous, so the read simply walks the workbook:
 * its sheets, their ListObjects, its Names.
 */
import { to1900Serial } from "../../engine/serialDates";
import type { SheetExtent, TableGrid } from "../../engine/types";
import { lastChainDigest } from "../audit/loggedTable";
import { lastRunFingerprint } from "../audit/staleness";
import { lastHistoryBlock } from "../history/historyBlock";
import { inputTablesOf, onOwnedSheet, ownedOutputSheets, requiredTableMissing } from "../inputTables";
import { sameName } from "../ownership";
import { OUTPUT_KINDS, OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type PrintKind, type WorkbookSnapshot } from "../port";
import { layoutOf, type AppendState, type OutputFacts, type PrintFacts, type WorkbookLayout } from "../layout";
import { get, gridOf, itemsOf, sizeOf, type WpsListObject, type WpsRange, type WpsValue, type WpsWorkbook, type WpsWorksheet } from "./facade";
import { besideOf, extentOf } from "./besideWps";
import { wpsCell } from "./wpsCells";

/** A ListObject and where it is. */
export interface WpsTable {
  readonly name: string;
  readonly sheet: string;
  readonly table: WpsListObject;
}

/** What the read saw, kept for the write. */
export interface WpsView {
  readonly sheets: readonly WpsWorksheet[];
  readonly tables: readonly WpsTable[];
  /** Workbook names (by lower-case name) and what they refer to. */
  readonly names: ReadonlyMap<string, string>;
  readonly date1904: boolean;
}

export interface WpsRead {
  readonly snapshot: WorkbookSnapshot;
  readonly layout: WorkbookLayout;
  readonly view: WpsView;
}

/** Whether a WPS Boolean (typed number in Kingsoft's typings) is true. */
export const truthy = (v: boolean | number): boolean => v === true || (typeof v === "number" && v !== 0);

/** Everything the read walks: sheets, tables, names. */
export function viewOf(wb: WpsWorkbook): WpsView {
  const sheets = itemsOf(wb.Worksheets);
  const tables = sheets.flatMap((ws) => itemsOf(ws.ListObjects).map((table) => ({ name: table.Name, sheet: ws.Name, table })));
  const names = new Map(itemsOf(wb.Names).map((n) => [n.Name.toLowerCase(), String(n.RefersTo)]));
  return { sheets, tables, names, date1904: truthy(get(wb.Date1904)) };
}

export const sheetNamed = (view: WpsView, name: string): WpsWorksheet | undefined => view.sheets.find((s) => sameName(s.Name, name));
export const tableNamed = (view: WpsView, name: string): WpsTable | undefined => view.tables.find((t) => sameName(t.name, name));

/** A range's Value2 as rows (a one-cell range gives a scalar). */
export function valuesOf(range: WpsRange | null): WpsValue[][] {
  if (range === null) return [];
  const { rows, columns } = sizeOf(range);
  return gridOf(range.Value2, rows, columns);
}

function printFacts(view: WpsView, sheet: string, ownerName: string): PrintFacts {
  const ws = sheetNamed(view, sheet);
  return {
    sheetExists: ws !== undefined,
    ownerFormula: view.names.get(ownerName.toLowerCase()) ?? null,
    protected: ws !== undefined && truthy(get(ws.ProtectContents)),
  };
}

function outputFacts(view: WpsView, kind: OutputKind): OutputFacts {
  const { sheet, table } = OUTPUT_SHEETS[kind];
  const own = tableNamed(view, table);
  return {
    ...printFacts(view, sheet, OWNERSHIP_NAMES[kind]),
    tableNameFormula: view.names.get(table.toLowerCase()) ?? null,
    tableRows: own === undefined ? null : valuesOf(own.table.DataBodyRange).length,
  };
}

function appendState(view: WpsView, kind: "runlog" | "history"): AppendState {
  const { sheet, table } = OUTPUT_SHEETS[kind];
  const ws = sheetNamed(view, sheet);
  const used = ws === undefined ? null : get(ws.UsedRange);
  const usedEnd = used === null ? 0 : used.Row + sizeOf(used).rows - 1;
  const t = tableNamed(view, table);
  if (t === undefined || !sameName(t.sheet, sheet)) return { tableColumns: null, below: null, lastUsedRow: usedEnd };
  const whole = t.table.Range;
  const row = whole.Row - 1 + sizeOf(whole).rows;
  return {
    tableColumns: get(t.table.ListColumns.Count),
    below: { top: whole.Row - 1, row, col: whole.Column - 1, clear: usedEnd <= row },
    lastUsedRow: usedEnd,
  };
}

/** The layout of Appraise's sheets, by the one ownership rule (../ownership.ts through ../excel/layout.ts). */
export function wpsLayout(view: WpsView): WorkbookLayout {
  const facts = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, outputFacts(view, k)])) as Record<OutputKind, OutputFacts>;
  const print = Object.fromEntries(PRINT_KINDS.map((k) => [k, printFacts(view, PRINT_SHEETS[k].sheet, PRINT_SHEETS[k].ownerName)])) as Record<
    PrintKind,
    PrintFacts
  >;
  return layoutOf(facts, view.tables, appendState(view, "runlog"), appendState(view, "history"), print);
}

/**
 * The number formats of a range, cell by cell. `NumberFormat` is one format
 * when all cells share it and null when they differ (VBA's Range.NumberFormat,
 * which WPS mirrors): then each cell is asked, a 1904 workbook's input tables
 * being the only ones read so.
 */
export function formatsOf(range: WpsRange): (string | null)[][] {
  const { rows, columns } = sizeOf(range);
  const whole = range.NumberFormat;
  if (whole !== null) return gridOf(whole, rows, columns);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => gridOf(range.Resize(1, 1).Offset(r, c).NumberFormat, 1, 1)[0][0]));
}

/** An input table as the engine reads it; in a 1904 workbook, dates become 1900 serials (engine/serialDates.ts). */
function gridOfTable(t: WpsTable, view: WpsView): TableGrid {
  const date1904 = view.date1904;
  const whole = t.table.Range;
  const body = t.table.DataBodyRange;
  const header = t.table.HeaderRowRange === null ? [] : valuesOf(t.table.HeaderRowRange)[0].map(wpsCell);
  const formats = body === null || !date1904 ? [] : formatsOf(body);
  const rows = valuesOf(body).map((row, r) => row.map((v, c) => (date1904 ? to1900Serial(wpsCell(v), formats[r]?.[c]) : wpsCell(v))));
  const ws = sheetNamed(view, t.sheet);
  const grid = { name: t.name, sheet: t.sheet, headerRow: whole.Row, firstColumn: whole.Column, header, rows };
  return ws === undefined ? grid : { ...grid, beside: besideOf(ws, t) };
}

function loggedOf(view: WpsView, kind: "runlog" | "history"): { headers: WpsValue[]; rows: WpsValue[][] } {
  const t = tableNamed(view, OUTPUT_SHEETS[kind].table);
  return { headers: t === undefined ? [] : (valuesOf(t.table.HeaderRowRange)[0] ?? []), rows: t === undefined ? [] : valuesOf(t.table.DataBodyRange) };
}

/** The used ranges of the sheets without tables that are not Appraise's (for TABLE_MISSING: read only when a required table is missing). */
function plainSheets(view: WpsView, ownership: WorkbookSnapshot["ownership"]): SheetExtent[] {
  const withTables = new Set(view.tables.map((t) => t.sheet.toLowerCase()));
  const owned = ownedOutputSheets(ownership);
  return view.sheets.filter((ws) => !withTables.has(ws.Name.toLowerCase()) && !onOwnedSheet(ws.Name, owned)).map(extentOf);
}

/** Reads the input tables and the state of Appraise's sheets. */
export function readWps(wb: WpsWorkbook): WpsRead {
  const view = viewOf(wb);
  const layout = wpsLayout(view);
  const ownership = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, layout.outputs[k].ownership])) as WorkbookSnapshot["ownership"];
  const printOwnership = Object.fromEntries(PRINT_KINDS.map((k) => [k, layout.print[k].ownership])) as WorkbookSnapshot["printOwnership"];
  const inputs = inputTablesOf(view.tables, ownership);
  const tables = inputs.map((t) => gridOfTable(t, view));
  const ownHistory = layout.outputs.history.ownership === "owned" && layout.history.tableColumns !== null;
  const h = loggedOf(view, "history");
  const history = ownHistory ? lastHistoryBlock(h.headers, h.rows) : null;
  const ownRunLog = layout.outputs.runlog.ownership === "owned" && layout.runLog.tableColumns !== null;
  const runLog = { ...loggedOf(view, "runlog"), firstRow: 2 };
  const snapshot: WorkbookSnapshot = {
    input: requiredTableMissing(inputs) ? { tables, sheets: plainSheets(view, ownership) } : { tables },
    ownership,
    printOwnership,
    history,
    lastChainDigest: ownRunLog ? lastChainDigest(runLog) : "",
    lastRunFingerprint: ownRunLog ? lastRunFingerprint(runLog) : null,
  };
  return { snapshot, layout, view };
}
