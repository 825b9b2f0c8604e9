/**
 * The fake WPS 表格 window drawn around the add-in's main page (index.html,
 * which WPS itself keeps out of sight): the add-in's ribbon tab with its
 * buttons (wpsRibbon.ts), a plain grid of the active sheet, and the task
 * panes docked on the right, each an iframe showing its URL while Visible.
 * Only a stage for the test and the screenshots: the grid is not WPS's.
 */
import type { WorkbookStore } from "../../fakeExcel/store";
import type { PlainCell } from "../../fakeExcel";
import { loadRibbon, type LoadedRibbon } from "./wpsRibbon";
import type { PaneChanged } from "./paneFrames";

const STYLE = `
#wps-window { position: fixed; inset: 0; display: grid; grid-template-rows: auto 1fr auto; grid-template-columns: 1fr auto; font: 13px/1.4 "WenQuanYi Zen Hei", sans-serif; background: #fff; color: #222; z-index: 2147483647; }
#wps-ribbon { grid-column: 1 / 3; display: flex; gap: 4px; align-items: stretch; padding: 4px 8px; background: #f3f4f6; border-bottom: 1px solid #d0d4da; }
#wps-ribbon .tab { align-self: center; font-weight: bold; color: #1f6f43; margin-right: 12px; }
#wps-ribbon button { display: flex; flex-direction: column; align-items: center; gap: 2px; padding: 4px 10px; border: 1px solid transparent; background: none; font: inherit; cursor: pointer; }
#wps-ribbon button:hover { border-color: #9fc5ad; background: #e6f2ea; }
#wps-ribbon img { width: 32px; height: 32px; }
#wps-grid { overflow: hidden; }
#wps-grid table { border-collapse: collapse; }
#wps-grid td, #wps-grid th { border: 1px solid #e1e4e8; padding: 1px 6px; min-width: 56px; max-width: 140px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
#wps-grid th { background: #f6f7f9; color: #666; font-weight: normal; }
#wps-grid td.selected { background: #e6f2ea; outline: 2px solid #1f6f43; outline-offset: -2px; }
#wps-panes { grid-row: 2 / 4; grid-column: 2; display: flex; border-left: 1px solid #d0d4da; }
#wps-panes iframe { width: 320px; height: 100%; border: 0; }
#wps-tabs { display: flex; gap: 2px; padding: 2px 8px; background: #f3f4f6; border-top: 1px solid #d0d4da; overflow: hidden; white-space: nowrap; }
#wps-tabs span { padding: 1px 8px; }
#wps-tabs span[aria-current] { background: #fff; font-weight: bold; }
`;

const text = (v: PlainCell): string => (v === null ? "" : typeof v === "object" ? v.error : String(v));

export interface WpsWindow {
  readonly paneChanged: PaneChanged;
  readonly redraw: () => void;
  readonly ribbon: () => LoadedRibbon | null;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(doc.createElement(tag), props);
}

function drawRibbon(doc: Document, bar: HTMLElement, ribbon: LoadedRibbon): void {
  bar.replaceChildren(el(doc, "span", { className: "tab", textContent: ribbon.tab }));
  for (const b of ribbon.buttons) {
    const button = el(doc, "button", { type: "button" });
    button.dataset.wpsControl = b.id;
    if (b.image !== "") button.append(el(doc, "img", { src: b.image, alt: "" }));
    button.append(el(doc, "span", { textContent: b.label }));
    button.addEventListener("click", () => ribbon.click(b.id));
    bar.append(button);
  }
}

function drawGrid(doc: Document, grid: HTMLElement, tabs: HTMLElement, store: WorkbookStore): void {
  const active = store.activeSheetId ?? store.sheets[0]?.id;
  if (active === undefined) return;
  const rect = { row: 0, col: 0, rows: 40, cols: 12 };
  const rows = store.grid(active, rect, (c) => (c.value === null ? null : c.value) as PlainCell);
  const table = el(doc, "table");
  const head = table.insertRow();
  head.append(el(doc, "th"), ...rows[0].map((_, c) => el(doc, "th", { textContent: String.fromCharCode(65 + c) })));
  const sel = store.selection?.sheetId === active ? store.selection.rect : null;
  const selected = (r: number, c: number) => sel !== null && r >= sel.row && r < sel.row + sel.rows && c >= sel.col && c < sel.col + sel.cols;
  rows.forEach((r, i) => {
    const tr = table.insertRow();
    tr.append(
      el(doc, "th", { textContent: String(i + 1) }),
      ...r.map((v, c) => el(doc, "td", { textContent: text(v), className: selected(i, c) ? "selected" : "" })),
    );
  });
  grid.replaceChildren(table);
  tabs.replaceChildren(
    ...store.sheets.map((s) => {
      const tab = el(doc, "span", { textContent: s.name });
      if (s.id === active) tab.setAttribute("aria-current", "page");
      return tab;
    }),
  );
}

/** Redraws when the add-in activates a sheet or selects a range (Worksheet.Activate, Range.Select), as WPS's grid shows them. */
function followSelection(store: WorkbookStore, redraw: () => void): void {
  const proto = Object.getPrototypeOf(store) as object;
  for (const key of ["activeSheetId", "selection"] as const) {
    const own = Object.getOwnPropertyDescriptor(proto, key);
    if (own?.get === undefined || own.set === undefined) continue;
    const { get, set } = own;
    Object.defineProperty(store, key, {
      get: () => get.call(store),
      set(value: unknown) {
        set.call(store, value);
        redraw();
      },
    });
  }
}

/** Draws the window into the main page once it has loaded, and loads the ribbon as WPS does then. */
export function createWpsWindow(win: Window, store: WorkbookStore, onError: (e: unknown) => void): WpsWindow {
  const doc = win.document;
  const frames = new Map<number, HTMLIFrameElement>();
  const parts = {
    bar: el(doc, "div", { id: "wps-ribbon" }),
    grid: el(doc, "div", { id: "wps-grid" }),
    panes: el(doc, "div", { id: "wps-panes" }),
    tabs: el(doc, "div", { id: "wps-tabs" }),
  };
  let ribbon: LoadedRibbon | null = null;
  let drawn = false;
  let queued = false;
  // Once per frame however many writes a run makes.
  const redraw = () => {
    if (queued || !drawn) return;
    queued = true;
    win.requestAnimationFrame(() => {
      queued = false;
      drawGrid(doc, parts.grid, parts.tabs, store);
    });
  };
  const paneChanged: PaneChanged = (pane, reload) => {
    let frame = frames.get(pane.id);
    if (frame === undefined) {
      frame = el(doc, "iframe", { title: `task pane ${pane.id}` });
      frame.dataset.wpsTaskpane = String(pane.id);
      frames.set(pane.id, frame);
      parts.panes.append(frame);
    }
    // A pane's page loads when it is first shown, and on Navigate (shown or not); hidden, it stays loaded.
    if (reload || (pane.visible && frame.getAttribute("src") === null)) frame.src = pane.url;
    frame.hidden = !pane.visible;
  };
  followSelection(store, redraw);
  win.addEventListener("load", () => {
    const shell = el(doc, "div", { id: "wps-window" });
    shell.append(el(doc, "style", { textContent: STYLE }), parts.bar, parts.grid, parts.panes, parts.tabs);
    doc.body.append(shell);
    drawn = true;
    redraw();
    loadRibbon(win, (r) => {
      ribbon = r;
      drawRibbon(doc, parts.bar, r);
    }).catch(onError);
  });
  return { paneChanged, redraw, ribbon: () => ribbon };
}
