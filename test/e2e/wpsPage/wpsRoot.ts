/**
 * The global `wps` a WPS 加载项's pages see, over the fake WPS 表格 host
 * (test/fakeWps, on the fake Excel store): as much of it as Appraise's pages
 * use, modelled on Kingsoft's typings (`et-jsapi-declare` 2.5.0, read from
 * `npm pack`, not installed: index.d.ts `AddonRoot` 36 — EtApplication 41,
 * CreateTaskPane 65, GetTaskPane 71, PluginStorage 106; `CustomTaskpane`
 * 163; `PluginStorage` 398; addon.et.d.ts `EtApiEvent` 3, SheetChange 10)
 * and on Kingsoft's own add-in template (the `wpsjs` tool's et template,
 * js/ribbon.js: `wps.CreateTaskPane(url)`, its `ID` kept with
 * `wps.PluginStorage.setItem("taskpane_id", id)`, `wps.GetTaskPane(id).Visible`
 * toggled on a second click).
 *
 * No DOM here: the task pane's frame is the window's business (wpsWindow.ts),
 * told through `onPaneChange`.
 */
import type { WpsApplication, WpsWorkbook } from "../../../src/workbook/wps/facade";
import type { WorkbookStore } from "../../fakeExcel/store";
import { createFakeWps } from "../../fakeWps";
import type { Rect } from "../../fakeExcel/a1";

/** msoLanguageIDUI (lib.kso.d.ts `MsoAppLanguageID`, 8362): the language of WPS's menus and dialogs. */
export const MSO_LANGUAGE_ID_UI = 2;

/** CustomTaskpane (index.d.ts 163): a web page docked beside the sheet. */
export interface FakeTaskPane {
  readonly ID: number;
  Visible: boolean;
  /** Kso.MsoCTPDockPosition: msoCTPDockPositionRight = 2 unless moved. */
  DockPosition: number;
  Width: number;
  Navigate(url: string): void;
  Delete(): void;
}

type Listener = (...args: unknown[]) => unknown;

/** The fake's own view of a task pane, for the window and the test hook. */
export interface PaneRecord {
  readonly id: number;
  url: string;
  visible: boolean;
  deleted: boolean;
}

export interface FakeWpsRoot {
  EtApplication(): WpsApplication & { LanguageSettings: { LanguageID(id: number): number } };
  CreateTaskPane(url: string, title?: string): FakeTaskPane;
  GetTaskPane(id: number): FakeTaskPane;
  readonly PluginStorage: {
    setItem(key: string, value: number | boolean | string): void;
    getItem(key: string): number | boolean | string | null;
    removeItem(key: string): void;
    clear(): void;
  };
  readonly ApiEvent: {
    AddApiEventListener(name: string, callback: Listener): void;
    RemoveApiEventListener(name: string, callback?: Listener): void;
  };
}

export interface RootOptions {
  /** The UI language LanguageSettings.LanguageID(msoLanguageIDUI) answers: 2052 or 1033. */
  readonly languageId: number;
  /** Called when a pane is made, shown, hidden, navigated or deleted. */
  readonly onPaneChange: (pane: PaneRecord) => void;
}

/** What the window and the test hook need besides the root. */
export interface FakeWpsHost {
  readonly root: FakeWpsRoot;
  readonly panes: () => readonly PaneRecord[];
  /** A change to cells, as WPS reports it: SheetChange(Sh, Target), delivered later. */
  readonly cellsChanged: (sheetId: string, rect: Rect) => void;
  readonly sheetChanges: () => number;
}

/** PluginStorage (index.d.ts 398): shared by every page of the add-in, not persisted; values come back as stored (Kingsoft's template stores booleans and reads them back as booleans). */
function pluginStorage(): FakeWpsRoot["PluginStorage"] {
  const items = new Map<string, number | boolean | string>();
  return {
    setItem: (key, value) => void items.set(key, value),
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

function taskPaneOf(rec: PaneRecord, changed: (pane: PaneRecord) => void): FakeTaskPane {
  return {
    ID: rec.id,
    get Visible() {
      return rec.visible && !rec.deleted;
    },
    set Visible(visible: boolean) {
      if (rec.deleted) throw new Error(`The task pane ${rec.id} was deleted`);
      rec.visible = visible === true;
      changed(rec);
    },
    DockPosition: 2,
    Width: 320,
    Navigate(url: string) {
      rec.url = url;
      changed(rec);
    },
    Delete() {
      rec.deleted = true;
      rec.visible = false;
      changed(rec);
    },
  };
}

function apiEvent(): FakeWpsRoot["ApiEvent"] & { fire(name: string, ...args: unknown[]): number } {
  const listeners = new Map<string, Listener[]>();
  return {
    AddApiEventListener: (name, callback) => void listeners.set(name, [...(listeners.get(name) ?? []), callback]),
    RemoveApiEventListener: (name, callback) =>
      void listeners.set(name, callback === undefined ? [] : (listeners.get(name) ?? []).filter((l) => l !== callback)),
    fire(name, ...args) {
      const now = listeners.get(name) ?? [];
      for (const l of now) l(...args);
      return now.length;
    },
  };
}

/**
 * The root over `store`. Cell writes through the object model and the
 * user's edits both report SheetChange(Sh, Target), as VBA's
 * Application.SheetChange fires for a macro's writes too; delivered in a
 * later task, as an event WPS posts to the page, never inside the write.
 */
export function createFakeWpsRoot(store: WorkbookStore, options: RootOptions): FakeWpsHost {
  const app = createFakeWps(store);
  const application = { ...app, LanguageSettings: { LanguageID: (id: number) => (id === MSO_LANGUAGE_ID_UI ? options.languageId : 2052) } };
  const records: PaneRecord[] = [];
  const events = apiEvent();
  let delivered = 0;
  const root: FakeWpsRoot = {
    EtApplication: () => application,
    CreateTaskPane(url) {
      const rec: PaneRecord = { id: records.length + 1, url, visible: false, deleted: false };
      records.push(rec);
      options.onPaneChange(rec);
      return taskPaneOf(rec, options.onPaneChange);
    },
    GetTaskPane(id) {
      const rec = records.find((r) => r.id === Number(id) && !r.deleted);
      if (rec === undefined) throw new Error(`No task pane ${id}`);
      return taskPaneOf(rec, options.onPaneChange);
    },
    PluginStorage: pluginStorage(),
    ApiEvent: events,
  };
  const workbook = (): WpsWorkbook => app.ActiveWorkbook;
  const cellsChanged = (sheetId: string, rect: Rect) => {
    const name = store.sheetById(sheetId).name;
    setTimeout(() => {
      const sheet = workbook().Worksheets.Item(name);
      delivered += events.fire("SheetChange", sheet, sheet.Cells.Item(rect.row + 1, rect.col + 1).Resize(rect.rows, rect.cols)) > 0 ? 1 : 0;
    }, 0);
  };
  return { root, panes: () => records, cellsChanged, sheetChanges: () => delivered };
}
