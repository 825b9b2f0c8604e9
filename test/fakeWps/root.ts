/**
 * A fake of the global `wps` a WPS 加载项's pages are given, over the fake
 * WPS application (./index.ts) and so over the fake Excel store. Modelled on
 * Kingsoft's typings (et-jsapi-declare 2.5.0, index.d.ts and addon.et.d.ts):
 *
 * - `EtApplication()` (AddonRoot 41; a method, as Kingsoft's examples call it).
 * - `ApiEvent.AddApiEventListener/RemoveApiEventListener("SheetChange", cb)`
 *   (addon.et.d.ts 10, 49): the callback gets (sheet, target) for every
 *   write through the model, the add-in's own included; "AfterTaskPaneShow"
 *   (30, 68): the test fires it with `showPane()`, as WPS does when a pane
 *   is shown again.
 * - `CreateTaskPane(url)` (65): a CustomTaskpane (164) with a new ID, hidden
 *   until `Visible = true`; `GetTaskPane(id)` (71) finds it; `Navigate(url)`
 *   (177) counts a reload.
 * - `PluginStorage` (398): getItem/setItem/removeItem, values kept as
 *   strings (as localStorage), null for a missing key. One instance: every
 *   page the test makes over this root shares it, as the add-in's pages do.
 * - `Application.LanguageSettings.LanguageID(2)` (lib.kso.d.ts 4193, 8364):
 *   the UI's LCID, or no LanguageSettings at all (`languageId: null`).
 */
import type { WpsPluginStorage, WpsRoot, WpsSheetChange, WpsTaskPane } from "../../src/workbook/wps/facade";
import type { WorkbookStore } from "../fakeExcel/store";
import { createFakeWpsApplication, type FakeWpsOptions } from ".";

export interface FakeTaskPane extends WpsTaskPane {
  readonly url: string;
  /** How many times Navigate loaded it again. */
  readonly navigations: number;
}

export interface FakeWpsRoot {
  readonly root: WpsRoot;
  /** Every pane CreateTaskPane made, in order. */
  readonly panes: FakeTaskPane[];
  readonly storage: Map<string, string>;
  /** The SheetChange listeners now added. */
  readonly sheetChange: Set<WpsSheetChange>;
  /** The AfterTaskPaneShow listeners now added. */
  readonly paneShown: Set<() => void>;
  /** Fires AfterTaskPaneShow, as WPS does when the user shows a hidden pane again. */
  showPane(): void;
}

export interface FakeWpsRootOptions extends FakeWpsOptions {
  /** The UI language's LCID (2052, 1033); null: this build has no LanguageSettings. 2052 unless given. */
  readonly languageId?: number | null;
}

function pluginStorage(storage: Map<string, string>): WpsPluginStorage {
  return {
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, String(value)),
    removeItem: (key) => void storage.delete(key),
  };
}

function taskPane(id: number, url: string): FakeTaskPane {
  let navigations = 0;
  return {
    ID: id,
    url,
    Visible: false,
    DockPosition: 2,
    get navigations() {
      return navigations;
    },
    Navigate: () => void navigations++,
  };
}

/** The fake `wps` over `store`. */
export function createFakeWpsRoot(store: WorkbookStore, options: FakeWpsRootOptions = {}): FakeWpsRoot {
  const { app, sheetChange } = createFakeWpsApplication(store, options);
  const languageId = options.languageId === undefined ? 2052 : options.languageId;
  const application = languageId === null ? app : { ...app, LanguageSettings: { LanguageID: (id: number) => (id === 2 ? languageId : 0) } };
  const panes: FakeTaskPane[] = [];
  const storage = new Map<string, string>();
  const paneShown = new Set<() => void>();
  const listeners = (event: string): Set<(...args: never[]) => void> => {
    if (event === "SheetChange") return sheetChange as Set<(...args: never[]) => void>;
    if (event === "AfterTaskPaneShow") return paneShown;
    throw new Error(`The fake wps has no event ${event}`);
  };
  const root: WpsRoot = {
    EtApplication: () => application,
    CreateTaskPane(url) {
      const pane = taskPane(1000 + panes.length, url);
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id) => panes.find((p) => p.ID === id) ?? null,
    PluginStorage: pluginStorage(storage),
    ApiEvent: {
      AddApiEventListener: (event: string, callback: (...args: never[]) => void) => void listeners(event).add(callback),
      // Without a callback, every listener of the event goes (wps-jsapi's declaration has no callback parameter).
      RemoveApiEventListener: (event: string, callback?: (...args: never[]) => void) =>
        callback === undefined ? listeners(event).clear() : void listeners(event).delete(callback),
    },
  };
  return { root, panes, storage, sheetChange, paneShown, showPane: () => [...paneShown].forEach((l) => l()) };
}
