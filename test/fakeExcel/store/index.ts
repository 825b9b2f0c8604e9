/**
 * The fake host's document: sheets of sparse cells, tables, defined names and
 * a little application state. Every change goes through here, is recorded in
 * an undo journal while a sync runs (so a failed sync can apply nothing), and
 * is noted as a change for the onChanged events.
 *
 * Split by concern, each module adding one to the one before it: journal.ts
 * (undo and the changes for events) ‹ sheets.ts ‹ protection.ts ‹ cells.ts ‹
 * tables.ts ‹ tableRows.ts ‹ names.ts ‹ calculation.ts ‹ WorkbookStore, which
 * coordinates what spans them (deleting a sheet deletes its tables). The
 * onChanged events are events.ts, the print model printModel.ts.
 */
import { FakeExcelError } from "../errors";
import { Calculation } from "./calculation";

export { DEFAULT_COLUMN_WIDTH, MAX_CELLS_PER_OPERATION, type ClearApplyTo } from "./cells";
export type { Change } from "./journal";
export type { NameRec } from "./names";
export type { SheetRec } from "./sheets";
export type { BoundRec, TableRec } from "./tables";

export class WorkbookStore extends Calculation {
  deleteSheet(id: string): void {
    const sheet = this.sheetById(id);
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const [sheets, tables, active] = [this.sheets, this.tables, this.activeSheetId];
    this.sheets = sheets.filter((s) => s !== sheet);
    this.tables = tables.filter((t) => t.sheetId !== id);
    if (active === id) this.activeSheetId = this.sheets[0].id;
    this.remember(() => {
      this.sheets = sheets;
      this.tables = tables;
      this.activeSheetId = active;
    });
  }
}
