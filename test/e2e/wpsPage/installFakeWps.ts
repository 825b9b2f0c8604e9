/**
 * Puts the fake WPS 表格 where WPS puts its `wps` global, before any of the
 * add-in's scripts run (the test injects this bundle with
 * page.addInitScript, which runs in every frame):
 *
 * - in the add-in's main page (index.html, the top frame here), a new fake
 *   WPS over the workbook `?workbook=` names (test/e2e/page/workbooks.ts;
 *   the demo unless told otherwise), its UI language from `?lang=` (en:
 *   1033, else 2052), the window around the page (wpsWindow.ts) with the
 *   ribbon WPS reads from ribbon.xml, and `window.__appraiseWps` for the test;
 * - in a frame whose parent already has one (a task pane), the parent's `wps`
 *   and hook, the same objects: every page of a WPS 加载项 reaches the same
 *   application and the same PluginStorage (et-jsapi-declare index.d.ts 104:
 *   "该对象在一个插件中对应着同一个实例，因此该对象可以在一个jsapi插件的不同网页间共享数据").
 */
import { buildWorkbook, formatRect, readSheet, sheetNames, tableInfo, parseRect, splitAddress } from "../../fakeExcel";
import type { WorkbookStore } from "../../fakeExcel/store";
import { WORKBOOK_KINDS, workbookTables, type WorkbookKind } from "../page/workbooks";
import type { AppraiseWpsFake, WpsFakeWindow } from "./fakeWpsApi";
import { createFakeWpsRoot, type FakeWpsHost } from "./wpsRoot";
import { createWpsWindow } from "./wpsWindow";

type WpsWindowGlobal = WpsFakeWindow & { wps?: unknown };

/** The parent frame's fake, when this frame is a page of the add-in inside the fake WPS window. */
function parentFake(): WpsWindowGlobal | null {
  if (window.parent === window) return null;
  try {
    const parent = window.parent as WpsWindowGlobal;
    return parent.wps === undefined ? null : parent;
  } catch {
    return null; // another origin: not the add-in's window
  }
}

/** Writes through the object model (Value2, Formula, ClearContents, Clear) and the user's typing report SheetChange; formats do not. */
function reportCellWrites(store: WorkbookStore, fake: () => FakeWpsHost, redraw: () => void): void {
  const { writeValues, clear } = { writeValues: store.writeValues.bind(store), clear: store.clear };
  const changed = (sheetId: string, rect: Parameters<WorkbookStore["clear"]>[1]) => {
    fake().cellsChanged(sheetId, rect);
    redraw();
  };
  Object.assign(store, {
    writeValues(sheetId: string, rect: Parameters<WorkbookStore["writeValues"]>[1], input: unknown) {
      writeValues(sheetId, rect, input);
      changed(sheetId, rect);
    },
    clear(sheetId: string, rect: Parameters<WorkbookStore["clear"]>[1], applyTo: Parameters<WorkbookStore["clear"]>[2]) {
      clear(sheetId, rect, applyTo);
      changed(sheetId, rect);
    },
  });
}

function hookOf(
  store: WorkbookStore,
  wps: FakeWpsHost,
  languageId: number,
  ribbon: ReturnType<typeof createWpsWindow>["ribbon"],
  host: ReturnType<typeof buildWorkbook>,
): AppraiseWpsFake {
  return {
    languageId,
    sheetNames: () => sheetNames(host),
    tableInfo: (name) => tableInfo(host, name),
    readSheet: (sheet) => readSheet(host, sheet),
    userEdit(address, value) {
      const { sheet, address: local } = splitAddress(address);
      const target = sheet === null ? undefined : store.sheetByName(sheet);
      const rect = parseRect(local);
      if (target === undefined || rect === null) throw new Error(`No cell ${address}`);
      store.writeValues(target.id, { ...rect, rows: 1, cols: 1 }, [[value]]);
    },
    taskPanes: () =>
      wps
        .panes()
        .filter((p) => !p.deleted)
        .map((p) => ({ id: p.id, url: p.url, visible: p.visible })),
    ribbonButtons: () => ribbon()?.buttons ?? [],
    sheetChanges: wps.sheetChanges,
    selection: () => {
      const s = store.selection;
      return s === null ? null : { sheet: store.sheetById(s.sheetId).name, range: formatRect(s.rect) };
    },
  };
}

function install(): void {
  const g = window as unknown as WpsWindowGlobal;
  const parent = parentFake();
  if (parent !== null) {
    g.wps = parent.wps;
    g.__appraiseWps = parent.__appraiseWps;
    return;
  }
  const query = new URLSearchParams(window.location.search);
  const asked = query.get("workbook");
  const kind: WorkbookKind = WORKBOOK_KINDS.find((k) => k === asked) ?? "demo";
  const languageId = query.get("lang") === "en" ? 1033 : 2052;
  const host = buildWorkbook(workbookTables(kind));
  const store = host.store;
  const view = createWpsWindow(window, store, (e) => console.error(e));
  const wps = createFakeWpsRoot(store, { languageId, onPaneChange: view.paneChanged });
  reportCellWrites(store, () => wps, view.redraw);
  g.wps = wps.root;
  g.__appraiseWps = hookOf(store, wps, languageId, view.ribbon, host);
}

install();
