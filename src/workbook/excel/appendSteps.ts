/** The steps that append to an output table that grows over runs (RunLog, History). */
import type { OutputSheetPlan } from "../port";
import { blockAddress } from "./blockAddress";
import { queueWidths } from "./columnWidths";
import type { AppendState, OutputState } from "./layout";
import { gridsOf } from "./outputCells";
import { checkNotForeign, queueClaim } from "./ownerClaim";
import { COMMAND_BYTES, jsonBytes, packBySize } from "./payload";
import type { Step } from "./step";

/**
 * The append step of the RunLog and the History: appends the plan's rows to
 * the table (formats before values, row by row), or creates the table — on
 * a new sheet, or below what an owned sheet already holds, never over it.
 */
export function appendSteps(plan: OutputSheetPlan, state: OutputState, log: AppendState, stepBytes: number): Step[] {
  checkNotForeign(plan, state);
  if (state.sheetExists && log.tableColumns !== null) {
    // A table from an older layout (a RunLog without the audit's columns) gets the plan's new columns first, at its right.
    const added = plan.headers.slice(log.tableColumns);
    const width = log.tableColumns + added.length;
    const { values, formats } = gridsOf(plan, width);
    // Rows in steps of about a quarter of the budget: a History block of thousands of units takes several.
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
