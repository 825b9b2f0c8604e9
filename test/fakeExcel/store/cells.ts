/**
 * The cells of the sheets: reading and writing grids of them (values, typed
 * values, number formats, fills, hyperlinks), clearing, merged areas, column
 * widths, the used range, and the sweep that rewrites every formula when a
 * table is renamed or deleted.
 */
import { MAX_COLS, MAX_ROWS, boundingRect, intersect, type Rect } from "../a1";
import { EMPTY, isBlankRec, type CellRec, type Hyperlink } from "../cells";
import { FakeExcelError, invalidArgument } from "../errors";
import type { Journal } from "./journal";
import type { Protection } from "./protection";
import type { SheetList, SheetRec } from "./sheets";

export type ClearApplyTo = "All" | "Contents" | "Formats" | "Hyperlinks";

/** Cells one read or write may touch, as Excel on the web allows. */
export const MAX_CELLS_PER_OPERATION = 5_000_000;

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export class Cells {
  constructor(
    private readonly journal: Journal,
    private readonly sheets: SheetList,
    private readonly protection: Protection,
    /** Clears the print model's styles of the cells (printModel.ts), for clear("All"/"Formats"). */
    private readonly clearStyles: (sheet: SheetRec, rect: Rect) => void,
  ) {}

  cell(sheet: SheetRec, row: number, col: number): CellRec {
    return sheet.rows.get(row)?.[col] ?? EMPTY;
  }

  setCell(sheet: SheetRec, row: number, col: number, rec: CellRec): void {
    const prev = sheet.rows.get(row)?.[col];
    this.put(sheet, row, col, isBlankRec(rec) ? undefined : rec);
    this.journal.remember(() => this.put(sheet, row, col, prev));
  }

  /** Stores a cell without journaling it (recalculation, calculation.ts, writes values the undo need not restore). */
  put(sheet: SheetRec, row: number, col: number, rec: CellRec | undefined): void {
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
    this.protection.guard(sheetId);
    const sheet = this.sheets.sheetById(sheetId);
    const before = sheet.merged;
    // A new area absorbs the areas it overlaps, as merging a selection that holds merged cells does.
    sheet.merged = [...sheet.merged.filter((m) => intersect(m, rect) === null), rect];
    this.journal.remember(() => (sheet.merged = before));
    this.eachStored(sheet, rect, (r, c, rec) => {
      if (r !== rect.row || c !== rect.col) this.setCell(sheet, r, c, { ...rec, value: null, formula: null });
    });
  }

  /** Range.merge(true): each row of `rect` becomes its own merged area (one pass over the old areas, however many rows). */
  mergeAcross(sheetId: string, rect: Rect): void {
    const sheet = this.sheets.sheetById(sheetId);
    const before = sheet.merged;
    const rows = Array.from({ length: rect.rows }, (_, r) => ({ ...rect, row: rect.row + r, rows: 1 }));
    sheet.merged = [...sheet.merged.filter((m) => intersect(m, rect) === null), ...rows];
    this.journal.remember(() => (sheet.merged = before));
    this.eachStored(sheet, rect, (r, c, rec) => {
      if (c !== rect.col) this.setCell(sheet, r, c, { ...rec, value: null, formula: null });
    });
  }

  /** Range.unmerge: the merged areas that intersect `rect` become single cells again (their values stay where they are). */
  unmerge(sheetId: string, rect: Rect): void {
    const sheet = this.sheets.sheetById(sheetId);
    const before = sheet.merged;
    sheet.merged = sheet.merged.filter((m) => intersect(m, rect) === null);
    this.journal.remember(() => (sheet.merged = before));
  }

  /** A rows × cols grid of `read(cell)`. */
  grid<T>(sheetId: string, rect: Rect, read: (rec: CellRec) => T): T[][] {
    checkSize(rect);
    const sheet = this.sheets.sheetById(sheetId);
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
    this.protection.guard(sheetId);
    const sheet = this.sheets.sheetById(sheetId);
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
    this.journal.touch(sheetId, rect);
  }

  /** Sets one attribute on every cell of `rect` (fills, hyperlinks). */
  private setEach(sheetId: string, rect: Rect, change: (cell: CellRec) => CellRec): void {
    this.protection.guard(sheetId);
    const sheet = this.sheets.sheetById(sheetId);
    checkSize(rect);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) this.setCell(sheet, r, c, change(this.cell(sheet, r, c)));
    }
    this.journal.touch(sheetId, rect);
  }

  setFill(sheetId: string, rect: Rect, color: string | null): void {
    this.setEach(sheetId, rect, (cell) => ({ ...cell, fill: color }));
  }

  setHyperlink(sheetId: string, rect: Rect, link: Hyperlink | null): void {
    const text = link?.textToDisplay;
    this.setEach(sheetId, rect, (cell) => ({ ...cell, hyperlink: link, ...(text === undefined ? {} : { value: text === "" ? null : text, formula: null }) }));
  }

  clear(sheetId: string, rect: Rect, applyTo: ClearApplyTo): void {
    this.protection.guard(sheetId);
    const sheet = this.sheets.sheetById(sheetId);
    if (applyTo === "All" || applyTo === "Formats") this.clearStyles(sheet, rect);
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
    this.journal.touch(sheetId, rect);
  }

  setColumnWidth(sheetId: string, rect: Rect, points: number): void {
    this.protection.guard(sheetId);
    const sheet = this.sheets.sheetById(sheetId);
    if (!(points >= 0)) throw invalidArgument("A column width must be a number of points ≥ 0.");
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const before = sheet.columnWidths.get(c);
      sheet.columnWidths.set(c, points);
      this.journal.remember(() => (before === undefined ? sheet.columnWidths.delete(c) : sheet.columnWidths.set(c, before)));
    }
  }

  columnWidth(sheet: SheetRec, col: number): number {
    return sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** The smallest rectangle holding every stored cell (only those with a value when `valuesOnly`), or null. */
  usedRect(sheetId: string, valuesOnly: boolean): Rect | null {
    const sheet = this.sheets.sheetById(sheetId);
    let box: Rect | null = null;
    const all: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
    this.eachStored(sheet, all, (row, col, rec) => {
      if (valuesOnly && rec.value === null && rec.formula === null) return;
      const cell = { row, col, rows: 1, cols: 1 };
      box = box === null ? cell : boundingRect(box, cell);
    });
    return box;
  }

  /** Rewrites every formula of the workbook. */
  rewriteFormulas(change: (formula: string) => string): void {
    for (const sheet of this.sheets.all) {
      for (const [row, cells] of sheet.rows) {
        cells.forEach((rec, col) => {
          if (rec?.formula == null) return;
          const formula = change(rec.formula);
          if (formula !== rec.formula) this.setCell(sheet, row, col, { ...rec, formula, value: formula.includes("#REF!") ? { error: "#REF!" } : rec.value });
        });
      }
    }
  }
}

function checkSize(rect: Rect): void {
  if (rect.rows * rect.cols > MAX_CELLS_PER_OPERATION) {
    throw new FakeExcelError("RangeExceedsLimit", "The range has more cells than one request may read or write.");
  }
}

/** Writes a Range.valuesAsJson entry: String, Double, Boolean, Empty, stored as they are (for write). */
export function typedCell(cell: CellRec, v: unknown): CellRec {
  const { type, basicValue } = (v ?? {}) as { type?: string; basicValue?: unknown };
  if (type === "Empty") return { ...cell, value: null, formula: null };
  const ok =
    (type === "String" && typeof basicValue === "string") ||
    (type === "Double" && typeof basicValue === "number" && Number.isFinite(basicValue)) ||
    (type === "Boolean" && typeof basicValue === "boolean");
  if (!ok) throw invalidArgument(`Not a cell value: ${JSON.stringify(v)}`);
  return { ...cell, value: basicValue === "" ? null : (basicValue as string | number | boolean), formula: null };
}

/** Writes a number format (for write): null leaves the cell as it is, "" is General. */
export function numberFormatCell(cell: CellRec, v: unknown): CellRec | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "string") throw invalidArgument("A number format must be text.");
  return { ...cell, numberFormat: v === "" ? "General" : v };
}
