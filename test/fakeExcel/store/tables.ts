/**
 * The tables: adding, renaming and deleting them, their parts (header row,
 * body, totals row), hiding the header row, AutoFilter, and the PivotTables
 * and charts built on them. Adding, resizing and deleting rows is
 * tableRows.ts.
 */
import { MAX_ROWS, intersect, type Rect } from "../a1";
import { EMPTY, valueOf, type CellValue } from "../cells";
import { FakeExcelError, invalidArgument, itemNotFound } from "../errors";
import { breakReferences, renameReferences } from "../formulas";
import type { Cells } from "./cells";
import type { Journal } from "./journal";
import type { Protection } from "./protection";
import type { SheetList, SheetRec } from "./sheets";
import { checkDefinedName, same } from "./validNames";

export interface TableRec {
  readonly id: string;
  name: string;
  sheetId: string;
  /** The whole table: the header row when shown, the body, the totals row when shown. */
  rect: Rect;
  /** False when the user unticked Header Row: the header is not on the sheet, the column names remain. */
  showHeaders: boolean;
  /** True when the table has a totals row (its last row, never data). */
  showTotals: boolean;
  /** The column names while the header row is hidden. */
  hiddenHeader: string[] | null;
  /** True while an AutoFilter criterion hides some of its rows. */
  filtered: boolean;
}

/** A PivotTable or chart whose source is a table (by id; null once the table is deleted). */
export interface BoundRec {
  readonly kind: "pivot" | "chart";
  readonly name: string;
  readonly sheetId: string;
  sourceTableId: string | null;
}

export class TableList {
  all: TableRec[] = [];
  /** PivotTables and charts built on tables. */
  bound: BoundRec[] = [];

  constructor(
    private readonly journal: Journal,
    private readonly sheets: SheetList,
    private readonly protection: Protection,
    private readonly cells: Cells,
    /** True when a defined name (names.ts) is called `name`: tables and names share one namespace. */
    private readonly isDefinedName: (name: string) => boolean,
  ) {}

  tableByName(name: string): TableRec | undefined {
    return this.all.find((t) => same(t.name, name));
  }

  tableById(id: string): TableRec {
    const table = this.all.find((t) => t.id === id);
    if (table === undefined) throw itemNotFound("the table was deleted");
    return table;
  }

  /** Adds a table whose header row is the first row of `rect`; a header-only range gets one empty data row. */
  addTable(sheetId: string, rect: Rect, hasHeaders: boolean): TableRec {
    this.protection.guard(sheetId);
    if (!hasHeaders) throw new FakeExcelError("NotImplemented", "The fake host only adds tables whose first row is the header.");
    const sheet = this.sheets.sheetById(sheetId);
    const full = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
    if (full.row + full.rows > MAX_ROWS) throw invalidArgument("The table does not fit on the sheet.");
    if (this.all.some((t) => t.sheetId === sheetId && intersect(t.rect, full) !== null)) {
      throw invalidArgument("A table can't overlap another table.");
    }
    let n = this.all.length + 1;
    while (this.tableByName(`Table${n}`) || this.isDefinedName(`Table${n}`)) n++;
    const table: TableRec = {
      id: this.journal.newId("7AB1"),
      name: `Table${n}`,
      sheetId,
      rect: full,
      showHeaders: true,
      showTotals: false,
      hiddenHeader: null,
      filtered: false,
    };
    this.fixHeaders(sheet, full);
    const before = this.all;
    this.all = [...before, table];
    this.journal.remember(() => (this.all = before));
    this.journal.touch(sheetId, full);
    return table;
  }

  /** Table headers are unique text: blanks become "Column1", repeats get a number. */
  fixHeaders(sheet: SheetRec, rect: Rect): void {
    const seen = new Set<string>();
    for (let c = 0; c < rect.cols; c++) {
      const cell = this.cells.cell(sheet, rect.row, rect.col + c);
      let text = cell.value === null ? `Column${c + 1}` : typeof cell.value === "object" ? cell.value.error : String(cell.value);
      const base = text;
      for (let k = 2; seen.has(text.toLowerCase()); k++) text = `${base}${k}`;
      seen.add(text.toLowerCase());
      if (cell.value !== text || cell.formula !== null) this.cells.setCell(sheet, rect.row, rect.col + c, { ...cell, value: text, formula: null });
    }
  }

  renameTable(id: string, name: string): void {
    const table = this.tableById(id);
    checkDefinedName(name);
    const other = this.tableByName(name);
    if ((other && other !== table) || this.isDefinedName(name)) {
      throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used by a table or a defined name.`);
    }
    const before = table.name;
    table.name = name;
    this.journal.remember(() => (table.name = before));
    this.cells.rewriteFormulas((f) => renameReferences(f, before, name));
  }

  /**
   * Deletes the table and its cells' contents and formats, as Excel does:
   * formulas that name it turn into #REF!, PivotTables and charts built on it
   * lose their source, and a new table of the same name repairs neither.
   */
  deleteTable(id: string): void {
    this.protection.guard(this.tableById(id).sheetId);
    const table = this.tableById(id);
    const before = this.all;
    this.all = before.filter((t) => t !== table);
    this.journal.remember(() => (this.all = before));
    this.cells.clear(table.sheetId, table.rect, "All");
    this.cells.rewriteFormulas((f) => breakReferences(f, table.name));
    for (const b of this.bound) {
      if (b.sourceTableId !== id) continue;
      b.sourceTableId = null;
      this.journal.remember(() => (b.sourceTableId = id));
    }
  }

  /** The header row, or null while it is hidden. */
  headerOf(t: TableRec): Rect | null {
    return t.showHeaders ? { ...t.rect, rows: 1 } : null;
  }

  /** The data rows: the table without its header and totals rows. */
  bodyOf(t: TableRec): Rect {
    const top = t.showHeaders ? 1 : 0;
    return { ...t.rect, row: t.rect.row + top, rows: t.rect.rows - top - (t.showTotals ? 1 : 0) };
  }

  /** The totals row, or null when the table has none. */
  totalsOf(t: TableRec): Rect | null {
    return t.showTotals ? { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 } : null;
  }

  /** The column names: the header's text, kept while the header row is hidden. */
  columnNames(t: TableRec): string[] {
    if (t.hiddenHeader !== null) return t.hiddenHeader;
    const sheet = this.sheets.sheetById(t.sheetId);
    return Array.from({ length: t.rect.cols }, (_, c) => String(valueOf(this.cells.cell(sheet, t.rect.row, t.rect.col + c))));
  }

  /** Hides or shows the header row (Table Design › Header Row): the row leaves the table, its names are kept. */
  setShowHeaders(id: string, show: boolean): void {
    const t = this.tableById(id);
    if (t.showHeaders === show) return;
    const sheet = this.sheets.sheetById(t.sheetId);
    const [rect, hidden, shown] = [t.rect, t.hiddenHeader, t.showHeaders];
    if (!show) {
      t.hiddenHeader = this.columnNames(t);
      for (let c = 0; c < rect.cols; c++) this.cells.setCell(sheet, rect.row, rect.col + c, EMPTY);
      t.rect = { ...rect, row: rect.row + 1, rows: rect.rows - 1 };
    } else {
      if (rect.row === 0) throw new FakeExcelError("InvalidOperation", "There is no room above the table for its header row.");
      const names = hidden ?? [];
      t.rect = { ...rect, row: rect.row - 1, rows: rect.rows + 1 };
      names.forEach((n, c) => this.cells.setCell(sheet, t.rect.row, rect.col + c, { ...EMPTY, value: n }));
      t.hiddenHeader = null;
    }
    t.showHeaders = show;
    this.journal.remember(() => Object.assign(t, { rect, hiddenHeader: hidden, showHeaders: shown }));
    this.journal.touch(t.sheetId, t.rect);
  }

  /** Hides the rows of a table whose cell in `column` fails `keep` (an AutoFilter criterion). */
  filterTable(id: string, column: number, keep: (value: CellValue | null) => boolean): void {
    const t = this.tableById(id);
    const sheet = this.sheets.sheetById(t.sheetId);
    const body = this.bodyOf(t);
    for (let r = body.row; r < body.row + body.rows; r++) {
      if (keep(this.cells.cell(sheet, r, body.col + column).value)) sheet.hiddenRows.delete(r);
      else sheet.hiddenRows.add(r);
    }
    t.filtered = true;
  }

  /** Adds a PivotTable or chart whose source is the table `tableName`. */
  bind(kind: BoundRec["kind"], name: string, sheetId: string, tableName: string): BoundRec {
    const table = this.tableByName(tableName);
    if (table === undefined) throw itemNotFound(`the table "${tableName}"`);
    const rec: BoundRec = { kind, name, sheetId, sourceTableId: table.id };
    this.bound = [...this.bound, rec];
    return rec;
  }
}
