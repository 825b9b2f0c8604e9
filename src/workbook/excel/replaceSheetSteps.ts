/**
 * The steps that replace an output sheet's contents (Results, Warnings): a
 * step that prepares the table (a new one, or the owned one refilled in
 * place), then the data rows in steps of about a size.
 */
import type { OutputSheetPlan } from "../port";
import { blockAddress } from "./blockAddress";
import { queueWidths } from "./columnWidths";
import type { OutputState } from "../layout";
import { gridsOf, jsonCell } from "./outputCells";
import { checkNotForeign, queueClaim } from "./ownerClaim";
import { COMMAND_BYTES, jsonBytes, packBySize } from "./payload";
import { runs } from "./runs";
import type { Step } from "./step";

/**
 * Steps that replace a sheet's contents: a first step that prepares the
 * table (see refillSteps and createSteps), then the data rows in steps of
 * about `stepBytes` (formats before values, fills, links).
 */
export function replaceSheetSteps(plan: OutputSheetPlan, state: OutputState, stepBytes: number, canResize: boolean, asJson: boolean): Step[] {
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
