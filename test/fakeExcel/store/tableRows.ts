/**
 * A table's rows: resizing the table, adding rows (which pushes the cells
 * below down) and deleting a data row (which pulls them up).
 */
import { MAX_ROWS, boundingRect, intersect, type Rect } from "../a1";
import { EMPTY, type CellRec } from "../cells";
import { FakeExcelError, invalidArgument, itemNotFound } from "../errors";
import type { Cells } from "./cells";
import type { Journal } from "./journal";
import type { Protection } from "./protection";
import type { SheetList, SheetRec } from "./sheets";
import type { TableList } from "./tables";

export class TableRows {
  constructor(
    private readonly journal: Journal,
    private readonly sheets: SheetList,
    private readonly protection: Protection,
    private readonly cells: Cells,
    private readonly tables: TableList,
  ) {}

  /**
   * Resizes the table (Table.resize, ExcelApi 1.13): "The new range must
   * overlap with the original table range and the headers (or the top of the
   * table) must be in the same row." Cells that leave the table keep their
   * contents; cells that join it keep theirs.
   */
  resizeTable(id: string, sheetId: string, next: Rect): void {
    this.protection.guard(sheetId);
    const t = this.tables.tableById(id);
    if (sheetId !== t.sheetId || next.row !== t.rect.row || intersect(next, t.rect) === null) {
      throw invalidArgument("The new range must overlap the table and keep its top row.");
    }
    if (t.showTotals) throw new FakeExcelError("NotImplemented", "The fake host does not resize tables with a totals row.");
    if (next.rows < (t.showHeaders ? 2 : 1)) throw invalidArgument("A table needs at least one data row.");
    if (this.tables.all.some((o) => o !== t && o.sheetId === sheetId && intersect(o.rect, next) !== null))
      throw invalidArgument("A table can't overlap another table.");
    const before = t.rect;
    t.rect = next;
    this.journal.remember(() => (t.rect = before));
    if (t.showHeaders && next.cols !== before.cols) this.tables.fixHeaders(this.sheets.sheetById(sheetId), next);
    this.journal.touch(sheetId, boundingRect(before, next));
  }

  /**
   * Writing values directly below a table grows it over the rows written
   * ("Setting the Range values directly below the table automatically
   * expands the table", Microsoft's "Coauthoring in Excel add-ins", Avoid
   * table row coauthoring conflicts): a write whose top row is the row under
   * the table's last row and whose columns start within the table's. Not
   * for a table with a totals row (the row under it is not the body's).
   */
  expandBelow(sheetId: string, rect: Rect): void {
    for (const t of this.tables.all) {
      if (t.sheetId !== sheetId || t.showTotals || rect.row !== t.rect.row + t.rect.rows) continue;
      if (rect.col < t.rect.col || rect.col >= t.rect.col + t.rect.cols) continue;
      const before = t.rect;
      t.rect = { ...before, rows: before.rows + rect.rows };
      this.journal.remember(() => (t.rect = before));
      return;
    }
  }

  /**
   * Deletes a data row of the table, moving the rows below it (in the
   * table's columns) up. Like Excel, it does nothing while the table is
   * filtered (OfficeDev/office-js#994), and the last data row is only cleared.
   */
  deleteTableRow(id: string, index: number): void {
    this.protection.guard(this.tables.tableById(id).sheetId);
    const t = this.tables.tableById(id);
    const body = this.tables.bodyOf(t);
    if (index < 0 || index >= body.rows) throw itemNotFound(`row ${index} of the table`);
    if (t.filtered) return;
    const sheet = this.sheets.sheetById(t.sheetId);
    const row = body.row + index;
    if (body.rows === 1) {
      this.cells.clear(t.sheetId, { ...body, rows: 1 }, "Contents");
      return;
    }
    for (let c = 0; c < t.rect.cols; c++) this.cells.setCell(sheet, row, t.rect.col + c, EMPTY);
    const below: Rect = { row: row + 1, col: t.rect.col, rows: MAX_ROWS - row - 1, cols: t.rect.cols };
    const moves: [number, number, CellRec][] = [];
    this.cells.eachStored(sheet, below, (r, c, rec) => moves.push([r, c, rec]));
    moves.sort((a, b) => a[0] - b[0]);
    for (const [r, c, rec] of moves) {
      this.cells.setCell(sheet, r - 1, c, rec);
      this.cells.setCell(sheet, r, c, EMPTY);
    }
    const before = t.rect;
    t.rect = { ...before, rows: before.rows - 1 };
    this.journal.remember(() => (t.rect = before));
    this.journal.touch(t.sheetId, { ...body, rows: body.rows });
  }

  /**
   * Appends `count` rows to a table and returns their rectangle. A table whose
   * only data row is empty uses that row first, as Excel does. Cells below the
   * table in its columns move down; new rows take the number formats of the
   * last data row.
   */
  addTableRows(id: string, count: number): Rect {
    this.protection.guard(this.tables.tableById(id).sheetId);
    const table = this.tables.tableById(id);
    const sheet = this.sheets.sheetById(table.sheetId);
    const { row, col, rows, cols } = table.rect;
    const body = this.tables.bodyOf(table);
    const placeholder = body.rows === 1 && this.isEmptyRow(sheet, body.row, col, cols);
    const inserted = placeholder ? count - 1 : count;
    const bottom = body.row + body.rows; // first row below the body (the totals row, if any)
    if (inserted > 0) this.shiftDown(sheet, { row: row + rows, col, rows: MAX_ROWS - row - rows, cols }, inserted);
    if (inserted > 0 && table.showTotals) this.moveRow(sheet, bottom, bottom + inserted, col, cols);
    const formats = Array.from({ length: cols }, (_, c) => this.cells.cell(sheet, bottom - 1, col + c).numberFormat);
    for (let r = bottom; r < bottom + inserted; r++) {
      formats.forEach((f, c) => this.cells.setCell(sheet, r, col + c, { ...EMPTY, numberFormat: f }));
    }
    const before = table.rect;
    table.rect = { ...before, rows: rows + inserted };
    this.journal.remember(() => (table.rect = before));
    const added: Rect = { row: placeholder ? body.row : bottom, col, rows: count, cols };
    this.journal.touch(table.sheetId, added);
    return added;
  }

  private moveRow(sheet: SheetRec, from: number, to: number, col: number, cols: number): void {
    for (let c = col; c < col + cols; c++) {
      this.cells.setCell(sheet, to, c, this.cells.cell(sheet, from, c));
      this.cells.setCell(sheet, from, c, EMPTY);
    }
  }

  private isEmptyRow(sheet: SheetRec, row: number, col: number, cols: number): boolean {
    for (let c = col; c < col + cols; c++) {
      const cell = this.cells.cell(sheet, row, c);
      if (cell.value !== null || cell.formula !== null) return false;
    }
    return true;
  }

  private shiftDown(sheet: SheetRec, area: Rect, by: number): void {
    for (const t of this.tables.all) {
      if (t.sheetId !== sheet.id || intersect(t.rect, area) === null) continue;
      const inside = t.rect.col >= area.col && t.rect.col + t.rect.cols <= area.col + area.cols;
      if (!inside) throw new FakeExcelError("NotImplemented", "The fake host cannot move part of a table.");
      const before = t.rect;
      t.rect = { ...before, row: before.row + by };
      this.journal.remember(() => (t.rect = before));
    }
    const moves: [number, number, CellRec][] = [];
    this.cells.eachStored(sheet, area, (r, c, rec) => moves.push([r, c, rec]));
    moves.sort((a, b) => b[0] - a[0]);
    for (const [r, c, rec] of moves) {
      if (r + by >= MAX_ROWS) throw new FakeExcelError("InvalidOperation", "Cells would be pushed off the sheet.");
      this.cells.setCell(sheet, r + by, c, rec);
      this.cells.setCell(sheet, r, c, EMPTY);
    }
  }
}
