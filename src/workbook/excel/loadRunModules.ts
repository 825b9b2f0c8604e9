/**
 * The task pane's first paint needs React, Fluent UI and the Office.js
 * adapter, not the engine: the engine, decimal.js, chinese-days and the hash
 * (about a quarter of the pane's JavaScript) are only needed once a run
 * starts. They are one lazily loaded chunk (./runModules), which the pane
 * starts fetching right after its first paint (src/hosts/excel/index.tsx), so
 * that by the time anyone can click Recompute it is there, and the pane works
 * the same offline after load: a loaded chunk is never fetched again.
 *
 * Everything that runs the engine awaits `loadRunModules()` instead of
 * importing it. Outside webpack (jest, the command line) the import is a
 * plain `require`.
 */
export type RunModules = typeof import("./runModules");

let loading: Promise<RunModules> | null = null;

/**
 * The run's modules, loaded once. A failed load (the pane opened offline, say)
 * is not remembered: the next call tries again.
 * @example
 * const { grade } = await loadRunModules();
 */
export function loadRunModules(): Promise<RunModules> {
  if (loading === null) {
    const load = import(/* webpackChunkName: "run" */ "./runModules");
    loading = load;
    load.catch(() => {
      if (loading === load) loading = null;
    });
  }
  return loading;
}
