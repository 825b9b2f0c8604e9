/** The steps that append to an output table that grows over runs (RunLog, History). */
import type { OutputSheetPlan } from "../port";
import { blockAddress } from "./blockAddress";
import { queueWidths } from "./columnWidths";
import type { AppendState, OutputState } from "../layout";
import { gridsOf } from "./outputCells";
import { checkNotForeign, queueClaim } from "./ownerClaim";
import { COMMAND_BYTES, jsonBytes, packBySize } from "./payload";
import type { Step } from "./step";

/**
 * The append step of the RunLog and the History: writes the plan's rows with
 * `Range.values` directly under the table (formats before values), or
 * creates the table — on a new sheet, or below what an owned sheet already
 * holds, never over it.
 *
 * Not `TableRowCollection.add`: in a co-authored workbook it causes merge
 * conflicts. Microsoft, "Coauthoring in Excel add-ins", Avoid table row
 * coauthoring conflicts
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins):
 * "Use Range.values instead of TableRowCollection.add. Setting the Range
 * values directly below the table automatically expands the table." That
 * expansion is what grows the table within the manifest's ExcelApi 1.9; where ExcelApi 1.13
 * is supported (`canResize`, as createExcelPort finds it), `Table.resize`
 * then sets the table's range explicitly too (a no-op when Excel already
 * expanded it).
 */
export function appendSteps(plan: OutputSheetPlan, state: OutputState, log: AppendState, stepBytes: number, canResize = false): Step[] {
  checkNotForeign(plan, state);
  if (state.sheetExists && log.tableColumns !== null && log.below?.clear === true) return appendBelow(plan, log.tableColumns, log.below, stepBytes, canResize);
  if (state.sheetExists && log.tableColumns !== null) return appendByRows(plan, log.tableColumns, stepBytes);
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

/** The rows written under an existing table, in steps of about the budget; a table from an older layout gets the plan's new columns first. */
function appendBelow(plan: OutputSheetPlan, tableColumns: number, below: NonNullable<AppendState["below"]>, stepBytes: number, canResize: boolean): Step[] {
  // A table from an older layout (a RunLog without the audit's columns) gets the plan's new columns first, at its right.
  const added = plan.headers.slice(tableColumns);
  const width = tableColumns + added.length;
  const { values, formats } = gridsOf(plan, width);
  // Rows in steps of about a quarter of the budget: a History block of thousands of units takes several.
  const rowBytes = (r: number) => COMMAND_BYTES + jsonBytes(values[r]) + jsonBytes(formats[r]);
  const chunks = packBySize(
    values.map((_, r) => r),
    rowBytes,
    stepBytes,
  );
  return chunks.map((rows, i) => ({
    bytes: COMMAND_BYTES * 4 + rows.reduce((n, r) => n + rowBytes(r), 0) + (i === 0 ? COMMAND_BYTES * added.length + jsonBytes(added) : 0),
    queue(env) {
      const table = env.context.workbook.tables.getItem(plan.table);
      if (i === 0) for (const name of added) table.columns.add(undefined, undefined, name);
      // The table is on the plan's sheet (readOverview checked: `below` is null otherwise).
      const ws = env.context.workbook.worksheets.getItem(plan.sheet);
      // The chunk's rows are contiguous: one block, right under the rows written before it.
      const range = ws.getRange(blockAddress(below.row + rows[0] + 1, below.col + 1, rows.length, width));
      range.numberFormat = rows.map((r) => formats[r]);
      range.values = rows.map((r) => values[r]);
      if (i === chunks.length - 1 && canResize)
        table.resize(ws.getRange(blockAddress(below.top + 1, below.col + 1, below.row - below.top + values.length, width)));
    },
  }));
}

/**
 * The rows added with `TableRowCollection.add`, which pushes down what lies
 * under the table: only when something does (a note typed under the RunLog),
 * which `Range.values` would overwrite. Microsoft's guidance for that case
 * ("If there is data under the table, the add-in needs to handle that before
 * setting the range value") suggests `Range.insert`; adding rows does the
 * same in one command, with the merge-conflict risk the page names.
 */
function appendByRows(plan: OutputSheetPlan, tableColumns: number, stepBytes: number): Step[] {
  const added = plan.headers.slice(tableColumns);
  const { values, formats } = gridsOf(plan, tableColumns + added.length);
  const rowBytes = (r: number) => COMMAND_BYTES * 4 + jsonBytes(values[r]) + jsonBytes(formats[r]);
  const chunks = packBySize(
    values.map((_, r) => r),
    rowBytes,
    stepBytes,
  );
  return chunks.map((rows, i) => ({
    bytes: rows.reduce((n, r) => n + rowBytes(r), 0) + (i === 0 ? COMMAND_BYTES * added.length + jsonBytes(added) : 0),
    queue(env) {
      const table = env.context.workbook.tables.getItem(plan.table);
      if (i === 0) for (const name of added) table.columns.add(undefined, undefined, name);
      for (const r of rows) {
        const range = table.rows.add().getRange();
        range.numberFormat = [formats[r]];
        range.values = [values[r]];
      }
    },
  }));
}
