/**
 * What the fake WPS 表格 window exposes on `window.__appraiseWps`, for the
 * test to read the fake workbook and act as the user would (page.evaluate),
 * without reaching into its store. Every frame of the add-in (index.html and
 * the task pane) sees the same one, as they see the same `wps`.
 */
import type { PlainCell, TableInfo } from "../../fakeExcel";

/** A task pane made with `wps.CreateTaskPane(url)`. */
export interface FakeTaskPaneInfo {
  readonly id: number;
  readonly url: string;
  readonly visible: boolean;
}

/** A button of the add-in's ribbon (ribbon.xml), as the fake ribbon shows it. */
export interface FakeRibbonButton {
  readonly id: string;
  readonly label: string;
  /** The image getImage gave, as a URL (empty when none). */
  readonly image: string;
}

export interface AppraiseWpsFake {
  /** The UI language the fake WPS reports: 2052 (简体中文) or 1033 (English), from `?lang=`. */
  readonly languageId: number;
  readonly sheetNames: () => string[];
  readonly tableInfo: (name: string) => TableInfo | undefined;
  readonly readSheet: (sheet: string) => PlainCell[][];
  /** Someone types `value` into a cell ("指标考核!F7"): written through the object model, so SheetChange fires. */
  readonly userEdit: (address: string, value: string | number | boolean) => void;
  /** Someone adds a sheet `name` at the end (Insert › Sheet, then renames it) and types `text` into its A1: through the object model. */
  readonly userAddSheet: (name: string, text: string) => void;
  /** The task panes the add-in has made. */
  readonly taskPanes: () => FakeTaskPaneInfo[];
  /** The ribbon's buttons, once WPS has loaded ribbon.xml (empty before). */
  readonly ribbonButtons: () => FakeRibbonButton[];
  /** The active sheet's name and the last range selected through Range.Select(), or null. */
  readonly selection: () => { sheet: string; range: string } | null;
}

/** The window of a page inside the fake WPS. */
export type WpsFakeWindow = Window & { __appraiseWps: AppraiseWpsFake };
