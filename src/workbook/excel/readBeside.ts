/**
 * What is beside the input tables, through Office.js: the cells under each
 * table and right of it (TableGrid's `beside`, for ROWS_OUTSIDE_TABLE),
 * queued with the table's probe so they cost no sync of their own, and the
 * used range of sheets without tables (for TABLE_MISSING's plain data).
 * Each block is intersected with its sheet's used range first, so a table
 * with nothing beside it, the usual case, loads no cells at all. The engine
 * decides what the cells mean (engine/outsideTable.ts); this only reads them.
 */
import { parseAddress } from "../../engine/address";
import { BESIDE_COLUMNS, BESIDE_ROWS, rightOrNone, withoutBlankTail } from "../../engine/besideTable";
import type { Beside, Cell, SheetExtent } from "../../engine/types";
import { toCells } from "./toCells";

export interface BesideProxies {
  /** The rows under the table's range (under its totals row, when shown), within the used range. */
  readonly below: Excel.Range;
  /** The columns right of the table's range, within the used range. */
  readonly right: Excel.Range;
  /** The table's whole range (header and totals rows included where shown). */
  readonly range: Excel.Range;
}

/** Queues the loads of a table's beside blocks (no sync): ranges relative to the table, so its size need not be known. */
export function queueBeside(table: Excel.Table): BesideProxies {
  table.load("showHeaders");
  const range = table.getRange();
  range.load("address");
  const used = table.worksheet.getUsedRange(true);
  const below = used.getIntersectionOrNullObject(range.getRowsBelow(BESIDE_ROWS));
  // Right of its first rows only (header and BESIDE_ROWS data rows): a long table's full height could not be loaded in one sync.
  const top = range.getIntersectionOrNullObject(range.getRow(0).getResizedRange(BESIDE_ROWS, 0));
  const right = used.getIntersectionOrNullObject(top.getColumnsAfter(BESIDE_COLUMNS));
  below.load("address, values, valueTypes");
  right.load("address, values, valueTypes");
  return { below, right, range };
}

/**
 * A block's cells placed from (row, column): the loaded part where it is,
 * blank elsewhere; `rows` long (or as long as the loaded part reaches, when
 * null), each row `columns` wide.
 */
function placed(loaded: Excel.Range, row: number, column: number, rows: number | null, columns: number): Cell[][] {
  const at = loaded.isNullObject ? null : parseAddress(loaded.address);
  const length = rows ?? (at === null ? 0 : at.lastRow - row + 1);
  const cells = at === null ? [] : toCells(loaded.values, loaded.valueTypes);
  return Array.from({ length }, (_, r) => {
    const line = Array<Cell>(columns).fill(null);
    const from = at === null ? undefined : cells[row + r - at.row];
    if (at !== null && from) from.forEach((cell, c) => (line[at.column - column + c] = cell));
    return line;
  });
}

/** The table's `beside` from its loaded blocks (after the sync); null when its range cannot be read. */
export function settleBeside(table: Excel.Table, p: BesideProxies): Beside | null {
  const box = parseAddress(p.range.address);
  if (box === null) return null;
  const rows = Math.min(box.lastRow - box.row + 1, BESIDE_ROWS + 1);
  const right = placed(p.right, box.row, box.lastColumn + 1, rows, BESIDE_COLUMNS);
  return {
    belowRow: box.lastRow + 1,
    below: withoutBlankTail(placed(p.below, box.lastRow + 1, box.column, null, box.lastColumn - box.column + 1)),
    // With its header row hidden, the table's range starts at its first data row: the header's `right` is blank.
    right: rightOrNone(table.showHeaders ? right : [[], ...right]),
  };
}

/** Queues the loads of the used ranges of sheets (no sync). */
export function queueExtents(context: Excel.RequestContext, sheets: readonly string[]): { sheet: string; used: Excel.Range }[] {
  return sheets.map((sheet) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load("address");
    return { sheet, used };
  });
}

/** The sheets' used ranges (after the sync). */
export function settleExtents(proxies: readonly { sheet: string; used: Excel.Range }[]): SheetExtent[] {
  return proxies.map(({ sheet, used }) => {
    const at = used.isNullObject ? null : parseAddress(used.address);
    return { sheet, used: at === null ? null : { row: at.row, column: at.column, lastRow: at.lastRow, lastColumn: at.lastColumn } };
  });
}
