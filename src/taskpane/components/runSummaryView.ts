/**
 * The results view (RunSummary, with its chart, its lists and Fluent's tabs)
 * is shown only after a run, so it is not in the pane's initial JavaScript:
 * it is in the run's chunk with the engine (the same webpackChunkName as in
 * loadRunModules, so one fetch brings both), which App starts fetching right
 * after the first paint. A run cannot finish before that fetch has, so in
 * practice the view is there when its results are.
 */
import { lazyView } from "./lazyView";

const view = lazyView(() => import(/* webpackChunkName: "run" */ "./RunSummary").then((m) => m.RunSummary));

export type RunSummaryComponent = Awaited<ReturnType<typeof view.load>>;

/** The view, loaded once; a failed load is tried again at the next call. */
export const loadRunSummary = view.load;

/**
 * The view once loaded, else null (and the load under way).
 * @example
 * const RunSummary = useRunSummary(outcome !== null);
 * return RunSummary && <RunSummary … />;
 */
export const useRunSummary = view.use;
