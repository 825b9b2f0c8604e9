/**
 * Range, RangeFormat and RangeFill of the fake host. A range resolves to a
 * sheet and a rectangle when its lookup runs (so a table's body range is the
 * body at that moment, as in Excel).
 */
import { MAX_COLS, MAX_ROWS, formatRect, intersect, parseRect, quoteSheet, type Rect } from "./a1";
import { formulaOf, valueOf, valueTypeOf, type CellRec, type Hyperlink } from "./cells";
import { FakeExcelError, invalidArgument } from "./errors";
import { checkOneOf, FakeRangeBorderCollection, FakeRangeFont, HORIZONTAL, setRowHeight, setStyle, styleOf, VERTICAL, DEFAULT_ROW_HEIGHT } from "./printModel";
import { FakeDataValidation } from "./dataValidation";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import { FakeRangeFill } from "./rangeFill";
import type { ClearApplyTo } from "./store";
import { FakeWorksheet } from "./worksheet";

export interface RangeTarget {
  readonly sheetId: string;
  readonly rect: Rect;
}

function offsetRect(rect: Rect, rows: number, cols: number): Rect {
  const out = { ...rect, row: rect.row + rows, col: rect.col + cols };
  if (out.row < 0 || out.col < 0 || out.row + out.rows > MAX_ROWS || out.col + out.cols > MAX_COLS) {
    throw invalidArgument("The range would fall off the sheet.");
  }
  return out;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null, queueLookup = true) {
    super(context, resolver, queueLookup);
  }

  private get store() {
    return this.context.host.store;
  }

  protected scalars() {
    const grid = <T>(t: RangeTarget, read: (cell: CellRec) => T) => this.store.grid(t.sheetId, t.rect, read);
    return {
      address: (t: RangeTarget) => `${quoteSheet(this.store.sheetById(t.sheetId).name)}!${formatRect(t.rect)}`,
      addressLocal: (t: RangeTarget) => `${quoteSheet(this.store.sheetById(t.sheetId).name)}!${formatRect(t.rect)}`,
      values: (t: RangeTarget) => grid(t, valueOf),
      formulas: (t: RangeTarget) => grid(t, formulaOf),
      numberFormat: (t: RangeTarget) => grid(t, (c) => c.numberFormat),
      valueTypes: (t: RangeTarget) => grid(t, valueTypeOf),
      text: (t: RangeTarget) => grid(t, (c) => String(valueOf(c))),
      rowCount: (t: RangeTarget) => t.rect.rows,
      columnCount: (t: RangeTarget) => t.rect.cols,
      cellCount: (t: RangeTarget) => t.rect.rows * t.rect.cols,
      rowIndex: (t: RangeTarget) => t.rect.row,
      columnIndex: (t: RangeTarget) => t.rect.col,
      hyperlink: (t: RangeTarget) => this.store.cell(this.store.sheetById(t.sheetId), t.rect.row, t.rect.col).hyperlink ?? {},
      isEntireColumn: (t: RangeTarget) => t.rect.row === 0 && t.rect.rows === MAX_ROWS,
      isEntireRow: (t: RangeTarget) => t.rect.col === 0 && t.rect.cols === MAX_COLS,
    };
  }

  protected override navigation() {
    return { worksheet: () => this.worksheet, format: () => this.format, dataValidation: () => this.dataValidation };
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, (t) => {
      this.store.writeValues(t.sheetId, t.rect, v);
      if (this.context.host.expandsTablesBelow) this.store.expandTableBelow(t.sheetId, t.rect);
    });
  }

  /** Typed values (ExcelApi 1.16): written as they are, never interpreted (a String "=1+1" is text). */
  set valuesAsJson(v: { type: string; basicValue?: unknown }[][]) {
    this.set("valuesAsJson", v, (t) => this.store.writeTyped(t.sheetId, t.rect, v));
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.set("formulas", v, (t) => this.store.writeValues(t.sheetId, t.rect, v));
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, (t) => this.store.writeNumberFormats(t.sheetId, t.rect, v));
  }

  get hyperlink(): Hyperlink {
    return this.get("hyperlink");
  }
  set hyperlink(link: Hyperlink) {
    this.set("hyperlink", link, (t) => {
      if (link.address === undefined && link.documentReference === undefined) throw invalidArgument("A hyperlink needs an address or a documentReference.");
      this.store.setHyperlink(t.sheetId, t.rect, link);
    });
  }

  get worksheet(): FakeWorksheet {
    return this.child(
      "worksheet",
      () =>
        new FakeWorksheet(
          this.context,
          this.from((t) => t.sheetId),
          false,
        ),
    );
  }

  get format(): FakeRangeFormat {
    return this.child(
      "format",
      () =>
        new FakeRangeFormat(
          this.context,
          this.from((t) => t),
          false,
        ),
    );
  }

  /** Range.dataValidation (ExcelApi 1.8). */
  get dataValidation(): FakeDataValidation {
    return this.child(
      "dataValidation",
      () =>
        new FakeDataValidation(
          this.context,
          this.from((t) => t),
          false,
        ),
    );
  }

  private derived(make: (t: RangeTarget) => Rect | null): FakeRange {
    return new FakeRange(
      this.context,
      this.from((t) => {
        const rect = make(t);
        return rect === null ? null : { sheetId: t.sheetId, rect };
      }),
    );
  }

  getRow(index: number): FakeRange {
    return this.derived((t) => {
      if (index < 0 || index >= t.rect.rows) throw invalidArgument(`Row ${index} is outside the range.`);
      return { ...t.rect, row: t.rect.row + index, rows: 1 };
    });
  }

  getColumn(index: number): FakeRange {
    return this.derived((t) => {
      if (index < 0 || index >= t.rect.cols) throw invalidArgument(`Column ${index} is outside the range.`);
      return { ...t.rect, col: t.rect.col + index, cols: 1 };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((t) => offsetRect({ row: t.rect.row, col: t.rect.col, rows: 1, cols: 1 }, row, column));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((t) => offsetRect(t.rect, rowOffset, columnOffset));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((t) => {
      const rect = { ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns };
      if (rect.rows < 1 || rect.cols < 1 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) {
        throw invalidArgument("The resized range is empty or falls off the sheet.");
      }
      return rect;
    });
  }

  /** `count` rows right under the range, as wide as it (ExcelApi 1.2). */
  getRowsBelow(count = 1): FakeRange {
    return this.derived((t) => offsetRect({ ...t.rect, row: t.rect.row + t.rect.rows, rows: count }, 0, 0));
  }

  /** `count` columns right of the range, as tall as it (ExcelApi 1.2). */
  getColumnsAfter(count = 1): FakeRange {
    return this.derived((t) => offsetRect({ ...t.rect, col: t.rect.col + t.rect.cols, cols: count }, 0, 0));
  }

  getLastRow(): FakeRange {
    return this.derived((t) => ({ ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }));
  }

  getEntireColumn(): FakeRange {
    return this.derived((t) => ({ ...t.rect, row: 0, rows: MAX_ROWS }));
  }

  /** The other range's rectangle on this range's sheet. */
  private otherRect(t: RangeTarget, other: FakeRange | string): Rect {
    if (typeof other === "string") {
      const rect = parseRect(other);
      if (rect === null) throw invalidArgument(`"${other}" is not a range address.`);
      return rect;
    }
    const o = other.resolve();
    if (o === null || o.sheetId !== t.sheetId) throw invalidArgument("The ranges are not on the same sheet.");
    return o.rect;
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return this.derived((t) => {
      const rect = intersect(t.rect, this.otherRect(t, other));
      if (rect === null) throw invalidArgument("The ranges do not intersect.");
      return rect;
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derived((t) => intersect(t.rect, this.otherRect(t, other)));
  }

  clear(applyTo: ClearApplyTo = "All"): void {
    this.call(applyTo, (t) => this.store.clear(t.sheetId, t.rect, applyTo));
  }

  select(): void {
    this.call(null, (t) => this.store.select(t.sheetId, t.rect));
  }

  /**
   * Range.merge (ExcelApi 1.2): "Set `true` to merge cells in each row of the
   * specified range as separate merged cells." Excel refuses to merge cells
   * of a table (Merge is unavailable there), so the fake does too.
   */
  merge(across = false): void {
    this.call(across, (t) => {
      if (this.store.tables.some((tb) => tb.sheetId === t.sheetId && intersect(tb.rect, t.rect) !== null)) {
        throw new FakeExcelError("InvalidOperation", "Cells in a table cannot be merged.");
      }
      if (!across) this.store.merge(t.sheetId, t.rect);
      else this.store.mergeAcross(t.sheetId, t.rect);
    });
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13, `@types/office-js`):
   * "Returns a `RangeAreas` object that represents the merged areas in this
   * range. Note that if the merged areas count in this range is more than
   * 512, then this method will fail to return the result. If the
   * `RangeAreas` object doesn't exist, then this method returns an object
   * with its `isNullObject` property set to `true`." The areas that
   * intersect the range, whole, as Excel gives them.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this.resolve();
      if (t === null) return null;
      const areas = this.store.sheetById(t.sheetId).merged.filter((m) => intersect(m, t.rect) !== null);
      if (areas.length > 512) throw new FakeExcelError("GeneralException", "More than 512 merged areas in the range.");
      return areas.length === 0 ? null : { sheetId: t.sheetId, rects: areas };
    });
  }

  /** Range.unmerge (ExcelApi 1.2): the merged areas in the range become single cells. */
  unmerge(): void {
    this.call(null, (t) => this.store.unmerge(t.sheetId, t.rect));
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private get store() {
    return this.context.host.store;
  }

  protected scalars() {
    return {
      wrapText: (t: RangeTarget) => styleOf(this.store, t, (s) => s.wrapText ?? false),
      horizontalAlignment: (t: RangeTarget) => styleOf(this.store, t, (s) => s.horizontalAlignment ?? "General"),
      verticalAlignment: (t: RangeTarget) => styleOf(this.store, t, (s) => s.verticalAlignment ?? "Bottom"),
      rowHeight: (t: RangeTarget) => {
        const heights = this.store.sheetById(t.sheetId).print.rowHeights;
        const first = heights.get(t.rect.row) ?? DEFAULT_ROW_HEIGHT;
        for (let r = t.rect.row; r < t.rect.row + Math.min(t.rect.rows, 5000); r++) if ((heights.get(r) ?? DEFAULT_ROW_HEIGHT) !== first) return null;
        return first;
      },
      columnWidth: (t: RangeTarget) => {
        const sheet = this.store.sheetById(t.sheetId);
        const first = this.store.columnWidth(sheet, t.rect.col);
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) if (this.store.columnWidth(sheet, c) !== first) return null;
        return first;
      },
    };
  }

  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }

  get font(): FakeRangeFont {
    return this.child(
      "font",
      () =>
        new FakeRangeFont(
          this.context,
          this.from((t) => t),
          false,
        ),
    );
  }

  get borders(): FakeRangeBorderCollection {
    return this.child(
      "borders",
      () =>
        new FakeRangeBorderCollection(
          this.context,
          this.from((t) => t),
          false,
        ),
    );
  }

  get wrapText(): boolean | null {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, (t) => setStyle(this.store, t, (s) => ({ ...s, wrapText: v === true })));
  }

  get horizontalAlignment(): string | null {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, (t) => {
      checkOneOf("HorizontalAlignment", v, HORIZONTAL);
      setStyle(this.store, t, (s) => ({ ...s, horizontalAlignment: v }));
    });
  }

  get verticalAlignment(): string | null {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v, (t) => {
      checkOneOf("VerticalAlignment", v, VERTICAL);
      setStyle(this.store, t, (s) => ({ ...s, verticalAlignment: v }));
    });
  }

  /** Row height in points (RangeFormat.rowHeight): every row of the range; read back null when they differ. */
  get rowHeight(): number | null {
    return this.get("rowHeight");
  }
  set rowHeight(points: number) {
    this.set("rowHeight", points, (t) => setRowHeight(this.store, t, points));
  }

  get fill(): FakeRangeFill {
    return this.child(
      "fill",
      () =>
        new FakeRangeFill(
          this.context,
          this.from((t) => t),
          false,
        ),
    );
  }

  get columnWidth(): number | null {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.set("columnWidth", points, (t) => this.store.setColumnWidth(t.sheetId, t.rect, points));
  }

  /** Widths from the longest text in each column (7 px a character, in points). */
  autofitColumns(): void {
    this.call(null, (t) => {
      const sheet = this.store.sheetById(t.sheetId);
      const longest = new Map<number, number>();
      this.store.eachStored(sheet, t.rect, (_, col, rec) => {
        longest.set(col, Math.max(longest.get(col) ?? 0, String(valueOf(rec)).length));
      });
      for (const [col, chars] of longest) {
        this.store.setColumnWidth(t.sheetId, { ...t.rect, col, cols: 1 }, Math.round((chars * 7 + 5) * 0.75 * 100) / 100);
      }
    });
  }
}

/**
 * RangeAreas (ExcelApi 1.9), the members Appraise reads: `address` ("Returns
 * the `RangeAreas` reference in A1-style. Address value will contain the
 * worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4,
 * Sheet1!D1:D4")") and `areaCount`.
 */
export class FakeRangeAreas extends FakeClientObject<{ readonly sheetId: string; readonly rects: readonly Rect[] }> {
  protected scalars() {
    const name = (id: string) => quoteSheet(this.context.host.store.sheetById(id).name);
    return {
      address: (t: { sheetId: string; rects: readonly Rect[] }) => t.rects.map((r) => `${name(t.sheetId)}!${formatRect(r)}`).join(", "),
      areaCount: (t: { rects: readonly Rect[] }) => t.rects.length,
    };
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}
