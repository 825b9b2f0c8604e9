/**
 * The fake `wps` root (test/fakeWps/root.ts: EtApplication, CreateTaskPane,
 * GetTaskPane, PluginStorage, ApiEvent over the fake WPS host) with its task
 * panes shown in the browser: a CustomTaskpane (et-jsapi-declare index.d.ts
 * 164) shows its URL docked beside the sheet while `Visible` is true (175:
 * "创建完这个taskpane后，需要将Visible属性置为true, 即可显示出来"), and
 * `Navigate(url)` (177: "让TaskPane显示URL对应的网页内容") loads it again; a
 * pane going from hidden to shown fires AfterTaskPaneShow (addon.et.d.ts
 * 30), after it is shown, through the fake root's `showPane`. The
 * window (wpsWindow.ts) is told of each change; the panes stay the root's
 * own objects, so GetTaskPane(id) finds the one the page sees.
 */
import type { WpsRoot, WpsTaskPane } from "../../../src/workbook/wps/facade";
import type { FakeTaskPane, FakeWpsRoot } from "../../fakeWps/root";

/** A pane as the window shows it. */
export interface PaneView {
  readonly id: number;
  readonly url: string;
  readonly visible: boolean;
}

/** What the window does when a pane changes: `reload` when Navigate asked for the page again. */
export type PaneChanged = (pane: PaneView, reload: boolean) => void;

function watched(pane: FakeTaskPane, changed: PaneChanged, shown: () => void): WpsTaskPane {
  let [visible, url] = [pane.Visible, pane.url];
  const navigate = pane.Navigate.bind(pane);
  const view = (): PaneView => ({ id: pane.ID, url, visible });
  Object.defineProperty(pane, "Visible", {
    get: () => visible,
    set(v: boolean) {
      const was = visible;
      visible = v === true;
      changed(view(), false);
      if (!was && visible) shown();
    },
    enumerable: true,
  });
  Object.defineProperty(pane, "Navigate", {
    value(to: string) {
      navigate(to);
      url = to;
      changed(view(), true);
    },
  });
  Object.defineProperty(pane, "view", { value: view });
  return pane;
}

/** The root the add-in's pages get: the fake's, its panes shown through `changed`. */
export function withPaneFrames(fake: FakeWpsRoot, changed: PaneChanged): WpsRoot {
  return {
    ...fake.root,
    CreateTaskPane(url, title) {
      return watched(fake.root.CreateTaskPane(url, title) as FakeTaskPane, changed, fake.showPane);
    },
  };
}

/** The panes the add-in has made, as shown. */
export const paneViews = (fake: FakeWpsRoot): PaneView[] =>
  fake.panes.map((p) => (p as FakeTaskPane & { view?: () => PaneView }).view?.() ?? { id: p.ID, url: p.url, visible: p.Visible });
