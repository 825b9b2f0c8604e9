/**
 * The ribbon's callbacks (ribbon.xml names them `ribbon.OnAddinLoad`,
 * `ribbon.OnAction`, `ribbon.GetImage`, `ribbon.GetLabel`): plain
 * synchronous functions, as WPS calls them (an async callback broke custom
 * ribbons on one WPS build). 重新计算 starts the run and returns; a run that
 * did not update Results opens the pane with its report (./taskPaneControl.ts).
 */
import type { Lang } from "../../engine/types";
import type { PaneRunResult } from "../../taskpane/state/paneTypes";
import type { WpsRoot } from "../../workbook/wps/facade";
import { showReport, taskpaneUrl, togglePane, type RibbonReport } from "./taskPaneControl";
import { createWpsPage, resultsUpdated, type WpsPage } from "./wpsPage";

export const RECOMPUTE_ID = "appraiseRecompute";
export const SHOW_PANE_ID = "appraiseShowPane";
export const GROUP_ID = "appraiseGroup";

/** A ribbon control as WPS passes it to a callback (its `Id`, as in ribbon.xml). */
export interface RibbonControl {
  readonly Id: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  GetLabel(control: RibbonControl): string;
}

const LABELS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  [RECOMPUTE_ID]: { zh: "重新计算", en: "Recompute" },
  [SHOW_PANE_ID]: { zh: "考评窗格", en: "Appraisal pane" },
  [GROUP_ID]: { zh: "绩效考评", en: "Appraisal" },
};

const IMAGES: Readonly<Record<string, string>> = {
  [RECOMPUTE_ID]: "images/recompute.svg",
  [SHOW_PANE_ID]: "images/pane.svg",
};

export interface Ribbon {
  readonly callbacks: RibbonCallbacks;
  readonly page: WpsPage;
  /** Settles when the runs started so far (and the pane they may open) are done: for tests and the page's own use. */
  readonly idle: () => Promise<void>;
}

/** What the pane is told of a run that did not update Results, or null when it did. */
function reportOf(result: PaneRunResult): RibbonReport | null {
  if (resultsUpdated(result)) return null;
  return result.ok ? { kind: "graded", written: result.written } : { kind: "failure", error: result.error };
}

/**
 * @example
 * const ribbon = createRibbon(wps, { pageUrl: location.href, lang: "zh" });
 * window.ribbon = ribbon.callbacks;
 */
export function createRibbon(root: WpsRoot, options: { pageUrl: string; lang: Lang; now?: () => Date }): Ribbon {
  const page = createWpsPage({ root, name: "ribbon", lang: options.lang, now: options.now });
  const url = taskpaneUrl(options.pageUrl);
  let pending: Promise<void> = Promise.resolve();
  const recompute = (): void => {
    const run = page
      .recompute()
      .then((result) => {
        const report = reportOf(result);
        if (report !== null) showReport(root, url, report);
      })
      // WPS could not open the pane: the run's Warnings sheet still says why; nothing more a ribbon button can do.
      .catch(() => undefined);
    pending = pending.then(() => run);
  };
  const showOrHide = (): void => {
    try {
      togglePane(root, url);
    } catch {
      // WPS refused the pane (a build without task panes): the button does nothing rather than break the ribbon.
    }
  };
  const callbacks: RibbonCallbacks = {
    OnAddinLoad: () => true,
    OnAction(control) {
      if (control.Id === RECOMPUTE_ID) recompute();
      else if (control.Id === SHOW_PANE_ID) showOrHide();
      return true;
    },
    GetImage: (control) => IMAGES[control.Id] ?? "",
    GetLabel: (control) => LABELS[control.Id]?.[options.lang] ?? "",
  };
  return { callbacks, page, idle: () => pending };
}
