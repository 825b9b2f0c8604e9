/**
 * The workbook's defined names (Formulas › Name Manager): references to
 * cells, or plain formulas.
 */
import { formatAbsolute, parseRect, quoteSheet, splitAddress, type Rect } from "../a1";
import { FakeExcelError, itemNotFound } from "../errors";
import type { Journal } from "./journal";
import type { SheetList } from "./sheets";
import type { TableList } from "./tables";
import { checkDefinedName, same } from "./validNames";

export interface NameRec {
  readonly name: string;
  /** A reference to cells, or null for a name holding a plain formula. */
  readonly ref: { readonly sheetId: string; readonly rect: Rect } | null;
  readonly formula: string | null;
  readonly comment: string;
}

export class NameList {
  all: NameRec[] = [];

  constructor(
    private readonly journal: Journal,
    private readonly sheets: SheetList,
    private readonly tables: TableList,
  ) {}

  nameByName(name: string): NameRec | undefined {
    return this.all.find((n) => same(n.name, name));
  }

  addName(name: string, ref: NameRec["ref"], formula: string | null, comment: string): NameRec {
    checkDefinedName(name);
    if (this.nameByName(name) || this.tables.tableByName(name)) {
      throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used by a table or a defined name.`);
    }
    const rec: NameRec = { name, ref, formula, comment };
    const before = this.all;
    this.all = [...before, rec];
    this.journal.remember(() => (this.all = before));
    return rec;
  }

  deleteName(name: string): void {
    const rec = this.nameByName(name);
    if (rec === undefined) throw itemNotFound(`the name "${name}"`);
    const before = this.all;
    this.all = before.filter((n) => n !== rec);
    this.journal.remember(() => (this.all = before));
  }

  /** The name's formula as Excel shows it, e.g. `='考评结果'!$A$1`, or `=#REF!$A$1` once the sheet is gone. */
  nameFormula(rec: NameRec): string {
    if (rec.ref === null) return rec.formula ?? "";
    const sheet = this.sheets.all.find((s) => s.id === rec.ref?.sheetId);
    return `=${sheet ? quoteSheet(sheet.name) : "#REF"}!${formatAbsolute(rec.ref.rect)}`;
  }

  /** A `Sheet!$A$1` formula as a reference, when it is one and the sheet exists. */
  referenceOf(formula: string): NameRec["ref"] {
    const { sheet, address } = splitAddress(formula.replace(/^=/, ""));
    const rect = parseRect(address);
    const target = sheet === null ? undefined : this.sheets.sheetByName(sheet);
    return target && rect ? { sheetId: target.id, rect } : null;
  }
}
