/**
 * The results view (RunSummary, with its chart, its lists and Fluent's tabs)
 * is shown only after a run, so it is not in the pane's initial JavaScript:
 * it is in the run's chunk with the engine (the same webpackChunkName as in
 * loadRunModules, so one fetch brings both), which App starts fetching right
 * after the first paint. A run cannot finish before that fetch has, so in
 * practice the view is there when its results are.
 */
import { useEffect, useState } from "react";

type RunSummaryModule = typeof import("./RunSummary");
export type RunSummaryComponent = RunSummaryModule["RunSummary"];

let loaded: RunSummaryComponent | null = null;
let loading: Promise<RunSummaryComponent> | null = null;

/** The view, loaded once; a failed load is tried again at the next call. */
export function loadRunSummary(): Promise<RunSummaryComponent> {
  if (loading === null) {
    const load = import(/* webpackChunkName: "run" */ "./RunSummary").then((m) => (loaded = m.RunSummary));
    loading = load;
    load.catch(() => {
      if (loading === load) loading = null;
    });
  }
  return loading;
}

/**
 * The view once loaded, else null (and the load under way). `wanted` (there
 * are results to show) tries a failed load again.
 * @example
 * const RunSummary = useRunSummary(outcome !== null);
 * return RunSummary && <RunSummary … />;
 */
export function useRunSummary(wanted: boolean): RunSummaryComponent | null {
  const [view, setView] = useState<RunSummaryComponent | null>(() => loaded);
  useEffect(() => {
    if (view !== null) return;
    let live = true;
    loadRunSummary().then(
      (component) => live && setView(() => component),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [view, wanted]);
  return view;
}
