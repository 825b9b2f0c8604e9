/**
 * The fake host's document: sheets of sparse cells, tables, defined names and
 * a little application state. Every change goes through here, is recorded in
 * an undo journal while a sync runs (so a failed sync can apply nothing), and
 * is noted as a change for the onChanged events.
 */
import { MAX_COLS, MAX_ROWS, boundingRect, formatAbsolute, intersect, quoteSheet, splitAddress, parseRect, type Rect } from "./a1";
import { EMPTY, isBlankRec, typeIn, type CellRec, type Hyperlink } from "./cells";
import { FakeExcelError, invalidArgument, itemNotFound } from "./errors";

export interface SheetRec {
  readonly id: string;
  name: string;
  /** Sparse rows: row index → cells by column index. */
  rows: Map<number, (CellRec | undefined)[]>;
  columnWidths: Map<number, number>;
  frozenRows: number;
}

export interface TableRec {
  readonly id: string;
  name: string;
  sheetId: string;
  /** Header row included. */
  rect: Rect;
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

  private remember(undo: () => void): void {
    this.journal?.push(undo);
  }

  private touch(sheetId: string, rect: Rect): void {
    this.changes.push({ sheetId, rect });
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
    const sheet: SheetRec = { id: this.newId("5EE7"), name: sheetName, rows: new Map(), columnWidths: new Map(), frozenRows: 0 };
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

  /** A rows × cols grid of `read(cell)`. */
  grid<T>(sheetId: string, rect: Rect, read: (rec: CellRec) => T): T[][] {
    checkSize(rect);
    const sheet = this.sheetById(sheetId);
    const out: T[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const cells = sheet.rows.get(rect.row + r);
      const line: T[] = [];
      for (let c = 0; c < rect.cols; c++) line.push(read(cells?.[rect.col + c] ?? EMPTY));
      out.push(line);
    }
    return out;
  }

  /** Writes a 2-D array into `rect`, cell by cell through `apply` (null result = unchanged). */
  write(sheetId: string, rect: Rect, input: unknown, apply: (cell: CellRec, value: unknown) => CellRec | null): void {
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
    this.write(sheetId, rect, input, typeIn);
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
    const sheet = this.sheetById(sheetId);
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
    if (!hasHeaders) throw new FakeExcelError("NotImplemented", "The fake host only adds tables whose first row is the header.");
    const sheet = this.sheetById(sheetId);
    const full = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
    if (full.row + full.rows > MAX_ROWS) throw invalidArgument("The table does not fit on the sheet.");
    if (this.tables.some((t) => t.sheetId === sheetId && intersect(t.rect, full) !== null)) {
      throw invalidArgument("A table can't overlap another table.");
    }
    let n = this.tables.length + 1;
    while (this.tableByName(`Table${n}`) || this.nameByName(`Table${n}`)) n++;
    const table: TableRec = { id: this.newId("7AB1"), name: `Table${n}`, sheetId, rect: full };
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
  }

  /** Deletes the table and its cells' contents and formats, as Excel does. */
  deleteTable(id: string): void {
    const table = this.tableById(id);
    const before = this.tables;
    this.tables = before.filter((t) => t !== table);
    this.remember(() => (this.tables = before));
    this.clear(table.sheetId, table.rect, "All");
  }

  /**
   * Appends `count` rows to a table and returns their rectangle. A table whose
   * only data row is empty uses that row first, as Excel does. Cells below the
   * table in its columns move down; new rows take the number formats of the
   * last data row.
   */
  addTableRows(id: string, count: number): Rect {
    const table = this.tableById(id);
    const sheet = this.sheetById(table.sheetId);
    const { row, col, rows, cols } = table.rect;
    const body: Rect = { row: row + 1, col, rows: rows - 1, cols };
    const placeholder = body.rows === 1 && this.isEmptyRow(sheet, body.row, col, cols);
    const inserted = placeholder ? count - 1 : count;
    const bottom = row + rows; // first row below the table
    if (inserted > 0) this.shiftDown(sheet, { row: bottom, col, rows: MAX_ROWS - bottom, cols }, inserted);
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
