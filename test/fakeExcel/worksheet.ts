/**
 * Worksheet, WorksheetCollection and WorksheetFreezePanes of the fake host.
 * A worksheet proxy resolves to the sheet's id, so it follows a rename.
 */
import { MAX_COLS, MAX_ROWS, parseRect } from "./a1";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeEventHandlers } from "./events";
import { FakeClientObject, FakeCollection } from "./proxy";
import { FakePageBreakCollection, FakePageLayout } from "./printModel";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./table";

export class FakeWorksheet extends FakeClientObject<string> {
  private get store() {
    return this.context.host.store;
  }

  override resolve(): string | null {
    const id = super.resolve();
    if (id !== null) this.store.sheetById(id); // a deleted sheet fails as in Excel
    return id;
  }

  protected scalars() {
    return {
      name: (id: string) => this.store.sheetById(id).name,
      id: (id: string) => id,
      position: (id: string) => this.store.sheets.findIndex((s) => s.id === id),
      visibility: (id: string) => this.store.sheetById(id).visibility ?? "Visible",
    };
  }

  protected override navigation() {
    return { tables: () => this.tables, freezePanes: () => this.freezePanes, protection: () => this.protection };
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (id) => this.store.renameSheet(id, name));
  }
  get id(): string {
    return this.get("id");
  }
  /** Worksheet.visibility (ExcelApi 1.1): "Visible", "Hidden" or "VeryHidden". */
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(visibility: string) {
    this.set("visibility", visibility, (id) => {
      const sheet = this.store.sheetById(id);
      const before = sheet.visibility;
      sheet.visibility = visibility;
      this.store.journalUndo(() => (sheet.visibility = before));
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(position: number) {
    this.set("position", position, (id) => this.store.moveSheet(id, position));
  }

  get tables(): FakeTableCollection {
    return this.child(
      "tables",
      () =>
        new FakeTableCollection(
          this.context,
          this.from((id) => ({ sheetId: id })),
          false,
        ),
    );
  }

  /** Worksheet.pageLayout (ExcelApi 1.9). */
  get pageLayout(): FakePageLayout {
    return this.child(
      "pageLayout",
      () =>
        new FakePageLayout(
          this.context,
          this.from((id) => id),
          false,
        ),
    );
  }

  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9): "only contains manual page breaks". */
  get horizontalPageBreaks(): FakePageBreakCollection {
    return this.child(
      "horizontalPageBreaks",
      () =>
        new FakePageBreakCollection(
          this.context,
          this.from((id) => id),
          false,
        ),
    );
  }

  get protection(): FakeWorksheetProtection {
    return this.child(
      "protection",
      () =>
        new FakeWorksheetProtection(
          this.context,
          this.from((id) => id),
          false,
        ),
    );
  }

  get freezePanes(): FakeFreezePanes {
    return this.child(
      "freezePanes",
      () =>
        new FakeFreezePanes(
          this.context,
          this.from((id) => id),
          false,
        ),
    );
  }

  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => {
      const id = this.resolve();
      return id === null ? null : { kind: "worksheet", sheetId: id };
    });
  }

  /** The range at `address` ("B2:D9", "A:C"), or the whole sheet when no address is given. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.from((sheetId) => {
        if (address === undefined) return { sheetId, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
        const rect = parseRect(address);
        if (rect === null) throw invalidArgument(`"${address}" is not a range address on a sheet.`);
        return { sheetId, rect };
      }),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      this.from((sheetId) => {
        const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
          throw invalidArgument("The range is empty or falls off the sheet.");
        }
        return { sheetId, rect };
      }),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this.from((sheetId) => ({ sheetId, rect: this.store.usedRect(sheetId, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } })),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this.from((sheetId) => {
        const rect = this.store.usedRect(sheetId, valuesOnly);
        return rect === null ? null : { sheetId, rect };
      }),
    );
  }

  activate(): void {
    this.call(null, (id) => this.store.setActive(id));
  }

  delete(): void {
    this.call(null, (id) => this.store.deleteSheet(id));
  }
}

export class FakeWorksheetCollection extends FakeCollection<true, FakeWorksheet> {
  private get store() {
    return this.context.host.store;
  }

  protected itemsOf(): FakeWorksheet[] {
    return this.store.sheets.map((s) => new FakeWorksheet(this.context, () => s.id, false));
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.store.sheetByName(key) ?? this.store.sheets.find((s) => s.id === key);
      if (sheet === undefined) throw itemNotFound(`the worksheet "${key}"`);
      return sheet.id;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => (this.store.sheetByName(key) ?? this.store.sheets.find((s) => s.id === key))?.id ?? null);
  }

  /** Adds a sheet at the end (named "SheetN" when no name is given). */
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.store.addSheet(name).id);
  }

  /** worksheets.onChanged (ExcelApi 1.9): changes on every sheet, row deletions included. */
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => ({ kind: "worksheets" }));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.store.activeSheetId ?? this.store.sheets[0].id);
  }
}

export class FakeFreezePanes extends FakeClientObject<string> {
  protected scalars() {
    return {};
  }

  freezeRows(count = 1): void {
    this.call(count, (id) => this.context.host.store.freezeRows(id, count));
  }

  unfreeze(): void {
    this.call(null, (id) => this.context.host.store.freezeRows(id, 0));
  }
}

/**
 * WorksheetProtection (ExcelApi 1.2; the password from 1.7): `protected`,
 * `protect(options?, password?)` and `unprotect(password?)`, failing as
 * Excel does on a sheet already in that state (see WorkbookStore).
 */
export class FakeWorksheetProtection extends FakeClientObject<string> {
  protected scalars() {
    return {
      protected: (id: string) => this.context.host.store.sheetById(id).protection.on,
      isPasswordProtected: (id: string) => this.context.host.store.sheetById(id).protection.password !== null,
    };
  }

  get protected(): boolean {
    return this.get("protected");
  }
  get isPasswordProtected(): boolean {
    return this.get("isPasswordProtected");
  }

  /** Options are accepted and not modelled: every cell counts as locked. */
  protect(options?: unknown, password?: string): void {
    this.call([options ?? null, password ?? null], (id) => this.context.host.store.protectSheet(id, password ?? null));
  }

  unprotect(password?: string): void {
    this.call(password ?? null, (id) => this.context.host.store.unprotectSheet(id, password ?? null));
  }
}
