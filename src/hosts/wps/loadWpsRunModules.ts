/**
 * The run's modules (./wpsRunModules), loaded once; a failed load is tried
 * again on the next call. Outside webpack (jest) the import is a `require`.
 */
export type WpsRunModules = typeof import("./wpsRunModules");

let loading: Promise<WpsRunModules> | null = null;

/**
 * @example
 * const { runAppraisal } = await loadWpsRunModules();
 */
export function loadWpsRunModules(): Promise<WpsRunModules> {
  if (loading === null) {
    const load = import(/* webpackChunkName: "run" */ "./wpsRunModules");
    loading = load;
    load.catch(() => {
      if (loading === load) loading = null;
    });
  }
  return loading;
}
