/**
 * The WPS add-in's task pane (taskpane.html, opened by the ribbon with
 * `wps.CreateTaskPane`): the same AppraisePane as in Excel, over the WPS
 * host (./wpsPane.ts), in WPS's UI language. Outside WPS it says where it runs.
 * The page's entry is ./taskpane.tsx.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { AppraisePane } from "../../taskpane/components/AppraisePane";
import { htmlLang, wpsLang } from "./wpsLang";
import { createWpsPane } from "./wpsPane";
import { NotInWpsError, etApplication, wpsRoot } from "./wpsRoot";
import type { WpsRoot } from "../../workbook/wps/facade";

/** The application, or null when this WPS cannot give it yet (the language then comes from the page). */
function application(root: WpsRoot) {
  try {
    return etApplication(root);
  } catch {
    return null;
  }
}

/**
 * Renders the pane into `container`, over the `wps` of `scope` (the page's
 * global unless a test gives another); returns the function that unmounts it.
 */
export function startPane(container: HTMLElement, scope: unknown = globalThis): () => void {
  let root: WpsRoot;
  try {
    root = wpsRoot(scope);
  } catch (e) {
    if (!(e instanceof NotInWpsError)) throw e;
    container.textContent =
      "考评窗格需在 WPS 表格中打开：请点击“绩效考评”选项卡中的“考评窗格”。 The appraisal pane runs inside WPS 表格: click 考评窗格 on its 绩效考评 tab.";
    return () => undefined;
  }
  const lang = wpsLang(application(root), navigator.language);
  document.documentElement.lang = htmlLang(lang);
  const pane = createWpsPane({ root, lang });
  const react = createRoot(container);
  react.render(
    <FluentProvider theme={webLightTheme}>
      <AppraisePane api={pane.api} lang={pane.lang} initialAutoRecompute={pane.initialAutoRecompute} />
    </FluentProvider>,
  );
  // The run's chunk, fetched after the first paint so the first 重新计算 does not wait for it.
  setTimeout(() => void import("./loadWpsRunModules").then((m) => m.loadWpsRunModules()).catch(() => undefined), 0);
  return () => react.unmount();
}
