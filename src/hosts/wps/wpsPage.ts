/**
 * One page of the WPS add-in (the ribbon's index.html or the pane's
 * taskpane.html) and its runs. Each page is its own JavaScript context: what
 * the pages share is the workbook and `wps.PluginStorage`. A page's runs are
 * chained (never two at once in one page) and each holds the add-in's run
 * flag (./runFlag.ts), so the ribbon's and the pane's never overlap; while
 * one writes, the page counts its SheetChange events as its own.
 */
import type { Lang } from "../../engine/types";
import type { PaneRunResult, RunPhase } from "../../taskpane/state/paneTypes";
import { VERSION } from "../../version";
import type { WorkbookPort } from "../../workbook/port";
import { createWpsPort } from "../../workbook/wps/createWpsPort";
import { describeWpsError } from "../../workbook/wps/describeWpsError";
import type { WpsRoot } from "../../workbook/wps/facade";
import { loadWpsRunModules } from "./loadWpsRunModules";
import { takeRunFlag, type RunFlag } from "./runFlag";
import { etApplication } from "./wpsRoot";

export interface WpsPage {
  readonly root: WpsRoot;
  /** "ribbon" or "pane": who holds the run flag. */
  readonly name: string;
  readonly lang: Lang;
  readonly port: WorkbookPort;
  /** True while this page's own run is under way (its writes' SheetChange events are its own). */
  readonly running: () => boolean;
  /** Reads, grades and writes, after this page's earlier runs, inside the run flag; failures as `{ok: false}`. */
  recompute(onPhase?: (phase: RunPhase) => void): Promise<PaneRunResult>;
  /** Every run of this page as it finishes. Returns the function that unsubscribes. */
  onRunFinished(listener: (result: PaneRunResult) => void): () => void;
}

export interface WpsPageOptions {
  readonly root: WpsRoot;
  readonly name: string;
  readonly lang: Lang;
  /** The run's time; `new Date()` unless a test fixes it. */
  readonly now?: () => Date;
}

/** The time of day a run started at, as the user's clock says it. */
const timeOfDay = (ms: number): string => new Date(ms).toTimeString().slice(0, 8);

/** The failure a page reports when another page's run holds the flag. */
export function runInProgress(holder: RunFlag): PaneRunResult {
  const who = holder.page === "ribbon" ? { zh: "功能区的“重新计算”", en: "the ribbon's Recompute" } : { zh: "考评窗格", en: "the appraisal pane" };
  const at = timeOfDay(holder.since);
  return {
    ok: false,
    error: {
      code: "RunInProgress",
      messageZh: `${who.zh}正在计算（${at} 开始）。请等它完成后再试。`,
      messageEn: `Appraise is already running from ${who.en} (since ${at}). Wait for it to finish, then try again.`,
      retryable: true,
    },
  };
}

/**
 * @example
 * const page = createWpsPage({ root: wps, name: "ribbon", lang: "zh" });
 * await page.recompute() //=> { ok: true, result, written: true }
 */
export function createWpsPage(options: WpsPageOptions): WpsPage {
  const { root, name, lang } = options;
  const now = options.now ?? (() => new Date());
  const port = createWpsPort(() => etApplication(root).ActiveWorkbook);
  const listeners = new Set<(result: PaneRunResult) => void>();
  let running = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const runOnce = async (onPhase: (phase: RunPhase) => void): Promise<PaneRunResult> => {
    const started = now();
    const taken = takeRunFlag(root.PluginStorage, name, started.getTime());
    if ("holder" in taken) return runInProgress(taken.holder);
    running++;
    try {
      const { runAppraisal } = await loadWpsRunModules();
      const outcome = await runAppraisal(port, { lang, version: VERSION, now: started, onPhase });
      return { ok: true, result: outcome.result, written: outcome.written, changes: outcome.changes };
    } catch (e) {
      return { ok: false, error: describeWpsError(e) };
    } finally {
      running--;
      taken.release();
    }
  };

  return {
    root,
    name,
    lang,
    port,
    running: () => running > 0,
    recompute(onPhase = () => undefined) {
      const run = queue.then(() => runOnce(onPhase));
      queue = run.catch(() => undefined);
      void run.then((result) => listeners.forEach((l) => l(result)));
      return run;
    },
    onRunFinished(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when a run updated Results: the outputs were written and the Results not withheld for errors. */
export function resultsUpdated(result: PaneRunResult): boolean {
  return result.ok && result.written && !result.result.resultsWithheld;
}
