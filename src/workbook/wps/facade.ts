/**
 * A thin typed facade over WPS 表格's object model (WPS 加载项: `wps.EtApplication()`),
 * only the members the adapter uses. Modelled on Kingsoft's typings on npm
 * (`wps-jsapi` 1.0.5, src/lib.et.d.ts; `et-jsapi-declare` 2.5.0, lib.et.d.ts),
 * cited by interface and line below, read but not copied or installed. The
 * typings say they come from static analysis and may be wrong, and they show
 * it: every method returning an object is declared `(…, RHS?: T): void`
 * (VBA's out parameter), `Worksheet.UsedRange` is typed `number`,
 * `Range.Address` is a method where VBA has a property with optional
 * arguments, `Range.Value` a method where `Value2` is a property. The
 * facade types what the calls return, as VBA documents them. Kingsoft's
 * own API pages (airsheet.wps.cn/docs/apiV2/excel/workbook/ListObject/…,
 * "DataBodyRange 属性") show the same model from JavaScript:
 * `Application.Worksheets.Item("Sheet1").ListObjects.Item(1)`, and
 * `DataBodyRange.Address()` called as a method.
 *
 * Members that are a property in one WPS build and a zero-argument method in
 * another (the known trap of issue 22) are typed `Either<T>` and read through
 * `get`, which takes either.
 */

/** A member that is a property in one WPS build and a zero-argument method in another. */
export type Either<T> = T | (() => T);

/**
 * The value of a member that may be a property or a zero-argument method.
 * @example
 * get({ Count: 3 }.Count) //=> 3
 * get((() => 3) as Either<number>) //=> 3
 */
export function get<T>(member: Either<T>): T {
  return typeof member === "function" ? (member as () => T)() : member;
}

/** A cell value as `Range.Value2` gives it (dates as serial numbers; VBA's Value2). */
export type WpsValue = string | number | boolean | null | undefined;

/** EtRange (lib.et.d.ts 4606). */
export interface WpsRange {
  /** EtRange.Value2 (4606…): a scalar for one cell, rows of values for several. */
  Value2: WpsValue | WpsValue[][];
  /** EtRange.Formula: the formula, or the value as typed. */
  Formula: WpsValue | WpsValue[][];
  /** EtRange.NumberFormat: one format, rows of them, or null when the cells differ. */
  NumberFormat: string | string[][] | null;
  /** EtRange.Row / Column: 1-based. */
  readonly Row: number;
  readonly Column: number;
  /** EtRange.Rows / Columns (their Count). */
  readonly Rows: { readonly Count: Either<number> };
  readonly Columns: { readonly Count: Either<number> } & WpsAutoFit;
  /** EtRange.Resize(RowSize, ColumnSize) (typed void with an RHS out parameter). */
  Resize(rows: number, columns: number): WpsRange;
  /** EtRange.Offset(RowOffset, ColumnOffset) (typed void with an RHS out parameter). */
  Offset(rows: number, columns: number): WpsRange;
  /** EtRange.ClearContents / Clear. */
  ClearContents(): void;
  Clear(): void;
  /** EtRange.ColumnWidth (characters). */
  ColumnWidth: number | null;
  /** EtRange.Interior (EtInterior.Color: BGR as a number, as in VBA). */
  readonly Interior: { Color: number | null };
  /** EtRange.Font (EtFont: Bold, Size, Color as BGR). */
  readonly Font: { Bold: boolean | null; Size: number | null; Color: number | null };
  /** EtRange.HorizontalAlignment / VerticalAlignment: XlHAlign/XlVAlign (xlCenter -4108, xlRight -4152, xlTop -4160). */
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  /** EtRange.WrapText. */
  WrapText: boolean | null;
  /** EtRange.RowHeight in points. */
  RowHeight: number | null;
  /** EtRange.Borders (EtBorders.Item(XlBordersIndex): xlEdgeLeft 7, Top 8, Bottom 9, Right 10; LineStyle xlContinuous 1). */
  readonly Borders: { Item(index: number): { LineStyle: number | null } };
  /** EtRange.Merge(Across) / UnMerge. */
  Merge(across?: boolean): void;
  UnMerge(): void;
  /** Range.Validation (et-jsapi-declare lib.et.d.ts: interface Range 1333, Validation 1700): the cells' data validation. */
  readonly Validation: WpsValidation;
  /** Range.Select (et-jsapi-declare lib.et.d.ts: interface Range 1333, Select 1624): selects it on the active sheet. */
  Select(): unknown;
}

/**
 * Range.Columns' AutoFit (et-jsapi-declare lib.et.d.ts: Range.Columns 1416,
 * a Range; Range.AutoFit 1377): as VBA's `Range.Columns.AutoFit`, each
 * column as wide as its longest value in the range.
 */
export interface WpsAutoFit {
  AutoFit(): unknown;
}

/**
 * Validation (et-jsapi-declare lib.et.d.ts: interface Validation 4492):
 * Add(Type, AlertStyle, Operator, Formula1, Formula2) 4499, with
 * XlDVType.xlValidateList = 3 (17173), XlDVAlertStyle.xlValidAlertStop = 1,
 * xlValidAlertWarning = 2 (17195-17196), XlFormatConditionOperator.xlBetween
 * = 1 (17153), Formula1 the list's words joined by commas, as in VBA;
 * Delete 4509 (VBA's Add fails on cells that already have a validation);
 * InCellDropdown 4507, ErrorMessage 4511, ErrorTitle 4513, ShowError 4527.
 */
export interface WpsValidation {
  Add(type: number, alertStyle: number, operator: number, formula1: string): void;
  Delete(): void;
  InCellDropdown: boolean;
  ErrorMessage: string;
  ErrorTitle: string;
  ShowError: boolean;
}

/** EtListColumns (lib.et.d.ts 9821). */
export interface WpsListColumns {
  readonly Count: Either<number>;
}

/** EtListObject (lib.et.d.ts 7331). */
export interface WpsListObject {
  Name: string;
  readonly Range: WpsRange;
  /** Null in VBA when the header row is hidden. */
  readonly HeaderRowRange: WpsRange | null;
  /** Null in VBA when the table has no data rows (only the insert row). */
  readonly DataBodyRange: WpsRange | null;
  readonly ListColumns: WpsListColumns;
  /** EtListRows (lib.et.d.ts; ListRows.Add(Position, AlwaysInsert)): a row added at the end pushes down what is under the table. */
  readonly ListRows: { Add(): unknown };
  ShowTotals: boolean;
  /** EtListObject.Resize(Range): the header row must stay where it is. */
  Resize(range: WpsRange): void;
  Delete(): void;
}

/** EtListObjects (lib.et.d.ts 11372). */
export interface WpsListObjects {
  readonly Count: Either<number>;
  /** 1-based index or name. */
  Item(index: number | string): WpsListObject;
  /**
   * Add(SourceType = xlSrcRange 1, Source, LinkSource, XlListObjectHasHeaders = xlYes 1)
   * (et-jsapi-declare lib.et.d.ts: ListObjects 6779, Add 6802; xlSrcRange 18136, xlYes 17544);
   * the new table's name is ListObject.Name (3754).
   */
  Add(sourceType: 1, source: WpsRange, linkSource: undefined, hasHeaders: 1): WpsListObject;
}

/** EtPageSetup (lib.et.d.ts 12760): the members the print sheets set. */
export interface WpsPageSetup {
  Orientation: number;
  PrintTitleRows: string;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
}

/** EtWorksheet (lib.et.d.ts 12249). */
export interface WpsWorksheet {
  Name: string;
  /** EtWorksheet.Range(Cell1, Cell2): "A1:C3" (typed void with an RHS). */
  Range(address: string): WpsRange;
  /** EtWorksheet.Cells (Item(row, column), 1-based). */
  readonly Cells: { Item(row: number, column: number): WpsRange };
  readonly ListObjects: WpsListObjects;
  /** EtWorksheet.UsedRange (typed number; VBA: a Range). */
  readonly UsedRange: Either<WpsRange>;
  /** EtWorksheet.ProtectContents (typed number; VBA: Boolean). */
  readonly ProtectContents: Either<boolean | number>;
  /** Protect(Password, DrawingObjects, Contents, …, AllowFormattingColumns 7th, …, AllowFiltering 15th). */
  Protect(...args: unknown[]): void;
  Unprotect(password?: string): void;
  readonly PageSetup: WpsPageSetup;
  /** EtHPageBreaks (15874): Add(Before). */
  readonly HPageBreaks: { readonly Count: Either<number>; Add(before: WpsRange): unknown };
  /** EtHyperlinks (15176): Add(Anchor, Address, SubAddress, ScreenTip, TextToDisplay). */
  readonly Hyperlinks: { Add(anchor: WpsRange, address: string, subAddress: string, screenTip?: string, text?: string): unknown };
  Delete(): void;
  /** Worksheet.Activate (et-jsapi-declare lib.et.d.ts: interface Worksheet 4537, Activate 4544): makes it the active sheet. */
  Activate(): void;
}

/** EtSheets (lib.et.d.ts 18002). */
export interface WpsWorksheets {
  readonly Count: Either<number>;
  Item(index: number | string): WpsWorksheet;
  /** Add(Before, After) (et-jsapi-declare lib.et.d.ts: Sheets.Add 7680): the new sheet before `Before`, or after `After`. */
  Add(before: WpsWorksheet | undefined, after: WpsWorksheet | undefined): WpsWorksheet;
}

/** EtName (lib.et.d.ts 15695): Name and RefersTo (typed number; VBA: String). */
export interface WpsName {
  readonly Name: string;
  RefersTo: string;
  Delete(): void;
}

/** EtNames (lib.et.d.ts 15605). */
export interface WpsNames {
  readonly Count: Either<number>;
  Item(index: number | string): WpsName;
  /** Add(Name, RefersTo): "=Sheet!$A$1". */
  Add(name: string, refersTo: string): WpsName;
}

/**
 * Window (et-jsapi-declare lib.et.d.ts: interface Window 7486): the frozen
 * panes of the window's active sheet, FreezePanes 7531, SplitColumn 7571,
 * SplitRow 7575 (as VBA: set the split, then FreezePanes = true).
 */
export interface WpsWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

/** EtWorkbook (lib.et.d.ts 18100). */
export interface WpsWorkbook {
  readonly Worksheets: WpsWorksheets;
  readonly Names: WpsNames;
  /** EtWorkbook.Date1904 (typed number; VBA: Boolean). */
  readonly Date1904: Either<boolean | number>;
  /** Workbook.ActiveSheet (et-jsapi-declare lib.et.d.ts: interface Workbook 7734, ActiveSheet 7747); optional: only the header freeze uses it. */
  readonly ActiveSheet?: WpsWorksheet | null;
  /** Workbook.Application (7735): its ActiveWindow (Application 690, ActiveWindow 709). */
  readonly Application?: { readonly ActiveWindow: WpsWindow | null };
}

/**
 * LanguageSettings (et-jsapi-declare lib.kso.d.ts 4193: `LanguageID(Id: MsoAppLanguageID): number`;
 * MsoAppLanguageID.msoLanguageIDUI = 2 at 8364): the UI's language as a Windows LCID (2052 简体中文, 1033 English).
 */
export interface WpsLanguageSettings {
  LanguageID(id: number): number;
}

/** EtApplication (lib.et.d.ts 3264): ActiveWorkbook (3403). */
export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook;
  /** Application.LanguageSettings (et-jsapi-declare lib.et.d.ts: interface Application 690, LanguageSettings 1141); absent in some builds. */
  readonly LanguageSettings?: WpsLanguageSettings;
}

/**
 * The add-in's task pane, CustomTaskpane (et-jsapi-declare index.d.ts 164):
 * ID (174), Visible (175: "创建完这个taskpane后，需要将Visible属性置为true"),
 * DockPosition (172, Kso.MsoCTPDockPosition: msoCTPDockPositionRight = 2).
 */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition?: number;
  /** Navigate(url) (177-181): loads the page again, or another. */
  Navigate(url: string): void;
}

/**
 * PluginStorage (et-jsapi-declare index.d.ts 398): like localStorage, not
 * persisted, one instance shared by all the add-in's pages ("该对象在一个插件中
 * 对应着同一个实例，因此该对象可以在一个jsapi插件的不同网页间共享数据", 104).
 * setItem (404), getItem (409; typed string, null for a missing key as in localStorage), removeItem (414).
 */
export interface WpsPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): string | null | undefined;
  removeItem(key: string): void;
}

/** SheetChange's callback (et-jsapi-declare addon.et.d.ts 10: `(WorkSheet: Et.Worksheet, Range) => void`). */
export type WpsSheetChange = (sheet: WpsWorksheet, target: WpsRange) => void;

/**
 * ApiEvent (et-jsapi-declare addon.et.d.ts: EtAddonRoot.ApiEvent 85,
 * EtApiEvent.AddApiEventListener "SheetChange" 10, "AfterTaskPaneShow" 30,
 * RemoveApiEventListener 49 and 68; wps-jsapi src/index.d.ts 78 and 112):
 * WPS's events for the add-in's pages.
 */
export interface WpsApiEvent {
  AddApiEventListener(event: "SheetChange", callback: WpsSheetChange): void;
  AddApiEventListener(event: "AfterTaskPaneShow", callback: () => void): void;
  RemoveApiEventListener(event: "SheetChange", callback?: WpsSheetChange): void;
  RemoveApiEventListener(event: "AfterTaskPaneShow", callback?: () => void): void;
}

/**
 * The global `wps` every page of a WPS 加载项 is given (et-jsapi-declare
 * index.d.ts 26: `declare const wps: WPSMergedRoot`, AddonRoot 36).
 * `EtApplication` is typed a property there (41) and called as a method in
 * Kingsoft's examples (`wps.EtApplication().ActiveWorkbook`): `Either`.
 */
export interface WpsRoot {
  readonly EtApplication: Either<WpsApplication>;
  /** CreateTaskPane(url, title?) (65): the pane, hidden until Visible is set. */
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  /** GetTaskPane(id) (71): the pane created before with that ID. */
  GetTaskPane(id: number): WpsTaskPane | null | undefined;
  readonly PluginStorage: WpsPluginStorage;
  readonly ApiEvent: WpsApiEvent;
}

/** The items of a 1-based WPS collection. */
export function itemsOf<T>(collection: { readonly Count: Either<number>; Item(index: number): T }): T[] {
  const n = get(collection.Count);
  return Array.from({ length: n }, (_, i) => collection.Item(i + 1));
}

/** Rows of values from Value2/Formula/NumberFormat: a single cell's scalar becomes [[v]], empty cells null. */
export function gridOf<T>(value: T | T[][] | null | undefined, rows: number, columns: number): (T | null)[][] {
  const grid = Array.isArray(value) ? value : [[value]];
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => grid[r]?.[c] ?? null));
}

/** The rows and columns of a range. */
export function sizeOf(range: WpsRange): { rows: number; columns: number } {
  return { rows: get(range.Rows.Count), columns: get(range.Columns.Count) };
}
