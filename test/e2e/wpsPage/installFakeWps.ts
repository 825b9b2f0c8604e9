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
import { get } from "../../../src/workbook/wps/facade";
import { buildWorkbook, formatRect, readSheet, sheetNames, splitAddress, tableInfo } from "../../fakeExcel";
import { createFakeWpsRoot, type FakeWpsRoot } from "../../fakeWps/root";
import { WORKBOOK_KINDS, workbookTables, type WorkbookKind } from "../page/workbooks";
import type { AppraiseWpsFake, WpsFakeWindow } from "./fakeWpsApi";
import { paneViews, withPaneFrames } from "./paneFrames";
import { createWpsWindow, type WpsWindow } from "./wpsWindow";

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

function hookOf(fake: FakeWpsRoot, host: ReturnType<typeof buildWorkbook>, languageId: number, view: WpsWindow): AppraiseWpsFake {
  const store = host.store;
  return {
    languageId,
    sheetNames: () => sheetNames(host),
    tableInfo: (name) => tableInfo(host, name),
    readSheet: (sheet) => readSheet(host, sheet),
    // Typed into the cell through the object model, as WPS's grid writes it: SheetChange fires.
    userEdit(address, value) {
      const { sheet, address: local } = splitAddress(address);
      if (sheet === null) throw new Error(`userEdit needs "Sheet!A1", not "${address}"`);
      get(fake.root.EtApplication).ActiveWorkbook.Worksheets.Item(sheet).Range(local).Value2 = value;
    },
    userAddSheet(name, text) {
      const sheets = get(fake.root.EtApplication).ActiveWorkbook.Worksheets;
      const added = sheets.Add(undefined, sheets.Item(get(sheets.Count)));
      added.Name = name;
      added.Range("A1").Value2 = text;
    },
    taskPanes: () => paneViews(fake),
    ribbonButtons: () => view.ribbon()?.buttons ?? [],
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
  const view = createWpsWindow(window, host.store, (e) => console.error(e));
  const fake = createFakeWpsRoot(host.store, { languageId });
  // The grid follows the cells (the fake's own listener, beside the add-in's).
  fake.sheetChange.add(view.redraw);
  g.wps = withPaneFrames(fake, view.paneChanged);
  g.__appraiseWps = hookOf(fake, host, languageId, view);
}

install();
