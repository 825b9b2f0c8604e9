/**
 * Reads every table (ListObject) of an ExcelJS workbook into the engine's
 * grids. ExcelJS 4.4 does not rebuild `table.rows` for a loaded file, so cells
 * are read from the sheet within the table's ref.
 */
import { ValueType, type Cell as ExcelCell, type Workbook, type Worksheet } from "exceljs";
import { parseLocalBox, type LocalRange } from "../../engine/address";
import type { Cell, TableGrid } from "../../engine/types";
import { toCell } from "./toCell";

/** The parts of an ExcelJS table model this adapter uses (loaded or added). */
export interface TableModel {
  name: string;
  /** Set for loaded tables and by `addTable`. */
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

/** The models of a sheet's tables. `getTables()` is mistyped in ExcelJS's typings. */
export function tableModels(ws: Worksheet): TableModel[] {
  return (ws.getTables() as unknown as { model: TableModel }[]).map((t) => t.model);
}

function readRow(ws: Worksheet, rowNumber: number, box: LocalRange): Cell[] {
  const row = ws.findRow(rowNumber);
  const cells: Cell[] = [];
  for (let c = box.column; c <= box.lastColumn; c++) cells.push(row ? toCell(valueOf(row.findCell(c))) : null);
  return cells;
}

/**
 * A cell's value for toCell. A formula cell's `value` getter drops a falsy
 * cached result (0, "", false), so a saved `=1-1` would read as uncomputed;
 * its model keeps the result as the file has it.
 */
function valueOf(cell: ExcelCell | undefined): unknown {
  if (!cell) return undefined;
  if (cell.type !== ValueType.Formula) return cell.value;
  const model = cell.model as { formula?: string; sharedFormula?: string; result?: unknown };
  return { formula: model.formula ?? model.sharedFormula ?? "", result: model.result };
}

/** One table as a grid, or null when its ref cannot be read. */
export function readTable(ws: Worksheet, model: TableModel): TableGrid | null {
  const box = model.tableRef === undefined ? null : parseLocalBox(model.tableRef);
  if (box === null) return null;
  const hasHeader = model.headerRow !== false;
  const header: Cell[] = hasHeader ? readRow(ws, box.row, box) : model.columns.map((c) => c.name);
  const first = hasHeader ? box.row + 1 : box.row;
  const last = model.totalsRow ? box.lastRow - 1 : box.lastRow;
  const rows: Cell[][] = [];
  for (let r = first; r <= last; r++) rows.push(readRow(ws, r, box));
  return { name: model.name, sheet: ws.name, headerRow: first - 1, firstColumn: box.column, header, rows };
}

/**
 * Every table of the workbook, sheet by sheet in tab order, except those on
 * the sheets named in `skipSheets` (Appraise's own output sheets).
 */
export function readTables(wb: Workbook, skipSheets: ReadonlySet<string> = new Set()): TableGrid[] {
  const grids: TableGrid[] = [];
  for (const ws of wb.worksheets) {
    if (skipSheets.has(ws.name)) continue;
    for (const model of tableModels(ws)) {
      const grid = readTable(ws, model);
      if (grid !== null) grids.push(grid);
    }
  }
  return grids;
}
