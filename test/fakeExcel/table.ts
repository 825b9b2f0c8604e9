/**
 * Table, TableCollection (the workbook's or one sheet's), TableRowCollection
 * and TableColumnCollection of the fake host. Table names are workbook-wide
 * and case-insensitive, and share their namespace with defined names.
 */
import { parseRect, splitAddress } from "./a1";
import { valueOf } from "./cells";
import { FakeExcelError, invalidArgument, itemNotFound } from "./errors";
import { FakeEventHandlers } from "./events";
import { FakeClientObject, FakeCollection, jsonBytes } from "./proxy";
import { FakeRange, type RangeTarget } from "./range";
import type { TableRec } from "./store";
import { FakeWorksheet } from "./worksheet";

export class FakeTable extends FakeClientObject<string> {
  private get store() {
    return this.context.host.store;
  }

  private rec(id: string): TableRec {
    return this.store.tableById(id);
  }

  protected scalars() {
    return {
      name: (id: string) => this.rec(id).name,
      id: (id: string) => id,
      showHeaders: (id: string) => this.rec(id).showHeaders,
      showTotals: (id: string) => this.rec(id).showTotals,
      style: () => "TableStyleMedium2",
    };
  }

  protected override navigation() {
    return { worksheet: () => this.worksheet, rows: () => this.rows, columns: () => this.columns };
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (id) => this.store.renameTable(id, name));
  }
  get id(): string {
    return this.get("id");
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  set showHeaders(show: boolean) {
    this.set("showHeaders", show, (id) => this.store.setShowHeaders(id, show));
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }

  get worksheet(): FakeWorksheet {
    return this.child(
      "worksheet",
      () =>
        new FakeWorksheet(
          this.context,
          this.from((id) => this.rec(id).sheetId),
          false,
        ),
    );
  }

  get rows(): FakeTableRowCollection {
    return this.child(
      "rows",
      () =>
        new FakeTableRowCollection(
          this.context,
          this.from((id) => id),
          false,
        ),
    );
  }

  get columns(): FakeTableColumnCollection {
    return this.child(
      "columns",
      () =>
        new FakeTableColumnCollection(
          this.context,
          this.from((id) => id),
          false,
        ),
    );
  }

  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => {
      const id = this.resolve();
      return id === null ? null : { kind: "table", tableId: id };
    });
  }

  private part(what: string, pick: (t: TableRec) => RangeTarget["rect"] | null): FakeRange {
    return new FakeRange(
      this.context,
      this.from((id) => {
        const t = this.rec(id);
        const rect = pick(t);
        // Undocumented for Office.js; COM's ListObject.HeaderRowRange is Nothing then (xlwings/xlwings#2094), so the fake fails the call and an adapter cannot lean on it.
        if (rect === null) throw new FakeExcelError("InvalidOperation", `The table has no ${what} row shown.`);
        return { sheetId: t.sheetId, rect };
      }),
    );
  }

  getRange(): FakeRange {
    return this.part("", (t) => t.rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part("header", (t) => this.store.headerOf(t));
  }

  /** The data rows, without the header and totals rows. */
  getDataBodyRange(): FakeRange {
    return this.part("", (t) => this.store.bodyOf(t));
  }

  getTotalRowRange(): FakeRange {
    return this.part("totals", (t) => this.store.totalsOf(t));
  }

  /** Table.resize (ExcelApi 1.13): to "A1:P47" on the table's sheet, or a range. */
  resize(newRange: FakeRange | string): void {
    this.call(typeof newRange === "string" ? newRange : null, (id) => {
      const t = this.rec(id);
      let target: RangeTarget | null;
      if (typeof newRange === "string") {
        const { sheet, address } = splitAddress(newRange);
        const rect = parseRect(address);
        const sheetId = sheet === null ? t.sheetId : this.store.sheetByName(sheet)?.id;
        target = rect === null || sheetId === undefined ? null : { sheetId, rect };
      } else target = newRange.resolve();
      if (target === null) throw invalidArgument("The new range is not a range.");
      this.store.resizeTable(id, target.sheetId, target.rect);
    });
  }

  /** Clears the AutoFilter criteria: hidden rows show again. */
  clearFilters(): void {
    this.call(null, (id) => {
      const t = this.rec(id);
      const sheet = this.store.sheetById(t.sheetId);
      const body = this.store.bodyOf(t);
      for (let r = body.row; r < body.row + body.rows; r++) sheet.hiddenRows.delete(r);
      t.filtered = false;
    });
  }

  delete(): void {
    this.call(null, (id) => this.store.deleteTable(id));
  }
}

export class FakeTableCollection extends FakeCollection<{ readonly sheetId?: string }, FakeTable> {
  private get store() {
    return this.context.host.store;
  }

  protected itemsOf(scope: { readonly sheetId?: string }): FakeTable[] {
    return this.store.tables
      .filter((t) => scope.sheetId === undefined || t.sheetId === scope.sheetId)
      .map((t) => new FakeTable(this.context, () => t.id, false));
  }

  private find(scope: { readonly sheetId?: string }, key: string): TableRec | undefined {
    const t = this.store.tableByName(key) ?? this.store.tables.find((x) => x.id === key);
    return t && (scope.sheetId === undefined || t.sheetId === scope.sheetId) ? t : undefined;
  }

  getItem(key: string): FakeTable {
    return new FakeTable(
      this.context,
      this.from((scope) => {
        const t = this.find(scope, key);
        if (t === undefined) throw itemNotFound(`the table "${key}"`);
        return t.id;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this.context,
      this.from((scope) => this.find(scope, key)?.id ?? null),
    );
  }

  getItemAt(index: number): FakeTable {
    return new FakeTable(
      this.context,
      this.from((scope) => {
        const t = this.itemsOf(scope)[index];
        if (t === undefined) throw itemNotFound(`table number ${index}`);
        return t.resolve();
      }),
    );
  }

  /** Adds a table over `address` ("Sheet!A1:D5", or "A1:D5" on this sheet / the active sheet) whose first row is the header. */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const table = new FakeTable(
      this.context,
      this.from((scope) => {
        const where = this.where(scope, address);
        return this.store.addTable(where.sheetId, where.rect, hasHeaders).id;
      }),
      false,
    );
    this.context.enqueue(jsonBytes([typeof address === "string" ? address : null, hasHeaders]), () => void table.resolve());
    return table;
  }

  private where(scope: { readonly sheetId?: string }, address: string | FakeRange): RangeTarget {
    if (typeof address !== "string") {
      const target = address.resolve();
      if (target === null) throw invalidArgument("The range is a null object.");
      return target;
    }
    const { sheet, address: local } = splitAddress(address);
    const rect = parseRect(local);
    if (rect === null) throw invalidArgument(`"${address}" is not a range address.`);
    const named = sheet === null ? undefined : this.store.sheetByName(sheet);
    if (sheet !== null && named === undefined) throw itemNotFound(`the worksheet "${sheet}"`);
    const sheetId = named?.id ?? scope.sheetId ?? this.store.activeSheetId;
    if (sheetId === null || (scope.sheetId !== undefined && sheetId !== scope.sheetId)) {
      throw invalidArgument(`"${address}" is not on this sheet.`);
    }
    return { sheetId, rect };
  }

  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, () => (this.resolve() === null ? null : { kind: "tables" }));
  }
}

interface RowTarget {
  readonly tableId: string;
  /** 0-based data row. */
  readonly index: number;
}

export class FakeTableRow extends FakeClientObject<RowTarget> {
  private rowRange(t: RowTarget): RangeTarget {
    const store = this.context.host.store;
    const table = store.tableById(t.tableId);
    return { sheetId: table.sheetId, rect: { ...table.rect, row: store.bodyOf(table).row + t.index, rows: 1 } };
  }

  /** Deletes the row (nothing happens while the table is filtered: OfficeDev/office-js#994). */
  delete(): void {
    this.call(null, (t) => this.context.host.store.deleteTableRow(t.tableId, t.index));
  }

  protected scalars() {
    return {
      index: (t: RowTarget) => t.index,
      values: (t: RowTarget) => {
        const r = this.rowRange(t);
        return this.context.host.store.grid(r.sheetId, r.rect, valueOf);
      },
    };
  }

  get index(): number {
    return this.get("index");
  }
  get values(): unknown[][] {
    return this.get("values");
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.from((t) => this.rowRange(t)),
    );
  }
}

export class FakeTableRowCollection extends FakeCollection<string, FakeTableRow> {
  protected itemsOf(tableId: string): FakeTableRow[] {
    const store = this.context.host.store;
    const table = store.tableById(tableId);
    return Array.from({ length: store.bodyOf(table).rows }, (_, index) => new FakeTableRow(this.context, () => ({ tableId, index }), false));
  }

  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(
      this.context,
      this.from((tableId) => {
        const store = this.context.host.store;
        if (index < 0 || index >= store.bodyOf(store.tableById(tableId)).rows) throw itemNotFound(`row ${index} of the table`);
        return { tableId, index };
      }),
    );
  }

  /**
   * Appends rows at the end of the table (`index` must be null or omitted):
   * one empty row, or one per row of `values`, which are typed in like
   * `Range.values`.
   */
  add(index?: number | null, values?: unknown[][], alwaysInsert?: boolean): FakeTableRow {
    void alwaysInsert;
    const store = this.context.host.store;
    const row = new FakeTableRow(
      this.context,
      this.from((tableId) => {
        if (index !== undefined && index !== null) throw new FakeExcelError("NotImplemented", "The fake host only appends table rows.");
        if (values !== undefined && (!Array.isArray(values) || values.length === 0)) throw invalidArgument("values must be a non-empty 2-D array.");
        const added = store.addTableRows(tableId, values?.length ?? 1);
        this.context.host.coauthoring?.session.noteRowAdd(this.context.host, tableId);
        const table = store.tableById(tableId);
        if (values !== undefined) store.writeValues(table.sheetId, added, values);
        return { tableId, index: added.row - store.bodyOf(table).row };
      }),
      false,
    );
    this.context.enqueue(jsonBytes(values ?? null), () => void row.resolve());
    return row;
  }
}

interface ColumnTarget {
  readonly tableId: string;
  readonly index: number;
}

export class FakeTableColumn extends FakeClientObject<ColumnTarget> {
  protected scalars() {
    const store = this.context.host.store;
    return {
      index: (t: ColumnTarget) => t.index,
      id: (t: ColumnTarget) => t.index + 1,
      // The column's name, also while the header row is hidden.
      name: (t: ColumnTarget) => store.columnNames(store.tableById(t.tableId))[t.index],
    };
  }

  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index");
  }
}

export class FakeTableColumnCollection extends FakeCollection<string, FakeTableColumn> {
  protected itemsOf(tableId: string): FakeTableColumn[] {
    const table = this.context.host.store.tableById(tableId);
    return Array.from({ length: table.rect.cols }, (_, index) => new FakeTableColumn(this.context, () => ({ tableId, index }), false));
  }

  /**
   * TableColumnCollection.add: appends an empty column named `name` at the
   * table's right (`index` null or omitted, no `values`). Excel shifts the
   * cells to the right of the table's rows; the fake host only takes empty
   * ones, and says so otherwise.
   */
  add(index?: number | null, values?: unknown[][], name?: string): FakeTableColumn {
    const store = this.context.host.store;
    const column = new FakeTableColumn(
      this.context,
      this.from((tableId) => {
        if ((index !== undefined && index !== null) || values !== undefined)
          throw new FakeExcelError("NotImplemented", "The fake host only appends empty table columns.");
        const t = store.tableById(tableId);
        const sheet = store.sheetById(t.sheetId);
        const added = { row: t.rect.row, col: t.rect.col + t.rect.cols, rows: t.rect.rows, cols: 1 };
        let taken = false;
        store.eachStored(sheet, added, (_r, _c, rec) => (taken ||= rec.value !== null || rec.formula !== null));
        if (taken) throw new FakeExcelError("NotImplemented", "The fake host does not shift cells right of a table.");
        if (name !== undefined) store.writeValues(t.sheetId, { ...added, rows: 1 }, [[name]]);
        store.resizeTable(tableId, t.sheetId, { ...t.rect, cols: t.rect.cols + 1 });
        return { tableId, index: t.rect.cols - 1 };
      }),
      false,
    );
    this.context.enqueue(jsonBytes(name ?? null), () => void column.resolve());
    return column;
  }
}
