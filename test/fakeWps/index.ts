/**
 * A fake WPS 表格 host: the object model a WPS 加载项 reaches through
 * `wps.EtApplication()`, the members src/workbook/wps/facade.ts declares,
 * over the same cell and table store the fake Excel host uses
 * (test/fakeExcel/store), so both hosts see one model of a workbook.
 *
 * Modelled on Kingsoft's typings on npm (`wps-jsapi` 1.0.5 src/lib.et.d.ts:
 * EtRange 4606, EtListObject 7331, EtListObjects 11372, EtWorksheet 12249,
 * EtSheets 18002, EtNames 15605, EtName 15695, EtWorkbook 18100,
 * EtHyperlinks 15176, EtHPageBreaks 15874) and, where they are silent or
 * mistyped, on VBA's documented behaviour, which the WPS object model
 * mirrors: collections are 1-based, `Item(name)` raises for a missing name,
 * `Value2` is a scalar for one cell and rows for several, a string typed
 * into a cell formatted as Text ("@") stays text, `DataBodyRange` is null
 * for a table without data rows, a protected sheet refuses writes.
 *
 * `methods: true` gives the build where Count, UsedRange, ProtectContents
 * and Date1904 are zero-argument methods instead of properties (issue 22:
 * "properties and zero-argument methods differ between WPS builds").
 */
import type {
  Either,
  WpsApplication,
  WpsListObject,
  WpsName,
  WpsRange,
  WpsSheetChange,
  WpsValue,
  WpsWindow,
  WpsWorkbook,
  WpsWorksheet,
} from "../../src/workbook/wps/facade";
import { widthPoints } from "../../src/workbook/excel/columnWidths";
import { CVERR_BASE } from "../../src/workbook/wps/wpsCells";
import { intersect, parseRect, type Rect } from "../fakeExcel/a1";
import { editValidations, validationsOf, type ValidationRec } from "../fakeExcel/dataValidation";
import type { CellRec } from "../fakeExcel/cells";
import { setRowHeight, setStyle, styleOf, type CellStyle } from "../fakeExcel/printModel";
import type { WorkbookStore } from "../fakeExcel/store";

export interface FakeWpsOptions {
  /** Count, UsedRange, ProtectContents, Date1904 as zero-argument methods (another WPS build). */
  readonly methods?: boolean;
}

const XL_ERROR_CODES: Readonly<Record<string, number>> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};

class FakeWpsError extends Error {}

function value2Of(rec: CellRec): WpsValue {
  const v = rec.value;
  if (v === null) return undefined;
  if (typeof v === "object") return CVERR_BASE + (XL_ERROR_CODES[v.error] ?? 2015);
  return v;
}

const shape = <T>(grid: T[][]): T | T[][] => (grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid);
const rowsOf = (input: unknown, rect: Rect): unknown[][] =>
  Array.isArray(input) ? (input as unknown[][]) : Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => input));

class Host {
  /**
   * SheetChange's listeners (et-jsapi-declare addon.et.d.ts 10), called
   * synchronously after each write through this model, the add-in's own
   * included, as VBA's Workbook_SheetChange runs inside the write that
   * caused it. Writes that change values fire it (Value2, Formula,
   * ClearContents, Clear, a table's new row); formats do not, as in VBA.
   */
  readonly sheetChange = new Set<WpsSheetChange>();

  constructor(
    readonly store: WorkbookStore,
    readonly options: FakeWpsOptions,
  ) {}

  either<T>(value: () => T): Either<T> {
    return this.options.methods === true ? value : value();
  }

  count(n: () => number): { readonly Count: Either<number> } {
    return this.withCount({}, n);
  }

  /** The object with a live Count (a getter: spreading one would freeze it). */
  withCount<T extends { readonly Count: Either<number> }>(target: Omit<T, "Count">, n: () => number): T {
    const either = this.either.bind(this);
    return Object.defineProperty(target, "Count", { get: () => either(n), enumerable: true }) as T;
  }

  sheetId(name: string): string {
    const ws = this.store.sheetByName(name);
    if (ws === undefined) throw new FakeWpsError(`下标越界 (subscript out of range): ${name}`);
    return ws.id;
  }

  range(sheetId: string, rect: Rect): WpsRange {
    return rangeOf(this, sheetId, rect);
  }

  sheet(id: string): WpsWorksheet {
    return worksheetOf(this, id);
  }

  table(id: string): WpsListObject {
    return listObjectOf(this, id);
  }

  /** Fires SheetChange for a write to `rect` of the sheet. */
  changed(sheetId: string, rect: Rect): void {
    if (this.sheetChange.size === 0) return;
    const [sheet, target] = [this.sheet(sheetId), this.range(sheetId, rect)];
    for (const listener of [...this.sheetChange]) listener(sheet, target);
  }
}

function rangeOf(host: Host, sheetId: string, rect: Rect): WpsRange {
  // The looks' accessors are defined, not spread: a spread would copy their values and drop the setters.
  return Object.defineProperties(plainRangeOf(host, sheetId, rect), Object.getOwnPropertyDescriptors(looksOf(host, sheetId, rect))) as WpsRange;
}

function plainRangeOf(host: Host, sheetId: string, rect: Rect): Omit<WpsRange, keyof ReturnType<typeof looksOf>> {
  const s = host.store;
  return {
    get Value2() {
      return shape(s.grid(sheetId, rect, value2Of));
    },
    set Value2(input: WpsValue | WpsValue[][]) {
      s.writeValues(
        sheetId,
        rect,
        rowsOf(input, rect).map((r) => r.map((v) => (v === undefined ? null : v))),
      );
      host.changed(sheetId, rect);
    },
    get Formula() {
      return shape(s.grid(sheetId, rect, (c) => c.formula ?? value2Of(c) ?? ""));
    },
    set Formula(input: WpsValue | WpsValue[][]) {
      s.writeValues(sheetId, rect, rowsOf(input, rect));
      host.changed(sheetId, rect);
    },
    get NumberFormat() {
      const grid = s.grid(sheetId, rect, (c) => c.numberFormat);
      const first = grid[0][0];
      return grid.every((r) => r.every((f) => f === first)) ? first : null;
    },
    set NumberFormat(input: string | string[][] | null) {
      s.writeNumberFormats(sheetId, rect, rowsOf(input, rect));
    },
    Row: rect.row + 1,
    Column: rect.col + 1,
    Rows: host.count(() => rect.rows),
    Columns: host.withCount({ AutoFit: () => autoFit(s, sheetId, rect) }, () => rect.cols),
    Validation: validationOf(s, sheetId, rect),
    Resize: (rows, cols) => host.range(sheetId, { ...rect, rows, cols }),
    Offset: (rows, cols) => host.range(sheetId, { ...rect, row: rect.row + rows, col: rect.col + cols }),
    ClearContents: () => {
      s.clear(sheetId, rect, "Contents");
      host.changed(sheetId, rect);
    },
    Clear: () => {
      s.clear(sheetId, rect, "All");
      host.changed(sheetId, rect);
    },
    // VBA's Range.Select fails unless its sheet is the active one (Worksheet.Activate first).
    Select: () => {
      if (s.activeSheetId !== sheetId) throw new FakeWpsError("Range 类的 Select 方法无效 (Select method of Range class failed)");
      s.selection = { sheetId, rect };
      return true;
    },
    get ColumnWidth() {
      return (s.columnWidth(s.sheetById(sheetId), rect.col) / 0.75 - 5) / 7;
    },
    set ColumnWidth(width: number | null) {
      s.setColumnWidth(sheetId, rect, widthPoints(width ?? 0));
    },
    Interior: {
      get Color() {
        const fill = s.cell(s.sheetById(sheetId), rect.row, rect.col).fill;
        return fill === null ? null : bgr(fill);
      },
      set Color(color: number | null) {
        s.setFill(sheetId, rect, color === null ? null : rgb(color));
      },
    },
    Merge: (across) => (across === true ? s.mergeAcross(sheetId, rect) : s.merge(sheetId, rect)),
    UnMerge: () => s.unmerge(sheetId, rect),
  };
}

/**
 * Range.Columns.AutoFit (et-jsapi-declare lib.et.d.ts: Range.AutoFit 1377):
 * each column of the range as wide as its longest value there, as the fake
 * Excel host's autofitColumns measures it (7 px a character).
 */
function autoFit(s: WorkbookStore, sheetId: string, rect: Rect): true {
  const longest = new Map<number, number>();
  s.eachStored(s.sheetById(sheetId), rect, (_, col, rec) => longest.set(col, Math.max(longest.get(col) ?? 0, String(value2Of(rec) ?? "").length)));
  for (const [col, chars] of longest) s.setColumnWidth(sheetId, { ...rect, col, cols: 1 }, widthPoints(chars));
  return true;
}

/** XlDVAlertStyle (et-jsapi-declare lib.et.d.ts 17195-17197) as the store keeps an error alert's style. */
const ALERT_STYLES: Readonly<Record<number, "Stop" | "Warning" | "Information">> = { 1: "Stop", 2: "Warning", 3: "Information" };

/**
 * Range.Validation (et-jsapi-declare lib.et.d.ts: Validation 4492, Add 4499)
 * over the store's validations (test/fakeExcel/dataValidation.ts), list
 * rules only (xlValidateList 3). As in VBA, Add fails on cells that already
 * have a validation (Delete first), and ErrorTitle, ErrorMessage, ShowError
 * and InCellDropdown apply to the validations the range holds.
 */
function validationOf(s: WorkbookStore, sheetId: string, rect: Rect): WpsRange["Validation"] {
  const mine = () => validationsOf(s, sheetId).filter((v) => intersect(v.rect, rect) !== null);
  const edit = (patch: (v: ValidationRec) => ValidationRec) => {
    const found = mine();
    if (found.length === 0) throw new FakeWpsError("应用程序定义或对象定义错误 (no validation on the range)");
    editValidations(s, sheetId, (list) => list.map((v) => (found.includes(v) ? patch(v) : v)));
  };
  const alert = (v: ValidationRec) => v.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
  return {
    Add(type, alertStyle, _operator, formula1) {
      s.guard(sheetId);
      if (type !== 3) throw new FakeWpsError("The fake WPS host knows list validations (xlValidateList 3) only.");
      if (mine().length > 0) throw new FakeWpsError("应用程序定义或对象定义错误 (the range already has a validation: Delete it first)");
      const errorAlert = { showAlert: true, style: ALERT_STYLES[alertStyle] ?? "Stop", title: "", message: "" };
      editValidations(s, sheetId, (list) => [...list, { rect, rule: { list: { inCellDropDown: true, source: formula1 } }, errorAlert }]);
    },
    Delete() {
      s.guard(sheetId);
      const found = mine();
      editValidations(s, sheetId, (list) => list.filter((v) => !found.includes(v)));
    },
    get InCellDropdown() {
      return mine()[0]?.rule.list?.inCellDropDown ?? false;
    },
    set InCellDropdown(on: boolean) {
      edit((v) => ({ ...v, rule: { list: { source: "", ...v.rule.list, inCellDropDown: on } } }));
    },
    get ErrorTitle() {
      return mine()[0]?.errorAlert?.title ?? "";
    },
    set ErrorTitle(title: string) {
      edit((v) => ({ ...v, errorAlert: { ...alert(v), title } }));
    },
    get ErrorMessage() {
      return mine()[0]?.errorAlert?.message ?? "";
    },
    set ErrorMessage(message: string) {
      edit((v) => ({ ...v, errorAlert: { ...alert(v), message } }));
    },
    get ShowError() {
      return mine()[0]?.errorAlert?.showAlert ?? false;
    },
    set ShowError(showAlert: boolean) {
      edit((v) => ({ ...v, errorAlert: { ...alert(v), showAlert } }));
    },
  };
}

const H_ALIGN: Readonly<Record<number, string>> = { [-4108]: "Center", [-4152]: "Right", [-4131]: "Left", 1: "General" };
const V_ALIGN: Readonly<Record<number, string>> = { [-4160]: "Top", [-4108]: "Center", [-4107]: "Bottom" };
const EDGE: Readonly<Record<number, string>> = { 7: "EdgeLeft", 8: "EdgeTop", 9: "EdgeBottom", 10: "EdgeRight" };

/** Font, alignment, wrap, row height and borders, onto the store's print styles (printModel.ts). */
function looksOf(
  host: Host,
  sheetId: string,
  rect: Rect,
): Pick<WpsRange, "Font" | "HorizontalAlignment" | "VerticalAlignment" | "WrapText" | "RowHeight" | "Borders"> {
  const s = host.store;
  const t = { sheetId, rect };
  const patch = (p: Partial<CellStyle>) => setStyle(s, t, (st) => ({ ...st, ...p }));
  return {
    Font: {
      get Bold() {
        return styleOf(s, t, (st) => st.bold === true);
      },
      set Bold(bold: boolean | null) {
        patch({ bold: bold === true });
      },
      get Size() {
        return styleOf(s, t, (st) => st.size ?? 11);
      },
      set Size(size: number | null) {
        patch({ size: size ?? 11 });
      },
      get Color() {
        const c = styleOf(s, t, (st) => st.color ?? null);
        return c === null ? null : bgr(c.replace("#", ""));
      },
      set Color(color: number | null) {
        patch({ color: color === null ? undefined : `#${rgb(color)}` });
      },
    },
    get HorizontalAlignment() {
      const a = styleOf(s, t, (st) => st.horizontalAlignment ?? "General");
      return Number(Object.keys(H_ALIGN).find((k) => H_ALIGN[Number(k)] === a) ?? 1);
    },
    set HorizontalAlignment(a: number | null) {
      patch({ horizontalAlignment: H_ALIGN[a ?? 1] ?? "General" });
    },
    get VerticalAlignment() {
      const a = styleOf(s, t, (st) => st.verticalAlignment ?? "Bottom");
      return Number(Object.keys(V_ALIGN).find((k) => V_ALIGN[Number(k)] === a) ?? -4107);
    },
    set VerticalAlignment(a: number | null) {
      patch({ verticalAlignment: V_ALIGN[a ?? -4107] ?? "Bottom" });
    },
    get WrapText() {
      return styleOf(s, t, (st) => st.wrapText === true);
    },
    set WrapText(wrap: boolean | null) {
      patch({ wrapText: wrap === true });
    },
    get RowHeight() {
      return s.sheetById(sheetId).print.rowHeights.get(rect.row) ?? 15;
    },
    set RowHeight(points: number | null) {
      setRowHeight(s, t, points ?? 15);
    },
    Borders: {
      Item: (index) => ({
        get LineStyle() {
          return styleOf(s, t, (st) => (st.borders?.[EDGE[index]] ?? "None") === "Continuous") ? 1 : null;
        },
        set LineStyle(style: number | null) {
          setStyle(s, t, (st) => ({ ...st, borders: { ...st.borders, [EDGE[index]]: style === 1 ? "Continuous" : "None" } }));
        },
      }),
    },
  };
}

/** VBA's Color is BGR (RGB(r,g,b) = r + 256 g + 65536 b); the store keeps "RRGGBB". */
const bgr = (hex: string): number => {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n >> 16) & 255) + (n & 0xff00) + ((n & 255) << 16);
};
const rgb = (color: number): string => {
  const [r, g, b] = [color & 255, (color >> 8) & 255, (color >> 16) & 255];
  return [r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
};

function listObjectOf(host: Host, id: string): WpsListObject {
  const s = host.store;
  const rec = () => s.tableById(id);
  return {
    get Name() {
      return rec().name;
    },
    set Name(name: string) {
      s.renameTable(id, name);
    },
    get Range() {
      return host.range(rec().sheetId, rec().rect);
    },
    get HeaderRowRange() {
      const h = s.headerOf(rec());
      return h === null ? null : host.range(rec().sheetId, h);
    },
    get DataBodyRange() {
      const body = s.bodyOf(rec());
      // VBA: Nothing when the table has only its insert row; the store keeps one blank row there.
      const blank = body.rows === 1 && s.grid(rec().sheetId, body, (c) => c.value === null && c.formula === null).every((r) => r.every(Boolean));
      return blank ? null : host.range(rec().sheetId, body);
    },
    ListColumns: host.count(() => rec().rect.cols),
    ListRows: {
      Add: () => {
        s.addTableRows(id, 1);
        host.changed(rec().sheetId, rec().rect);
      },
    },
    get ShowTotals() {
      return rec().showTotals;
    },
    set ShowTotals(_: boolean) {
      throw new FakeWpsError("The fake does not model a totals row being switched.");
    },
    Resize: (range) => s.resizeTable(id, rec().sheetId, { row: range.Row - 1, col: range.Column - 1, rows: rowsOfRange(range), cols: colsOfRange(range) }),
    Delete: () => s.deleteTable(id),
  };
}

const rowsOfRange = (r: WpsRange): number => (typeof r.Rows.Count === "function" ? r.Rows.Count() : r.Rows.Count);
const colsOfRange = (r: WpsRange): number => (typeof r.Columns.Count === "function" ? r.Columns.Count() : r.Columns.Count);

function address(host: Host, sheetId: string, a: string): Rect {
  const rect = parseRect(a);
  if (rect === null) throw new FakeWpsError(`Not a range: ${a}`);
  return rect;
}

function worksheetOf(host: Host, id: string): WpsWorksheet {
  const s = host.store;
  const tables = () => s.tables.filter((t) => t.sheetId === id);
  return {
    get Name() {
      return s.sheetById(id).name;
    },
    set Name(name: string) {
      s.renameSheet(id, name);
    },
    Range: (a) => host.range(id, address(host, id, a)),
    Cells: { Item: (row, column) => host.range(id, { row: row - 1, col: column - 1, rows: 1, cols: 1 }) },
    ListObjects: host.withCount(
      {
        Item(index: number | string) {
          const t = typeof index === "number" ? tables()[index - 1] : tables().find((x) => x.name.toLowerCase() === index.toLowerCase());
          if (t === undefined) throw new FakeWpsError(`下标越界 (subscript out of range): ${index}`);
          return host.table(t.id);
        },
        Add(_type: 1, source: WpsRange) {
          const t = s.addTable(id, { row: source.Row - 1, col: source.Column - 1, rows: rowsOfRange(source), cols: colsOfRange(source) }, true);
          return host.table(t.id);
        },
      },
      () => tables().length,
    ),
    get UsedRange() {
      const used = () => host.range(id, s.usedRect(id, false) ?? { row: 0, col: 0, rows: 1, cols: 1 });
      return host.either(used);
    },
    get ProtectContents() {
      return host.either(() => s.sheetById(id).protection.on);
    },
    Protect: (password) => s.protectSheet(id, typeof password === "string" ? password : null),
    Unprotect: (password) => s.unprotectSheet(id, password ?? null),
    PageSetup: pageSetupOf(host, id),
    HPageBreaks: host.withCount(
      { Add: (before: WpsRange) => s.sheetById(id).print.pageBreaks.push(before.Row - 1) },
      () => s.sheetById(id).print.pageBreaks.length,
    ),
    Hyperlinks: {
      Add: (anchor, _address, subAddress) =>
        s.setHyperlink(id, { row: anchor.Row - 1, col: anchor.Column - 1, rows: 1, cols: 1 }, { documentReference: subAddress }),
    },
    Delete: () => s.deleteSheet(id),
    Activate: () => {
      s.activeSheetId = id;
    },
  };
}

function pageSetupOf(host: Host, id: string): WpsWorksheet["PageSetup"] {
  const print = () => host.store.sheetById(id).print;
  return {
    get Orientation() {
      return print().page.orientation === "Landscape" ? 2 : 1;
    },
    set Orientation(o: number) {
      print().page.orientation = o === 2 ? "Landscape" : "Portrait";
    },
    PrintTitleRows: "",
    Zoom: 100,
    FitToPagesWide: false,
    FitToPagesTall: false,
  };
}

function workbookOf(host: Host): WpsWorkbook {
  const s = host.store;
  const sheetIndex = (index: number | string) => (typeof index === "number" ? s.sheets[index - 1]?.id : s.sheetByName(index)?.id);
  const nameOf = (rec: { name: string }): WpsName => ({
    Name: rec.name,
    get RefersTo() {
      const n = s.nameByName(rec.name);
      return n === undefined ? "" : s.nameFormula(n);
    },
    set RefersTo(formula: string) {
      s.deleteName(rec.name);
      s.addName(rec.name, s.referenceOf(formula), formula, "");
    },
    Delete: () => s.deleteName(rec.name),
  });
  return {
    Worksheets: host.withCount(
      {
        Item(index: number | string) {
          const found = sheetIndex(index);
          if (found === undefined) throw new FakeWpsError(`下标越界 (subscript out of range): ${index}`);
          return host.sheet(found);
        },
        // Sheets.Add(Before, After) (et-jsapi-declare lib.et.d.ts 7680): before `Before`, after `After`, else (as VBA) before the active sheet.
        Add(before: WpsWorksheet | undefined, after: WpsWorksheet | undefined) {
          const at = (ws: WpsWorksheet) => s.sheets.findIndex((x) => x.name === ws.Name);
          const active = s.sheets.findIndex((x) => x.id === s.activeSheetId);
          const ws = s.addSheet();
          if (after !== undefined) s.moveSheet(ws.id, at(after) + 1);
          else s.moveSheet(ws.id, before !== undefined ? at(before) : Math.max(0, active));
          return host.sheet(ws.id);
        },
      },
      () => s.sheets.length,
    ),
    Names: host.withCount(
      {
        Item(index: number | string) {
          const rec = typeof index === "number" ? s.names[index - 1] : s.nameByName(index);
          if (rec === undefined) throw new FakeWpsError(`下标越界 (subscript out of range): ${index}`);
          return nameOf(rec);
        },
        Add(name: string, refersTo: string) {
          return nameOf(s.addName(name, s.referenceOf(refersTo), refersTo, ""));
        },
      },
      () => s.names.length,
    ),
    get Date1904() {
      return host.either(() => s.date1904);
    },
    get ActiveSheet() {
      return s.activeSheetId === null ? null : host.sheet(s.activeSheetId);
    },
    Application: { ActiveWindow: windowOf(host) },
  };
}

/**
 * The active window (et-jsapi-declare lib.et.d.ts Window 7486): its frozen
 * panes are the active sheet's frozen rows in the store, as in VBA, where
 * SplitRow is set first and FreezePanes = true freezes above it.
 */
function windowOf(host: Host): WpsWindow {
  const s = host.store;
  let splitRow = 0;
  const active = () => {
    if (s.activeSheetId === null) throw new FakeWpsError("No active sheet");
    return s.activeSheetId;
  };
  return {
    get FreezePanes() {
      return s.sheetById(active()).frozenRows > 0;
    },
    set FreezePanes(on: boolean) {
      s.freezeRows(active(), on ? splitRow : 0);
    },
    get SplitRow() {
      return splitRow;
    },
    set SplitRow(row: number) {
      splitRow = row;
    },
    SplitColumn: 0,
  };
}

/** The application a WPS 加载项 gets from `wps.EtApplication()`, over the store. */
export function createFakeWps(store: WorkbookStore, options: FakeWpsOptions = {}): WpsApplication {
  return createFakeWpsApplication(store, options).app;
}

/** The application and its SheetChange listeners (for the fake `wps` root, ./root.ts). */
export function createFakeWpsApplication(store: WorkbookStore, options: FakeWpsOptions = {}): { app: WpsApplication; sheetChange: Set<WpsSheetChange> } {
  const host = new Host(store, options);
  const workbook = workbookOf(host);
  return { app: { ActiveWorkbook: workbook }, sheetChange: host.sheetChange };
}
