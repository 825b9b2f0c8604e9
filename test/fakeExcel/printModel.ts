/**
 * What the fake host keeps for printing, per sheet: cell styles (font,
 * alignment, wrap, borders), row heights, the page layout and the manual
 * page breaks; and the proxies that change them (RangeFont, RangeBorder,
 * PageLayout, PageBreakCollection). Each member behaves as its comment in
 * @types/office-js and its page on learn.microsoft.com
 * (javascript/api/excel/excel.<class>) say, and fails where Excel does:
 * - PageLayout.zoom "must be set as a JSON object (use x.zoom = {...}
 *   instead of x.zoom.scale = ...)"; scale "can be between 10 and 400";
 *   fit-to-pages counts are whole numbers (a scale and a fit together are refused).
 * - setPrintTitleRows: "The range must span the entire row to be valid."
 * - PageBreakCollection.add: "Adds a page break before the top-left cell of
 *   the range specified"; removePageBreaks "resets all manual page breaks".
 * - orientation "Portrait" | "Landscape"; paperSize one of Excel.PaperType.
 * - horizontalAlignment / verticalAlignment: the values of
 *   Excel.HorizontalAlignment / VerticalAlignment; anything else is InvalidArgument.
 * - RangeBorder.style: Excel.BorderLineStyle; getItem takes an Excel.BorderIndex.
 */
import { MAX_COLS, parseRect, type Rect } from "./a1";
import { invalidArgument } from "./errors";
import { FakeClientObject } from "./proxy";
import type { RangeTarget } from "./range";
import type { SheetRec, WorkbookStore } from "./store";

export interface CellStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly wrapText?: boolean;
  readonly horizontalAlignment?: string;
  readonly verticalAlignment?: string;
  /** Border line style by edge of the cell ("EdgeTop"…), "None" when absent. */
  readonly borders?: Readonly<Record<string, string>>;
}

export interface PageRec {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** 0-based first and last row printed on every page, or null. */
  printTitleRows: [number, number] | null;
}

export interface PrintRec {
  styles: Map<string, CellStyle>;
  rowHeights: Map<number, number>;
  page: PageRec;
  /** 0-based rows a manual page break sits above, ascending. */
  pageBreaks: number[];
}

export const DEFAULT_ROW_HEIGHT = 15;

export function newPrintRec(): PrintRec {
  return {
    styles: new Map(),
    rowHeights: new Map(),
    page: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null },
    pageBreaks: [],
  };
}

const key = (row: number, col: number) => `${row},${col}`;

/** Changes a whole PrintRec member with undo (the store's journal). */
function change<K extends keyof PrintRec>(store: WorkbookStore, sheet: SheetRec, member: K, next: PrintRec[K]): void {
  const before = sheet.print[member];
  sheet.print[member] = next;
  store.journalUndo(() => (sheet.print[member] = before));
}

/** Clear("All"/"Formats"): styles and row heights of the cells go back to the defaults. */
export function clearStyles(store: WorkbookStore, sheet: SheetRec, rect: Rect): void {
  const styles = new Map(
    [...sheet.print.styles].filter(([k]) => {
      const [r, c] = k.split(",").map(Number);
      return !(r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols);
    }),
  );
  change(store, sheet, "styles", styles);
  if (rect.col === 0 && rect.cols === MAX_COLS) {
    change(store, sheet, "rowHeights", new Map([...sheet.print.rowHeights].filter(([r]) => r < rect.row || r >= rect.row + rect.rows)));
  }
}

/** Sets style attributes on every cell of `rect` (in place, each cell's old style journaled, so big sheets stay fast). */
export function setStyle(store: WorkbookStore, t: RangeTarget, patch: (s: CellStyle, row: number, col: number) => CellStyle): void {
  const styles = store.sheetById(t.sheetId).print.styles;
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
      const k = key(r, c);
      const before = styles.get(k);
      styles.set(k, patch(before ?? {}, r, c));
      store.journalUndo(() => (before === undefined ? styles.delete(k) : styles.set(k, before)));
    }
  }
}

/** A style attribute of the range: its value when every cell agrees, else null (as Office.js reads mixed formats). */
export function styleOf<V>(store: WorkbookStore, t: RangeTarget, read: (s: CellStyle) => V): V | null {
  const sheet = store.sheetById(t.sheetId);
  const first = read(sheet.print.styles.get(key(t.rect.row, t.rect.col)) ?? {});
  for (let r = t.rect.row; r < t.rect.row + Math.min(t.rect.rows, 2000); r++) {
    for (let c = t.rect.col; c < t.rect.col + Math.min(t.rect.cols, 64); c++) if (read(sheet.print.styles.get(key(r, c)) ?? {}) !== first) return null;
  }
  return first;
}

export function setRowHeight(store: WorkbookStore, t: RangeTarget, points: number): void {
  if (typeof points !== "number" || !(points >= 0 && points <= 409)) throw invalidArgument("A row height must be between 0 and 409 points.");
  const heights = store.sheetById(t.sheetId).print.rowHeights;
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    const before = heights.get(r);
    heights.set(r, points);
    store.journalUndo(() => (before === undefined ? heights.delete(r) : heights.set(r, before)));
  }
}

export const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
export const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const PAPER = ["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio", "Quatro"];

export function checkOneOf(what: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value)) throw invalidArgument(`"${String(value)}" is not a valid ${what}.`);
}

/** Range.format.font (RangeFont): bold, size, color. */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  private get store() {
    return this.context.host.store;
  }
  protected scalars() {
    return {
      bold: (t: RangeTarget) => styleOf(this.store, t, (s) => s.bold ?? false),
      size: (t: RangeTarget) => styleOf(this.store, t, (s) => s.size ?? 11),
      color: (t: RangeTarget) => styleOf(this.store, t, (s) => s.color ?? "#000000"),
    };
  }
  get bold(): boolean | null {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.set("bold", v, (t) => setStyle(this.store, t, (s) => ({ ...s, bold: v === true })));
  }
  get size(): number | null {
    return this.get("size");
  }
  set size(v: number) {
    this.set("size", v, (t) => {
      if (typeof v !== "number" || !(v >= 1 && v <= 409)) throw invalidArgument("A font size must be between 1 and 409 points.");
      setStyle(this.store, t, (s) => ({ ...s, size: v }));
    });
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v, (t) => {
      if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v)) throw invalidArgument(`"${String(v)}" is not a color such as "#595959".`);
      setStyle(this.store, t, (s) => ({ ...s, color: v.toUpperCase() }));
    });
  }
}

/** One border of a range (RangeBorder): its line style on every cell of that edge. */
export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  constructor(
    context: ConstructorParameters<typeof FakeClientObject<RangeTarget>>[0],
    resolver: () => RangeTarget | null,
    private readonly index: string,
  ) {
    super(context, resolver, false);
    checkOneOf("BorderIndex", index, BORDER_INDEX);
  }
  private get store() {
    return this.context.host.store;
  }
  protected scalars() {
    return {};
  }
  set style(v: string) {
    this.set("style", v, (t) => {
      checkOneOf("BorderLineStyle", v, LINE_STYLES);
      const { row, col, rows, cols } = t.rect;
      const edgesOf = (r: number, c: number): string[] => {
        switch (this.index) {
          case "EdgeTop":
            return r === row ? ["EdgeTop"] : [];
          case "EdgeBottom":
            return r === row + rows - 1 ? ["EdgeBottom"] : [];
          case "EdgeLeft":
            return c === col ? ["EdgeLeft"] : [];
          case "EdgeRight":
            return c === col + cols - 1 ? ["EdgeRight"] : [];
          case "InsideHorizontal":
            return [...(r > row ? ["EdgeTop"] : []), ...(r < row + rows - 1 ? ["EdgeBottom"] : [])];
          case "InsideVertical":
            return [...(c > col ? ["EdgeLeft"] : []), ...(c < col + cols - 1 ? ["EdgeRight"] : [])];
          default:
            return [this.index];
        }
      };
      setStyle(this.store, t, (s, r, c) => {
        const edges = edgesOf(r, c);
        return edges.length === 0 ? s : { ...s, borders: { ...s.borders, ...Object.fromEntries(edges.map((e) => [e, v])) } };
      });
    });
  }
}

export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  protected scalars() {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(
      this.context,
      this.from((t) => t),
      index,
    );
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9). */
export class FakePageLayout extends FakeClientObject<string> {
  private get store() {
    return this.context.host.store;
  }
  private page(id: string): PageRec {
    return this.store.sheetById(id).print.page;
  }
  private setPage(id: string, patch: Partial<PageRec>): void {
    const sheet = this.store.sheetById(id);
    change(this.store, sheet, "page", { ...sheet.print.page, ...patch });
  }
  protected scalars() {
    return {
      orientation: (id: string) => this.page(id).orientation,
      paperSize: (id: string) => this.page(id).paperSize,
      zoom: (id: string) => ({ ...this.page(id).zoom }),
    };
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(v: string) {
    this.set("orientation", v, (id) => {
      checkOneOf("PageOrientation", v, ["Portrait", "Landscape"]);
      this.setPage(id, { orientation: v });
    });
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(v: string) {
    this.set("paperSize", v, (id) => {
      checkOneOf("PaperType", v, PAPER);
      this.setPage(id, { paperSize: v });
    });
  }
  /** Read only as a whole object: a change to a member of what was read changes nothing, as in Office.js. */
  get zoom(): PageRec["zoom"] {
    return this.get("zoom");
  }
  set zoom(v: PageRec["zoom"]) {
    this.set("zoom", v, (id) => {
      const whole = (n: unknown) => n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 32767);
      if (typeof v !== "object" || v === null) throw invalidArgument("The zoom must be set as a JSON object.");
      if (v.scale !== undefined && !(typeof v.scale === "number" && v.scale >= 10 && v.scale <= 400))
        throw invalidArgument("A print scale must be between 10 and 400.");
      if (!whole(v.horizontalFitToPages) || !whole(v.verticalFitToPages)) throw invalidArgument("Fit-to-pages counts are whole numbers.");
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined))
        throw invalidArgument("A zoom is a scale or a fit to pages, not both.");
      this.setPage(id, { zoom: { ...v } });
    });
  }
  setPrintTitleRows(rows: string): void {
    this.call(rows, (id) => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(String(rows));
      if (m === null) throw invalidArgument(`"${rows}" does not span entire rows ("$1:$1").`);
      this.setPage(id, { printTitleRows: [Number(m[1]) - 1, Number(m[2]) - 1] });
    });
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): the manual page breaks. */
export class FakePageBreakCollection extends FakeClientObject<string> {
  private get store() {
    return this.context.host.store;
  }
  protected scalars() {
    return {};
  }
  add(pageBreakRange: string): void {
    this.call(pageBreakRange, (id) => {
      const rect = parseRect(String(pageBreakRange));
      if (rect === null) throw invalidArgument(`"${pageBreakRange}" is not a range address.`);
      // A page break above row 1 is no break at all; Excel refuses it.
      if (rect.row === 0) throw invalidArgument("A page break cannot be added above the first row.");
      const sheet = this.store.sheetById(id);
      if (!sheet.print.pageBreaks.includes(rect.row))
        change(
          this.store,
          sheet,
          "pageBreaks",
          [...sheet.print.pageBreaks, rect.row].sort((a, b) => a - b),
        );
    });
  }
  removePageBreaks(): void {
    this.call(null, (id) => change(this.store, this.store.sheetById(id), "pageBreaks", []));
  }
  getCount(): { value: number } {
    const out = { value: 0 };
    this.call(null, (id) => (out.value = this.store.sheetById(id).print.pageBreaks.length));
    return out;
  }
}
