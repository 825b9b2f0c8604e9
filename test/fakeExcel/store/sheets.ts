/**
 * The sheets: the worksheets in order, each with its own state (sparse cells,
 * column widths, frozen rows, merged areas, print model, protection), the
 * active sheet and the selection.
 */
import type { Rect } from "../a1";
import type { CellRec } from "../cells";
import { FakeExcelError, itemNotFound } from "../errors";
import { newPrintRec, type PrintRec } from "../printModel";
import type { Journal } from "./journal";
import { checkSheetName, same } from "./validNames";

export interface SheetRec {
  readonly id: string;
  name: string;
  /** Sparse rows: row index → cells by column index. */
  rows: Map<number, (CellRec | undefined)[]>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Worksheet.visibility; "Visible" when absent. */
  visibility?: string;
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

export class SheetList {
  all: SheetRec[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;

  constructor(private readonly journal: Journal) {}

  sheetByName(name: string): SheetRec | undefined {
    return this.all.find((s) => same(s.name, name));
  }

  sheetById(id: string): SheetRec {
    const sheet = this.all.find((s) => s.id === id);
    if (sheet === undefined) throw itemNotFound("the worksheet was deleted");
    return sheet;
  }

  addSheet(name?: string): SheetRec {
    let n = this.all.length + 1;
    while (name === undefined && this.sheetByName(`Sheet${n}`)) n++;
    const sheetName = name ?? `Sheet${n}`;
    checkSheetName(sheetName);
    if (this.sheetByName(sheetName)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${sheetName}" already exists.`);
    const sheet: SheetRec = {
      id: this.journal.newId("5EE7"),
      name: sheetName,
      rows: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      hiddenRows: new Set(),
      merged: [],
      print: newPrintRec(),
      protection: { on: false, password: null },
    };
    const before = this.all;
    this.all = [...before, sheet];
    this.journal.remember(() => (this.all = before));
    if (this.activeSheetId === null) this.setActive(sheet.id);
    return sheet;
  }

  renameSheet(id: string, name: string): void {
    const sheet = this.sheetById(id);
    checkSheetName(name);
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const before = sheet.name;
    sheet.name = name;
    this.journal.remember(() => (sheet.name = before));
  }

  /** Worksheet.position = n: the sheet moves to index n (0 is first), the others keep their order. */
  moveSheet(id: string, position: number): void {
    const sheet = this.sheetById(id);
    if (!Number.isInteger(position) || position < 0 || position >= this.all.length) throw new FakeExcelError("InvalidArgument", `No position ${position}.`);
    const before = this.all;
    const rest = before.filter((s) => s !== sheet);
    this.all = [...rest.slice(0, position), sheet, ...rest.slice(position)];
    this.journal.remember(() => (this.all = before));
  }

  setActive(id: string): void {
    const before = this.activeSheetId;
    this.activeSheetId = id;
    this.journal.remember(() => (this.activeSheetId = before));
  }

  select(sheetId: string, rect: Rect): void {
    const before = this.selection;
    this.selection = { sheetId, rect };
    this.setActive(sheetId);
    this.journal.remember(() => (this.selection = before));
  }

  freezeRows(sheetId: string, count: number): void {
    const sheet = this.sheetById(sheetId);
    const before = sheet.frozenRows;
    sheet.frozenRows = count;
    this.journal.remember(() => (sheet.frozenRows = before));
  }
}
