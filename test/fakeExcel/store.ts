/**
 * The fake host's document: sheets of sparse cells, tables, defined names and
 * a little application state. Every change goes through here, is recorded in
 * an undo journal while a sync runs (so a failed sync can apply nothing), and
 * is noted as a change for the onChanged events.
 */
import { MAX_COLS, MAX_ROWS, boundingRect, formatAbsolute, intersect, quoteSheet, splitAddress, parseRect, type Rect } from "./a1";
import { EMPTY, isBlankRec, typeIn, valueOf, type CellRec, type CellValue, type Hyperlink } from "./cells";
import { FakeExcelError, invalidArgument, itemNotFound } from "./errors";
import { breakReferences, evaluate, renameReferences } from "./formulas";
import { clearStyles, newPrintRec, type PrintRec } from "./printModel";

export interface SheetRec {
  readonly id: string;
  name: string;
  /** Sparse rows: row index → cells by column index. */
  rows: Map<number, (CellRec | undefined)[]>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Rows hidden by a filter or by hand (0-based). Reads through the API still see them. */
  hiddenRows: Set<number>;
  /** Merged areas: only the top-left cell of each holds a value; the others read as empty. */
  merged: Rect[];
  /** What printing needs (see printModel.ts): cell styles, row heights, page layout, manual page breaks. */
  print: PrintRec;
  /**
   * Sheet protection (Review › Protect Sheet, or WorksheetProtection.protect):
   * while on, every change to the sheet's cells, tables or column widths is
   * refused with AccessDenied, as Excel refuses it (see guard).
   */
  protection: { on: boolean; password: string | null };
}

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

export interface NameRec {
  readonly name: string;
  /** A reference to cells, or null for a name holding a plain formula. */
  readonly ref: { readonly sheetId: string; readonly rect: Rect } | null;
  readonly formula: string | null;
  readonly comment: string;
}

export interface Change {
  readonly sheetId: string;
  readonly rect: Rect;
}

export type ClearApplyTo = "All" | "Contents" | "Formats" | "Hyperlinks";

/** Cells one read or write may touch, as Excel on the web allows. */
export const MAX_CELLS_PER_OPERATION = 5_000_000;

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class WorkbookStore {
  sheets: SheetRec[] = [];
  tables: TableRec[] = [];
  names: NameRec[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  calculationMode = "Automatic";
  /** PivotTables and charts built on tables. */
  bound: BoundRec[] = [];
  /** The workbook's date system: serials count from 1904-01-01 (Excel for Mac's old default). */
  date1904 = false;
  /** Cells changed since the last recalculation, so dependent formulas are out of date. */
  calcDirty = false;
  /** Recalculations so far (to measure what a write costs). */
  recalcCount = 0;
  private journal: (() => void)[] | null = null;
  private changes: Change[] = [];
  private nextId = 1;

  // ---- transactions ------------------------------------------------------

  begin(): void {
    this.journal = [];
    this.changes = [];
  }

  /** Ends the transaction and returns what changed. */
  commit(): Change[] {
    this.journal = null;
    const out = this.changes;
    this.changes = [];
    return out;
  }

  rollback(): void {
    const undo = this.journal ?? [];
    this.journal = null;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
    this.changes = [];
  }

  /** Records how to undo a change made outside the store's own methods (printModel.ts). */
  journalUndo(undo: () => void): void {
    this.remember(undo);
  }

  private remember(undo: () => void): void {
    this.journal?.push(undo);
  }

  private touch(sheetId: string, rect: Rect): void {
    this.changes.push({ sheetId, rect });
    this.calcDirty = true;
  }

  /** True when the current transaction changed cells. */
  get changedCells(): boolean {
    return this.changes.length > 0;
  }

  // ---- calculation --------------------------------------------------------

  /**
   * Recalculates the formulas the fake understands (see formulas.ts), as
   * Excel's automatic calculation does after a change. Other formulas keep
   * their values.
   */
  recalculate(): void {
    this.calcDirty = false;
    this.recalcCount++;
    for (const sheet of this.sheets) {
      for (const [row, cells] of sheet.rows) {
        cells.forEach((rec, col) => {
          if (rec?.formula == null) return;
          const value = evaluate(rec.formula, (table, column) => this.columnCells(table, column));
          if (value !== undefined) this.put(sheet, row, col, { ...rec, value });
        });
      }
    }
  }

  /** The body cells of a table's column (the first column when `column` is null), or null. */
  columnCells(tableName: string, column: string | null): (CellValue | null)[] | null {
    const table = this.tableByName(tableName);
    if (table === undefined) return null;
    const names = this.columnNames(table);
    const index = column === null ? 0 : names.findIndex((n) => n.toLowerCase() === column.trim().toLowerCase());
    if (index < 0) return null;
    const sheet = this.sheetById(table.sheetId);
    const body = this.bodyOf(table);
    return Array.from({ length: body.rows }, (_, r) => this.cell(sheet, body.row + r, body.col + index).value);
  }

  /** Rewrites every formula of the workbook. */
  private rewriteFormulas(change: (formula: string) => string): void {
    for (const sheet of this.sheets) {
      for (const [row, cells] of sheet.rows) {
        cells.forEach((rec, col) => {
          if (rec?.formula == null) return;
          const formula = change(rec.formula);
          if (formula !== rec.formula) this.setCell(sheet, row, col, { ...rec, formula, value: formula.includes("#REF!") ? { error: "#REF!" } : rec.value });
        });
      }
    }
  }

  private newId(prefix: string): string {
    const n = String(this.nextId++).padStart(12, "0");
    return `{${prefix}-0000-4000-8000-${n}}`;
  }

  // ---- sheets -------------------------------------------------------------

  sheetByName(name: string): SheetRec | undefined {
    return this.sheets.find((s) => same(s.name, name));
  }

  sheetById(id: string): SheetRec {
    const sheet = this.sheets.find((s) => s.id === id);
    if (sheet === undefined) throw itemNotFound("the worksheet was deleted");
    return sheet;
  }

  addSheet(name?: string): SheetRec {
    let n = this.sheets.length + 1;
    while (name === undefined && this.sheetByName(`Sheet${n}`)) n++;
    const sheetName = name ?? `Sheet${n}`;
    checkSheetName(sheetName);
    if (this.sheetByName(sheetName)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${sheetName}" already exists.`);
    const sheet: SheetRec = {
      id: this.newId("5EE7"),
      name: sheetName,
      rows: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      hiddenRows: new Set(),
      merged: [],
      print: newPrintRec(),
      protection: { on: false, password: null },
    };
    const before = this.sheets;
    this.sheets = [...before, sheet];
    this.remember(() => (this.sheets = before));
    if (this.activeSheetId === null) this.setActive(sheet.id);
    return sheet;
  }

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

  renameSheet(id: string, name: string): void {
    const sheet = this.sheetById(id);
    checkSheetName(name);
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const before = sheet.name;
    sheet.name = name;
    this.remember(() => (sheet.name = before));
  }

  // ---- protection ---------------------------------------------------------

  /**
   * Refuses a change to a protected sheet before anything of it is applied.
   * Excel answers an API write to a locked cell of a protected sheet with
   * AccessDenied, "You cannot perform the requested operation."
   * (microsoftgraph/microsoft-graph-docs#4546 shows the same answer through
   * Graph); the fake treats every cell as locked, Excel's default.
   */
  guard(sheetId: string): void {
    const sheet = this.sheetById(sheetId);
    if (sheet.protection.on) throw new FakeExcelError("AccessDenied", "You cannot perform the requested operation.", "Range");
  }

  /**
   * WorksheetProtection.protect: "Fails if the worksheet has already been
   * protected" (@types/office-js), with AccessDenied as hosts answer it
   * (OfficeDev/office-js#6784).
   */
  protectSheet(sheetId: string, password: string | null): void {
    const sheet = this.sheetById(sheetId);
    if (sheet.protection.on) throw new FakeExcelError("AccessDenied", "The worksheet is already protected.", "WorksheetProtection.protect");
    const before = sheet.protection;
    sheet.protection = { on: true, password };
    this.remember(() => (sheet.protection = before));
  }

  /** WorksheetProtection.unprotect: fails on an unprotected sheet (OfficeDev/office-js#6784) and with a wrong password. */
  unprotectSheet(sheetId: string, password: string | null): void {
    const sheet = this.sheetById(sheetId);
    if (!sheet.protection.on) throw new FakeExcelError("AccessDenied", "The worksheet is not protected.", "WorksheetProtection.unprotect");
    if ((sheet.protection.password ?? "") !== (password ?? ""))
      throw new FakeExcelError("InvalidArgument", "The password is incorrect.", "WorksheetProtection.unprotect");
    const before = sheet.protection;
    sheet.protection = { on: false, password: null };
    this.remember(() => (sheet.protection = before));
  }

  setActive(id: string): void {
    const before = this.activeSheetId;
    this.activeSheetId = id;
    this.remember(() => (this.activeSheetId = before));
  }

  select(sheetId: string, rect: Rect): void {
    const before = this.selection;
    this.selection = { sheetId, rect };
    this.setActive(sheetId);
    this.remember(() => (this.selection = before));
  }

  freezeRows(sheetId: string, count: number): void {
    const sheet = this.sheetById(sheetId);
    const before = sheet.frozenRows;
    sheet.frozenRows = count;
    this.remember(() => (sheet.frozenRows = before));
  }

  // ---- cells --------------------------------------------------------------

  cell(sheet: SheetRec, row: number, col: number): CellRec {
    return sheet.rows.get(row)?.[col] ?? EMPTY;
  }

  setCell(sheet: SheetRec, row: number, col: number, rec: CellRec): void {
    const prev = sheet.rows.get(row)?.[col];
    this.put(sheet, row, col, isBlankRec(rec) ? undefined : rec);
    this.remember(() => this.put(sheet, row, col, prev));
  }

  private put(sheet: SheetRec, row: number, col: number, rec: CellRec | undefined): void {
    let cells = sheet.rows.get(row);
    if (cells === undefined) {
      if (rec === undefined) return;
      cells = [];
      sheet.rows.set(row, cells);
    }
    cells[col] = rec;
  }

  /** Calls `fn` for every stored cell inside `rect`. */
  eachStored(sheet: SheetRec, rect: Rect, fn: (row: number, col: number, rec: CellRec) => void): void {
    for (const [row, cells] of sheet.rows) {
      if (row < rect.row || row >= rect.row + rect.rows) continue;
      const end = Math.min(cells.length, rect.col + rect.cols);
      for (let col = rect.col; col < end; col++) {
        const rec = cells[col];
        if (rec !== undefined) fn(row, col, rec);
      }
    }
  }

  /** True for a cell of a merged area other than its top-left one. */
  private hiddenByMerge(sheet: SheetRec, row: number, col: number): boolean {
    return sheet.merged.some((m) => row >= m.row && row < m.row + m.rows && col >= m.col && col < m.col + m.cols && (row !== m.row || col !== m.col));
  }

  /**
   * Merges cells (Range.merge): as in Excel, the area keeps the top-left
   * value only, and the other cells read as empty.
   */
  merge(sheetId: string, rect: Rect): void {
    this.guard(sheetId);
    const sheet = this.sheetById(sheetId);
    const before = sheet.merged;
    // A new area absorbs the areas it overlaps, as merging a selection that holds merged cells does.
    sheet.merged = [...sheet.merged.filter((m) => intersect(m, rect) === null), rect];
    this.remember(() => (sheet.merged = before));
    this.eachStored(sheet, rect, (r, c, rec) => {
      if (r !== rect.row || c !== rect.col) this.setCell(sheet, r, c, { ...rec, value: null, formula: null });
    });
  }

  /** Range.merge(true): each row of `rect` becomes its own merged area (one pass over the old areas, however many rows). */
  mergeAcross(sheetId: string, rect: Rect): void {
    const sheet = this.sheetById(sheetId);
    const before = sheet.merged;
    const rows = Array.from({ length: rect.rows }, (_, r) => ({ ...rect, row: rect.row + r, rows: 1 }));
    sheet.merged = [...sheet.merged.filter((m) => intersect(m, rect) === null), ...rows];
    this.remember(() => (sheet.merged = before));
    this.eachStored(sheet, rect, (r, c, rec) => {
      if (c !== rect.col) this.setCell(sheet, r, c, { ...rec, value: null, formula: null });
    });
  }

  /** Range.unmerge: the merged areas that intersect `rect` become single cells again (their values stay where they are). */
  unmerge(sheetId: string, rect: Rect): void {
    const sheet = this.sheetById(sheetId);
    const before = sheet.merged;
    sheet.merged = sheet.merged.filter((m) => intersect(m, rect) === null);
    this.remember(() => (sheet.merged = before));
  }

  /** A rows × cols grid of `read(cell)`. */
  grid<T>(sheetId: string, rect: Rect, read: (rec: CellRec) => T): T[][] {
    checkSize(rect);
    const sheet = this.sheetById(sheetId);
    const out: T[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const cells = sheet.rows.get(rect.row + r);
      const line: T[] = [];
      for (let c = 0; c < rect.cols; c++)
        line.push(read(sheet.merged.length > 0 && this.hiddenByMerge(sheet, rect.row + r, rect.col + c) ? EMPTY : (cells?.[rect.col + c] ?? EMPTY)));
      out.push(line);
    }
    return out;
  }

  /** Writes a 2-D array into `rect`, cell by cell through `apply` (null result = unchanged). */
  write(sheetId: string, rect: Rect, input: unknown, apply: (cell: CellRec, value: unknown) => CellRec | null): void {
    this.guard(sheetId);
    const sheet = this.sheetById(sheetId);
    const rows = input as unknown[][];
    const fits = Array.isArray(rows) && rows.length === rect.rows && rows.every((r) => Array.isArray(r) && r.length === rect.cols);
    if (!fits) throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    checkSize(rect);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        const next = apply(this.cell(sheet, rect.row + r, rect.col + c), rows[r][c]);
        if (next !== null) this.setCell(sheet, rect.row + r, rect.col + c, next);
      }
    }
    this.touch(sheetId, rect);
  }

  writeValues(sheetId: string, rect: Rect, input: unknown): void {
    this.write(sheetId, rect, input, (cell, v) => typeIn(cell, v, this.date1904));
  }

  /** Writes Range.valuesAsJson entries: String, Double, Boolean, Empty, stored as they are. */
  writeTyped(sheetId: string, rect: Rect, input: unknown): void {
    this.write(sheetId, rect, input, (cell, v) => {
      const { type, basicValue } = (v ?? {}) as { type?: string; basicValue?: unknown };
      if (type === "Empty") return { ...cell, value: null, formula: null };
      const ok =
        (type === "String" && typeof basicValue === "string") ||
        (type === "Double" && typeof basicValue === "number" && Number.isFinite(basicValue)) ||
        (type === "Boolean" && typeof basicValue === "boolean");
      if (!ok) throw invalidArgument(`Not a cell value: ${JSON.stringify(v)}`);
      return { ...cell, value: basicValue === "" ? null : (basicValue as string | number | boolean), formula: null };
    });
  }

  writeNumberFormats(sheetId: string, rect: Rect, input: unknown): void {
    this.write(sheetId, rect, input, (cell, v) => {
      if (v === null || v === undefined) return null;
      if (typeof v !== "string") throw invalidArgument("A number format must be text.");
      return { ...cell, numberFormat: v === "" ? "General" : v };
    });
  }

  /** Sets one attribute on every cell of `rect` (fills, hyperlinks). */
  private setEach(sheetId: string, rect: Rect, change: (cell: CellRec) => CellRec): void {
    this.guard(sheetId);
    const sheet = this.sheetById(sheetId);
    checkSize(rect);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) this.setCell(sheet, r, c, change(this.cell(sheet, r, c)));
    }
    this.touch(sheetId, rect);
  }

  setFill(sheetId: string, rect: Rect, color: string | null): void {
    this.setEach(sheetId, rect, (cell) => ({ ...cell, fill: color }));
  }

  setHyperlink(sheetId: string, rect: Rect, link: Hyperlink | null): void {
    const text = link?.textToDisplay;
    this.setEach(sheetId, rect, (cell) => ({ ...cell, hyperlink: link, ...(text === undefined ? {} : { value: text === "" ? null : text, formula: null }) }));
  }

  clear(sheetId: string, rect: Rect, applyTo: ClearApplyTo): void {
    this.guard(sheetId);
    const sheet = this.sheetById(sheetId);
    if (applyTo === "All" || applyTo === "Formats") clearStyles(this, sheet, rect);
    const hits: [number, number, CellRec][] = [];
    this.eachStored(sheet, rect, (r, c, rec) => hits.push([r, c, rec]));
    for (const [r, c, rec] of hits) {
      const next: CellRec =
        applyTo === "All"
          ? EMPTY
          : applyTo === "Contents"
            ? { ...rec, value: null, formula: null }
            : applyTo === "Formats"
              ? { ...rec, numberFormat: "General", fill: null }
              : { ...rec, hyperlink: null };
      this.setCell(sheet, r, c, next);
    }
    this.touch(sheetId, rect);
  }

  setColumnWidth(sheetId: string, rect: Rect, points: number): void {
    this.guard(sheetId);
    const sheet = this.sheetById(sheetId);
    if (!(points >= 0)) throw invalidArgument("A column width must be a number of points ≥ 0.");
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const before = sheet.columnWidths.get(c);
      sheet.columnWidths.set(c, points);
      this.remember(() => (before === undefined ? sheet.columnWidths.delete(c) : sheet.columnWidths.set(c, before)));
    }
  }

  columnWidth(sheet: SheetRec, col: number): number {
    return sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** The smallest rectangle holding every stored cell (only those with a value when `valuesOnly`), or null. */
  usedRect(sheetId: string, valuesOnly: boolean): Rect | null {
    const sheet = this.sheetById(sheetId);
    let box: Rect | null = null;
    const all: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
    this.eachStored(sheet, all, (row, col, rec) => {
      if (valuesOnly && rec.value === null && rec.formula === null) return;
      const cell = { row, col, rows: 1, cols: 1 };
      box = box === null ? cell : boundingRect(box, cell);
    });
    return box;
  }

  // ---- tables -------------------------------------------------------------

  tableByName(name: string): TableRec | undefined {
    return this.tables.find((t) => same(t.name, name));
  }

  tableById(id: string): TableRec {
    const table = this.tables.find((t) => t.id === id);
    if (table === undefined) throw itemNotFound("the table was deleted");
    return table;
  }

  /** Adds a table whose header row is the first row of `rect`; a header-only range gets one empty data row. */
  addTable(sheetId: string, rect: Rect, hasHeaders: boolean): TableRec {
    this.guard(sheetId);
    if (!hasHeaders) throw new FakeExcelError("NotImplemented", "The fake host only adds tables whose first row is the header.");
    const sheet = this.sheetById(sheetId);
    const full = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
    if (full.row + full.rows > MAX_ROWS) throw invalidArgument("The table does not fit on the sheet.");
    if (this.tables.some((t) => t.sheetId === sheetId && intersect(t.rect, full) !== null)) {
      throw invalidArgument("A table can't overlap another table.");
    }
    let n = this.tables.length + 1;
    while (this.tableByName(`Table${n}`) || this.nameByName(`Table${n}`)) n++;
    const table: TableRec = {
      id: this.newId("7AB1"),
      name: `Table${n}`,
      sheetId,
      rect: full,
      showHeaders: true,
      showTotals: false,
      hiddenHeader: null,
      filtered: false,
    };
    this.fixHeaders(sheet, full);
    const before = this.tables;
    this.tables = [...before, table];
    this.remember(() => (this.tables = before));
    this.touch(sheetId, full);
    return table;
  }

  /** Table headers are unique text: blanks become "Column1", repeats get a number. */
  private fixHeaders(sheet: SheetRec, rect: Rect): void {
    const seen = new Set<string>();
    for (let c = 0; c < rect.cols; c++) {
      const cell = this.cell(sheet, rect.row, rect.col + c);
      let text = cell.value === null ? `Column${c + 1}` : typeof cell.value === "object" ? cell.value.error : String(cell.value);
      const base = text;
      for (let k = 2; seen.has(text.toLowerCase()); k++) text = `${base}${k}`;
      seen.add(text.toLowerCase());
      if (cell.value !== text || cell.formula !== null) this.setCell(sheet, rect.row, rect.col + c, { ...cell, value: text, formula: null });
    }
  }

  renameTable(id: string, name: string): void {
    const table = this.tableById(id);
    checkDefinedName(name);
    const other = this.tableByName(name);
    if ((other && other !== table) || this.nameByName(name)) {
      throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used by a table or a defined name.`);
    }
    const before = table.name;
    table.name = name;
    this.remember(() => (table.name = before));
    this.rewriteFormulas((f) => renameReferences(f, before, name));
  }

  /**
   * Deletes the table and its cells' contents and formats, as Excel does:
   * formulas that name it turn into #REF!, PivotTables and charts built on it
   * lose their source, and a new table of the same name repairs neither.
   */
  deleteTable(id: string): void {
    this.guard(this.tableById(id).sheetId);
    const table = this.tableById(id);
    const before = this.tables;
    this.tables = before.filter((t) => t !== table);
    this.remember(() => (this.tables = before));
    this.clear(table.sheetId, table.rect, "All");
    this.rewriteFormulas((f) => breakReferences(f, table.name));
    for (const b of this.bound) {
      if (b.sourceTableId !== id) continue;
      b.sourceTableId = null;
      this.remember(() => (b.sourceTableId = id));
    }
  }

  // ---- table parts -------------------------------------------------------

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
    const sheet = this.sheetById(t.sheetId);
    return Array.from({ length: t.rect.cols }, (_, c) => String(valueOf(this.cell(sheet, t.rect.row, t.rect.col + c))));
  }

  /** Hides or shows the header row (Table Design › Header Row): the row leaves the table, its names are kept. */
  setShowHeaders(id: string, show: boolean): void {
    const t = this.tableById(id);
    if (t.showHeaders === show) return;
    const sheet = this.sheetById(t.sheetId);
    const [rect, hidden, shown] = [t.rect, t.hiddenHeader, t.showHeaders];
    if (!show) {
      t.hiddenHeader = this.columnNames(t);
      for (let c = 0; c < rect.cols; c++) this.setCell(sheet, rect.row, rect.col + c, EMPTY);
      t.rect = { ...rect, row: rect.row + 1, rows: rect.rows - 1 };
    } else {
      if (rect.row === 0) throw new FakeExcelError("InvalidOperation", "There is no room above the table for its header row.");
      const names = hidden ?? [];
      t.rect = { ...rect, row: rect.row - 1, rows: rect.rows + 1 };
      names.forEach((n, c) => this.setCell(sheet, t.rect.row, rect.col + c, { ...EMPTY, value: n }));
      t.hiddenHeader = null;
    }
    t.showHeaders = show;
    this.remember(() => Object.assign(t, { rect, hiddenHeader: hidden, showHeaders: shown }));
    this.touch(t.sheetId, t.rect);
  }

  /**
   * Resizes the table (Table.resize, ExcelApi 1.13): "The new range must
   * overlap with the original table range and the headers (or the top of the
   * table) must be in the same row." Cells that leave the table keep their
   * contents; cells that join it keep theirs.
   */
  resizeTable(id: string, sheetId: string, next: Rect): void {
    this.guard(sheetId);
    const t = this.tableById(id);
    if (sheetId !== t.sheetId || next.row !== t.rect.row || intersect(next, t.rect) === null) {
      throw invalidArgument("The new range must overlap the table and keep its top row.");
    }
    if (t.showTotals) throw new FakeExcelError("NotImplemented", "The fake host does not resize tables with a totals row.");
    if (next.rows < (t.showHeaders ? 2 : 1)) throw invalidArgument("A table needs at least one data row.");
    if (this.tables.some((o) => o !== t && o.sheetId === sheetId && intersect(o.rect, next) !== null))
      throw invalidArgument("A table can't overlap another table.");
    const before = t.rect;
    t.rect = next;
    this.remember(() => (t.rect = before));
    if (t.showHeaders && next.cols !== before.cols) this.fixHeaders(this.sheetById(sheetId), next);
    this.touch(sheetId, boundingRect(before, next));
  }

  /**
   * Deletes a data row of the table, moving the rows below it (in the
   * table's columns) up. Like Excel, it does nothing while the table is
   * filtered (OfficeDev/office-js#994), and the last data row is only cleared.
   */
  deleteTableRow(id: string, index: number): void {
    this.guard(this.tableById(id).sheetId);
    const t = this.tableById(id);
    const body = this.bodyOf(t);
    if (index < 0 || index >= body.rows) throw itemNotFound(`row ${index} of the table`);
    if (t.filtered) return;
    const sheet = this.sheetById(t.sheetId);
    const row = body.row + index;
    if (body.rows === 1) {
      this.clear(t.sheetId, { ...body, rows: 1 }, "Contents");
      return;
    }
    for (let c = 0; c < t.rect.cols; c++) this.setCell(sheet, row, t.rect.col + c, EMPTY);
    const below: Rect = { row: row + 1, col: t.rect.col, rows: MAX_ROWS - row - 1, cols: t.rect.cols };
    const moves: [number, number, CellRec][] = [];
    this.eachStored(sheet, below, (r, c, rec) => moves.push([r, c, rec]));
    moves.sort((a, b) => a[0] - b[0]);
    for (const [r, c, rec] of moves) {
      this.setCell(sheet, r - 1, c, rec);
      this.setCell(sheet, r, c, EMPTY);
    }
    const before = t.rect;
    t.rect = { ...before, rows: before.rows - 1 };
    this.remember(() => (t.rect = before));
    this.touch(t.sheetId, { ...body, rows: body.rows });
  }

  /** Hides the rows of a table whose cell in `column` fails `keep` (an AutoFilter criterion). */
  filterTable(id: string, column: number, keep: (value: CellValue | null) => boolean): void {
    const t = this.tableById(id);
    const sheet = this.sheetById(t.sheetId);
    const body = this.bodyOf(t);
    for (let r = body.row; r < body.row + body.rows; r++) {
      if (keep(this.cell(sheet, r, body.col + column).value)) sheet.hiddenRows.delete(r);
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

  /**
   * Appends `count` rows to a table and returns their rectangle. A table whose
   * only data row is empty uses that row first, as Excel does. Cells below the
   * table in its columns move down; new rows take the number formats of the
   * last data row.
   */
  addTableRows(id: string, count: number): Rect {
    this.guard(this.tableById(id).sheetId);
    const table = this.tableById(id);
    const sheet = this.sheetById(table.sheetId);
    const { row, col, rows, cols } = table.rect;
    const body = this.bodyOf(table);
    const placeholder = body.rows === 1 && this.isEmptyRow(sheet, body.row, col, cols);
    const inserted = placeholder ? count - 1 : count;
    const bottom = body.row + body.rows; // first row below the body (the totals row, if any)
    if (inserted > 0) this.shiftDown(sheet, { row: row + rows, col, rows: MAX_ROWS - row - rows, cols }, inserted);
    if (inserted > 0 && table.showTotals) this.moveRow(sheet, bottom, bottom + inserted, col, cols);
    const formats = Array.from({ length: cols }, (_, c) => this.cell(sheet, bottom - 1, col + c).numberFormat);
    for (let r = bottom; r < bottom + inserted; r++) {
      formats.forEach((f, c) => this.setCell(sheet, r, col + c, { ...EMPTY, numberFormat: f }));
    }
    const before = table.rect;
    table.rect = { ...before, rows: rows + inserted };
    this.remember(() => (table.rect = before));
    const added: Rect = { row: placeholder ? body.row : bottom, col, rows: count, cols };
    this.touch(table.sheetId, added);
    return added;
  }

  private moveRow(sheet: SheetRec, from: number, to: number, col: number, cols: number): void {
    for (let c = col; c < col + cols; c++) {
      this.setCell(sheet, to, c, this.cell(sheet, from, c));
      this.setCell(sheet, from, c, EMPTY);
    }
  }

  private isEmptyRow(sheet: SheetRec, row: number, col: number, cols: number): boolean {
    for (let c = col; c < col + cols; c++) {
      const cell = this.cell(sheet, row, c);
      if (cell.value !== null || cell.formula !== null) return false;
    }
    return true;
  }

  private shiftDown(sheet: SheetRec, area: Rect, by: number): void {
    for (const t of this.tables) {
      if (t.sheetId !== sheet.id || intersect(t.rect, area) === null) continue;
      const inside = t.rect.col >= area.col && t.rect.col + t.rect.cols <= area.col + area.cols;
      if (!inside) throw new FakeExcelError("NotImplemented", "The fake host cannot move part of a table.");
      const before = t.rect;
      t.rect = { ...before, row: before.row + by };
      this.remember(() => (t.rect = before));
    }
    const moves: [number, number, CellRec][] = [];
    this.eachStored(sheet, area, (r, c, rec) => moves.push([r, c, rec]));
    moves.sort((a, b) => b[0] - a[0]);
    for (const [r, c, rec] of moves) {
      if (r + by >= MAX_ROWS) throw new FakeExcelError("InvalidOperation", "Cells would be pushed off the sheet.");
      this.setCell(sheet, r + by, c, rec);
      this.setCell(sheet, r, c, EMPTY);
    }
  }

  // ---- names --------------------------------------------------------------

  nameByName(name: string): NameRec | undefined {
    return this.names.find((n) => same(n.name, name));
  }

  addName(name: string, ref: NameRec["ref"], formula: string | null, comment: string): NameRec {
    checkDefinedName(name);
    if (this.nameByName(name) || this.tableByName(name)) {
      throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used by a table or a defined name.`);
    }
    const rec: NameRec = { name, ref, formula, comment };
    const before = this.names;
    this.names = [...before, rec];
    this.remember(() => (this.names = before));
    return rec;
  }

  deleteName(name: string): void {
    const rec = this.nameByName(name);
    if (rec === undefined) throw itemNotFound(`the name "${name}"`);
    const before = this.names;
    this.names = before.filter((n) => n !== rec);
    this.remember(() => (this.names = before));
  }

  /** The name's formula as Excel shows it, e.g. `='考评结果'!$A$1`, or `=#REF!$A$1` once the sheet is gone. */
  nameFormula(rec: NameRec): string {
    if (rec.ref === null) return rec.formula ?? "";
    const sheet = this.sheets.find((s) => s.id === rec.ref?.sheetId);
    return `=${sheet ? quoteSheet(sheet.name) : "#REF"}!${formatAbsolute(rec.ref.rect)}`;
  }

  /** A `Sheet!$A$1` formula as a reference, when it is one and the sheet exists. */
  referenceOf(formula: string): NameRec["ref"] {
    const { sheet, address } = splitAddress(formula.replace(/^=/, ""));
    const rect = parseRect(address);
    const target = sheet === null ? undefined : this.sheetByName(sheet);
    return target && rect ? { sheetId: target.id, rect } : null;
  }
}

function checkSize(rect: Rect): void {
  if (rect.rows * rect.cols > MAX_CELLS_PER_OPERATION) {
    throw new FakeExcelError("RangeExceedsLimit", "The range has more cells than one request may read or write.");
  }
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`"${name}" is not a valid sheet name.`);
  }
}

function checkDefinedName(name: string): void {
  const valid = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
  if (!valid || name.length > 255) throw invalidArgument(`"${name}" is not a valid name.`);
}
