/**
 * The fake host's document: sheets of sparse cells, tables, defined names and
 * a little application state. Every change goes through here, is recorded in
 * an undo journal while a sync runs (so a failed sync can apply nothing), and
 * is noted as a change for the onChanged events.
 *
 * Split by concern, as HyperFormula's DependencyGraph composes its mappings:
 * journal.ts (undo, the changes for events, ids), sheets.ts, protection.ts,
 * cells.ts, tables.ts, tableRows.ts, names.ts and calculation.ts each hold
 * one part and get the parts they use when built. WorkbookStore builds them,
 * answers for them under the names the proxies and tests use, and does what
 * spans several (deleting a sheet deletes its tables). The onChanged events
 * are events.ts, the print model printModel.ts.
 */
import type { Rect } from "../a1";
import { typeIn } from "../cells";
import { FakeExcelError } from "../errors";
import { clearStyles } from "../printModel";
import { Calculation } from "./calculation";
import { Cells, numberFormatCell, typedCell } from "./cells";
import { Journal } from "./journal";
import { NameList, type NameRec } from "./names";
import { Protection } from "./protection";
import { SheetList, type SheetRec } from "./sheets";
import { TableRows } from "./tableRows";
import { TableList, type BoundRec, type TableRec } from "./tables";

export { DEFAULT_COLUMN_WIDTH, MAX_CELLS_PER_OPERATION, type ClearApplyTo } from "./cells";
export type { Change } from "./journal";
export type { NameRec } from "./names";
export type { SheetRec } from "./sheets";
export type { BoundRec, TableRec } from "./tables";

export class WorkbookStore {
  /** The workbook's date system: serials count from 1904-01-01 (Excel for Mac's old default). */
  date1904 = false;
  calculationMode = "Automatic";

  private readonly journal = new Journal();
  private readonly sheetList = new SheetList(this.journal);
  private readonly protection = new Protection(this.journal, this.sheetList);
  private readonly cells = new Cells(this.journal, this.sheetList, this.protection, (sheet, rect) => clearStyles(this, sheet, rect));
  private readonly tableList: TableList = new TableList(
    this.journal,
    this.sheetList,
    this.protection,
    this.cells,
    (name) => this.nameList.nameByName(name) !== undefined,
  );
  private readonly tableRows = new TableRows(this.journal, this.sheetList, this.protection, this.cells, this.tableList);
  private readonly nameList: NameList = new NameList(this.journal, this.sheetList, this.tableList);
  private readonly calculation = new Calculation(this.journal, this.sheetList, this.cells, this.tableList);

  // ---- the journal (journal.ts) -------------------------------------------

  readonly begin = this.journal.begin.bind(this.journal);
  readonly commit = this.journal.commit.bind(this.journal);
  readonly rollback = this.journal.rollback.bind(this.journal);
  /** Records how to undo a change made outside the store's own methods (printModel.ts). */
  readonly journalUndo = this.journal.remember.bind(this.journal);

  /** True when the current transaction changed cells. */
  get changedCells(): boolean {
    return this.journal.changedCells;
  }

  /** Cells changed since the last recalculation, so dependent formulas are out of date. */
  get calcDirty(): boolean {
    return this.journal.calcDirty;
  }

  set calcDirty(dirty: boolean) {
    this.journal.calcDirty = dirty;
  }

  // ---- sheets (sheets.ts, protection.ts) ----------------------------------

  get sheets(): SheetRec[] {
    return this.sheetList.all;
  }

  set sheets(sheets: SheetRec[]) {
    this.sheetList.all = sheets;
  }

  get activeSheetId(): string | null {
    return this.sheetList.activeSheetId;
  }

  set activeSheetId(id: string | null) {
    this.sheetList.activeSheetId = id;
  }

  get selection(): { sheetId: string; rect: Rect } | null {
    return this.sheetList.selection;
  }

  set selection(selection: { sheetId: string; rect: Rect } | null) {
    this.sheetList.selection = selection;
  }

  readonly sheetByName = this.sheetList.sheetByName.bind(this.sheetList);
  readonly sheetById = this.sheetList.sheetById.bind(this.sheetList);
  readonly addSheet = this.sheetList.addSheet.bind(this.sheetList);
  readonly renameSheet = this.sheetList.renameSheet.bind(this.sheetList);
  readonly moveSheet = this.sheetList.moveSheet.bind(this.sheetList);
  readonly setActive = this.sheetList.setActive.bind(this.sheetList);
  readonly select = this.sheetList.select.bind(this.sheetList);
  readonly freezeRows = this.sheetList.freezeRows.bind(this.sheetList);
  readonly guard = this.protection.guard.bind(this.protection);
  readonly protectSheet = this.protection.protectSheet.bind(this.protection);
  readonly unprotectSheet = this.protection.unprotectSheet.bind(this.protection);

  /** Deletes the sheet and the tables on it; the first sheet becomes active if it was. */
  deleteSheet(id: string): void {
    const sheet = this.sheetById(id);
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const [sheets, tables, active] = [this.sheets, this.tables, this.activeSheetId];
    this.sheets = sheets.filter((s) => s !== sheet);
    this.tables = tables.filter((t) => t.sheetId !== id);
    if (active === id) this.activeSheetId = this.sheets[0].id;
    this.journal.remember(() => {
      this.sheets = sheets;
      this.tables = tables;
      this.activeSheetId = active;
    });
  }

  // ---- cells (cells.ts) ---------------------------------------------------

  readonly cell = this.cells.cell.bind(this.cells);
  readonly setCell = this.cells.setCell.bind(this.cells);
  readonly eachStored = this.cells.eachStored.bind(this.cells);
  readonly merge = this.cells.merge.bind(this.cells);
  readonly mergeAcross = this.cells.mergeAcross.bind(this.cells);
  readonly unmerge = this.cells.unmerge.bind(this.cells);
  readonly grid = this.cells.grid.bind(this.cells);
  readonly write = this.cells.write.bind(this.cells);
  readonly setFill = this.cells.setFill.bind(this.cells);
  readonly setHyperlink = this.cells.setHyperlink.bind(this.cells);
  readonly clear = this.cells.clear.bind(this.cells);
  readonly setColumnWidth = this.cells.setColumnWidth.bind(this.cells);
  readonly columnWidth = this.cells.columnWidth.bind(this.cells);
  readonly usedRect = this.cells.usedRect.bind(this.cells);

  // The three writers go through this.write, as before the split, so a spy on store.write sees them all (test/excel/history.test.ts).

  /** Types values into the cells as a user would, in the workbook's date system (cells.ts' typeIn). */
  writeValues(sheetId: string, rect: Rect, input: unknown): void {
    this.write(sheetId, rect, input, (cell, v) => typeIn(cell, v, this.date1904));
  }

  /** Writes Range.valuesAsJson entries: String, Double, Boolean, Empty, stored as they are. */
  writeTyped(sheetId: string, rect: Rect, input: unknown): void {
    this.write(sheetId, rect, input, typedCell);
  }

  writeNumberFormats(sheetId: string, rect: Rect, input: unknown): void {
    this.write(sheetId, rect, input, numberFormatCell);
  }

  // ---- tables (tables.ts, tableRows.ts) -----------------------------------

  get tables(): TableRec[] {
    return this.tableList.all;
  }

  set tables(tables: TableRec[]) {
    this.tableList.all = tables;
  }

  /** PivotTables and charts built on tables. */
  get bound(): BoundRec[] {
    return this.tableList.bound;
  }

  readonly tableByName = this.tableList.tableByName.bind(this.tableList);
  readonly tableById = this.tableList.tableById.bind(this.tableList);
  readonly addTable = this.tableList.addTable.bind(this.tableList);
  readonly renameTable = this.tableList.renameTable.bind(this.tableList);
  readonly deleteTable = this.tableList.deleteTable.bind(this.tableList);
  readonly headerOf = this.tableList.headerOf.bind(this.tableList);
  readonly bodyOf = this.tableList.bodyOf.bind(this.tableList);
  readonly totalsOf = this.tableList.totalsOf.bind(this.tableList);
  readonly columnNames = this.tableList.columnNames.bind(this.tableList);
  readonly setShowHeaders = this.tableList.setShowHeaders.bind(this.tableList);
  readonly filterTable = this.tableList.filterTable.bind(this.tableList);
  readonly bind = this.tableList.bind.bind(this.tableList);
  readonly resizeTable = this.tableRows.resizeTable.bind(this.tableRows);
  readonly deleteTableRow = this.tableRows.deleteTableRow.bind(this.tableRows);
  readonly addTableRows = this.tableRows.addTableRows.bind(this.tableRows);
  readonly expandTableBelow = this.tableRows.expandBelow.bind(this.tableRows);

  // ---- names (names.ts) ---------------------------------------------------

  get names(): NameRec[] {
    return this.nameList.all;
  }

  set names(names: NameRec[]) {
    this.nameList.all = names;
  }

  readonly nameByName = this.nameList.nameByName.bind(this.nameList);
  readonly addName = this.nameList.addName.bind(this.nameList);
  readonly deleteName = this.nameList.deleteName.bind(this.nameList);
  readonly nameFormula = this.nameList.nameFormula.bind(this.nameList);
  readonly referenceOf = this.nameList.referenceOf.bind(this.nameList);

  // ---- calculation (calculation.ts) ---------------------------------------

  readonly recalculate = this.calculation.recalculate.bind(this.calculation);
  readonly columnCells = this.calculation.columnCells.bind(this.calculation);

  /** Recalculations so far (to measure what a write costs). */
  get recalcCount(): number {
    return this.calculation.recalcCount;
  }
}
