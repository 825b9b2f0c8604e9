/**
 * The WPS add-in's task pane (taskpane.html, opened by the ribbon with
 * `wps.CreateTaskPane`): the same AppraisePane as in Excel, over the WPS
 * host (./wpsPane.ts), in WPS's UI language. Outside WPS it says where it runs.
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

function start(container: HTMLElement): void {
  let root: WpsRoot;
  try {
    root = wpsRoot();
  } catch (e) {
    if (!(e instanceof NotInWpsError)) throw e;
    container.textContent =
      "考评窗格需在 WPS 表格中打开：请点击“绩效考评”选项卡中的“考评窗格”。 The appraisal pane runs inside WPS 表格: click 考评窗格 on its 绩效考评 tab.";
    return;
  }
  const lang = wpsLang(application(root), navigator.language);
  document.documentElement.lang = htmlLang(lang);
  const pane = createWpsPane({ root, lang });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <AppraisePane api={pane.api} lang={pane.lang} initialAutoRecompute={pane.initialAutoRecompute} />
    </FluentProvider>,
  );
  // The run's chunk, fetched after the first paint so the first 重新计算 does not wait for it.
  setTimeout(() => void import("./loadWpsRunModules").then((m) => m.loadWpsRunModules()).catch(() => undefined), 0);
}

const container = document.getElementById("container");
if (container === null) throw new Error("taskpane.html has no #container element");
start(container);
