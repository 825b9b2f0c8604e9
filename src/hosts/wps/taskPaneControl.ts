/**
 * The pane as the ribbon's page opens it: `wps.CreateTaskPane(url)` once
 * (et-jsapi-declare index.d.ts 65: the pane is hidden until `Visible` is set
 * true), its ID kept in `wps.PluginStorage` so a later click, from any of
 * the add-in's pages, finds it with `wps.GetTaskPane(id)` (71).
 *
 * A ribbon run that did not update Results leaves its report in
 * PluginStorage for the pane and opens the pane, loading it again
 * (`CustomTaskpane.Navigate`, 177) when it is open already: the pane's
 * start reads the report (./paneStart.ts) and shows it, so a failure pressed
 * from the ribbon is never silent.
 */
import type { HostError } from "../../workbook/hostError";
import type { WpsRoot, WpsTaskPane } from "../../workbook/wps/facade";

export const PANE_ID_KEY = "appraise.taskpaneId";
export const RIBBON_REPORT_KEY = "appraise.ribbonReport";
/** Kso.MsoCTPDockPosition.msoCTPDockPositionRight, as Excel's panes open. */
const DOCK_RIGHT = 2;

/** What a ribbon run that did not update Results leaves for the pane. */
export type RibbonReport = { readonly kind: "failure"; readonly error: HostError } | { readonly kind: "graded"; readonly written: boolean };

/**
 * taskpane.html beside the page (index.html): an absolute URL, as CreateTaskPane needs.
 * @example
 * taskpaneUrl("file:///home/u/.local/share/Kingsoft/wps/jsaddons/appraise_0.1.0/index.html") //=> "file:///home/u/.local/share/Kingsoft/wps/jsaddons/appraise_0.1.0/taskpane.html"
 */
export function taskpaneUrl(pageUrl: string): string {
  return new URL("taskpane.html", pageUrl).href;
}

/** The pane created before (its ID in PluginStorage), or null. */
export function findPane(root: WpsRoot): WpsTaskPane | null {
  const kept = root.PluginStorage.getItem(PANE_ID_KEY);
  const id = Number(kept);
  // A missing key may read as null (localStorage) or "" (a build that returns strings only).
  if (typeof kept !== "string" || kept === "" || !Number.isFinite(id)) return null;
  try {
    return root.GetTaskPane(id) ?? null;
  } catch {
    // Closed for good (WPS forgot the ID): a new one is made.
    return null;
  }
}

/** Creates the pane, docked right, keeps its ID, and shows it. */
function createPane(root: WpsRoot, url: string): WpsTaskPane {
  const pane = root.CreateTaskPane(url);
  root.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  try {
    pane.DockPosition = DOCK_RIGHT;
  } catch {
    // A build that docks where it likes: left as it is.
  }
  pane.Visible = true;
  return pane;
}

/** The ribbon's 考评窗格 button: shows the pane, or hides it when shown. */
export function togglePane(root: WpsRoot, url: string): WpsTaskPane {
  const pane = findPane(root);
  if (pane === null) return createPane(root, url);
  pane.Visible = !pane.Visible;
  return pane;
}

/** Opens the pane on a ribbon run's report: loaded afresh, so its start shows the report. */
export function showReport(root: WpsRoot, url: string, report: RibbonReport): WpsTaskPane {
  root.PluginStorage.setItem(RIBBON_REPORT_KEY, JSON.stringify(report));
  const pane = findPane(root);
  if (pane === null) return createPane(root, url);
  pane.Navigate(url);
  pane.Visible = true;
  return pane;
}

/** The report a ribbon run left for the pane, taken (read once), or null. */
export function takeRibbonReport(root: WpsRoot): RibbonReport | null {
  const text = root.PluginStorage.getItem(RIBBON_REPORT_KEY);
  if (typeof text !== "string" || text === "") return null;
  root.PluginStorage.removeItem(RIBBON_REPORT_KEY);
  try {
    const report = JSON.parse(text) as RibbonReport;
    return report.kind === "failure" || report.kind === "graded" ? report : null;
  } catch {
    return null;
  }
}
