/**
 * What is beside an input table and not in it (the rows under it, the
 * columns right of its first rows), and the used ranges of sheets without
 * tables, read through WPS's object model for the engine's
 * ROWS_OUTSIDE_TABLE and TABLE_MISSING (engine/besideTable.ts), as the
 * Office.js adapter reads them (excel/readBeside.ts). `Worksheet.UsedRange`
 * is VBA's: it may include cells that only hold a format, and an empty
 * sheet's is A1, so blank blocks are trimmed by the engine's helpers.
 */
import { BESIDE_COLUMNS, BESIDE_ROWS, rightOrNone, withoutBlankTail } from "../../engine/besideTable";
import type { Beside, Cell, SheetExtent } from "../../engine/types";
import { get, sizeOf, type WpsRange, type WpsWorksheet } from "./facade";
import { valuesOf, type WpsTable } from "./readWps";
import { wpsCell } from "./wpsCells";

interface Box {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

const boxOf = (r: WpsRange): Box => {
  const { rows, columns } = sizeOf(r);
  return { row: r.Row, column: r.Column, lastRow: r.Row + rows - 1, lastColumn: r.Column + columns - 1 };
};

/** The cells of rows [row, row + rows) × columns [column, column + columns) of the sheet, as engine cells. */
function cellsAt(ws: WpsWorksheet, row: number, column: number, rows: number, columns: number): Cell[][] {
  if (rows <= 0 || columns <= 0) return [];
  return valuesOf(ws.Cells.Item(row, column).Resize(rows, columns)).map((r) => r.map(wpsCell));
}

/** The table's beside blocks, within the sheet's used range. */
export function besideOf(ws: WpsWorksheet, t: WpsTable): Beside {
  const box = boxOf(t.table.Range);
  const used = boxOf(get(ws.UsedRange));
  const width = box.lastColumn - box.column + 1;
  const belowRows = Math.min(used.lastRow, box.lastRow + BESIDE_ROWS) - box.lastRow;
  const rows = Math.min(box.lastRow - box.row + 1, BESIDE_ROWS + 1);
  const rightColumns = Math.min(used.lastColumn, box.lastColumn + BESIDE_COLUMNS) - box.lastColumn;
  const right = Array.from({ length: rows }, (_, r) => {
    const line = Array<Cell>(BESIDE_COLUMNS).fill(null);
    if (rightColumns > 0) cellsAt(ws, box.row + r, box.lastColumn + 1, 1, rightColumns)[0].forEach((c, i) => (line[i] = c));
    return line;
  });
  return {
    belowRow: box.lastRow + 1,
    below: withoutBlankTail(cellsAt(ws, box.lastRow + 1, box.column, belowRows, width)),
    // With its header row hidden, the table's range starts at its first data row: the header's `right` is blank.
    right: rightOrNone(t.table.HeaderRowRange === null ? [[], ...right] : right),
  };
}

/** A sheet's used range, or null when it holds nothing (VBA's UsedRange of an empty sheet is a blank A1). */
export function extentOf(ws: WpsWorksheet): SheetExtent {
  const range = get(ws.UsedRange);
  const box = boxOf(range);
  const blank = box.row === box.lastRow && box.column === box.lastColumn && wpsCell(valuesOf(range)[0]?.[0]) === null;
  return { sheet: ws.Name, used: blank ? null : box };
}
