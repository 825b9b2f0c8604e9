/**
 * The add-in's ribbon as WPS shows it: WPS reads ribbon.xml from the add-in's
 * folder (customUI, the Office 2006/01 namespace, as in Kingsoft's add-in
 * templates, e.g. the `wpsjs` tool's wpp template ribbon.xml), calls the
 * customUI's `onLoad` callback with the ribbon UI once the add-in's main page
 * (index.html) has loaded, asks each button's `getLabel` / `getImage` when it
 * has no `label` / `image`, and calls its `onAction` with the control
 * (`control.Id`, as the template's `OnAction(control)` reads it). A callback
 * is named by its path in the main page's window: "ribbon.OnAction" is
 * `window.ribbon.OnAction`.
 */
import type { FakeRibbonButton } from "./fakeWpsApi";

const CUSTOM_UI = "http://schemas.microsoft.com/office/2006/01/customui";

/** IRibbonControl as WPS hands it to a callback. */
export interface RibbonControl {
  readonly Id: string;
  readonly Tag: string;
}

/** RibbonUi (et-jsapi-declare index.d.ts 113): what OnAddinLoad receives. */
export interface FakeRibbonUi {
  Invalidate(): void;
  InvalidateControl(id: string): void;
  InvalidateControlMso(id: string): void;
  ActivateTab(id: string): void;
  ActivateTabMso(id: string): void;
}

export interface LoadedRibbon {
  readonly tab: string;
  readonly buttons: FakeRibbonButton[];
  /** What WPS does when the button is clicked: the onAction callback, in the main page. */
  readonly click: (id: string) => void;
}

/**
 * The function `path` names in `win` ("ribbon.OnAction", called on
 * `window.ribbon` as the dotted name reads), or an error naming
 * what is missing. It must answer at once: a callback that returns a promise
 * (an async function) is an error, as async ribbon callbacks broke custom
 * ribbons on one WPS build (issue 22).
 */
function callback(win: Window, path: string): (control: RibbonControl | FakeRibbonUi) => unknown {
  const keys = path.split(".");
  const owner = keys.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], win);
  const found = (owner as Record<string, unknown> | undefined)?.[keys[keys.length - 1]];
  if (typeof found !== "function") throw new Error(`ribbon.xml names ${path}, which the add-in's main page does not define`);
  return (arg) => {
    const answer: unknown = (found as (a: unknown) => unknown).call(owner, arg);
    if (typeof (answer as { then?: unknown } | null)?.then === "function")
      throw new Error(`The ribbon callback ${path} returned a promise: WPS wants a plain synchronous answer`);
    return answer;
  };
}

function buttonOf(win: Window, el: Element, base: string): FakeRibbonButton {
  const id = el.getAttribute("id") ?? "";
  const control: RibbonControl = { Id: id, Tag: el.getAttribute("tag") ?? "" };
  const attr = (name: string) => el.getAttribute(name);
  const getLabel = attr("getLabel");
  const getImage = attr("getImage");
  const label = attr("label") ?? (getLabel === null ? "" : String(callback(win, getLabel)(control)));
  const image = attr("image") ?? (getImage === null ? "" : String(callback(win, getImage)(control)));
  return { id, label, image: image === "" ? "" : new URL(image, base).href };
}

/**
 * Reads ribbon.xml beside the main page, calls its onLoad with a ribbon UI
 * whose InvalidateControl asks for the labels again (`render`), and gives
 * the buttons. A ribbon.xml that starts with an XML declaration is refused,
 * as it broke custom ribbons in WPS (issue 22).
 */
export async function loadRibbon(win: Window, render: (ribbon: LoadedRibbon) => void): Promise<LoadedRibbon> {
  const base = new URL("ribbon.xml", win.location.href).href;
  const text = await (await win.fetch(base)).text();
  if (text.trimStart().startsWith("<?xml")) throw new Error("ribbon.xml starts with an XML declaration, which WPS does not load");
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const root = doc.documentElement;
  if (root.namespaceURI !== CUSTOM_UI || root.localName !== "customUI") throw new Error(`ribbon.xml is not a customUI of ${CUSTOM_UI}`);
  const read = (): LoadedRibbon => {
    const tab = root.getElementsByTagNameNS(CUSTOM_UI, "tab")[0];
    const elements = [...root.getElementsByTagNameNS(CUSTOM_UI, "button")];
    const onAction = new Map(elements.map((el) => [el.getAttribute("id") ?? "", el.getAttribute("onAction")]));
    return {
      tab: tab?.getAttribute("label") ?? "",
      buttons: elements.map((el) => buttonOf(win, el, base)),
      click(id) {
        const name = onAction.get(id);
        if (name === undefined || name === null) throw new Error(`The ribbon has no button ${id} with an onAction`);
        callback(win, name)({ Id: id, Tag: elements.find((el) => el.getAttribute("id") === id)?.getAttribute("tag") ?? "" });
      },
    };
  };
  const again = () => render(read());
  const ui: FakeRibbonUi = {
    Invalidate: again,
    InvalidateControl: again,
    InvalidateControlMso: () => undefined,
    ActivateTab: () => undefined,
    ActivateTabMso: () => undefined,
  };
  const onLoad = root.getAttribute("onLoad");
  if (onLoad !== null) callback(win, onLoad)(ui);
  const ribbon = read();
  render(ribbon);
  return ribbon;
}
