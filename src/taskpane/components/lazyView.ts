/**
 * A view shown only after a run or an audit, kept out of the pane's initial
 * JavaScript: it is fetched in the run's chunk (the one the engine is in),
 * which the pane starts fetching right after its first paint, so in practice
 * it is there before anything it shows is.
 */
import { useEffect, useState } from "react";

export interface LazyView<C> {
  /** The view, loaded once; a failed load is tried again at the next call. */
  readonly load: () => Promise<C>;
  /**
   * The view once loaded, else null (and the load under way). `wanted` (there
   * is something to show) tries a failed load again.
   */
  readonly use: (wanted: boolean) => C | null;
}

/**
 * @example
 * const view = lazyView(() => import(/* webpackChunkName: "run" *\/ "./RunSummary").then((m) => m.RunSummary));
 * const RunSummary = view.use(outcome !== null);
 */
export function lazyView<C>(importView: () => Promise<C>): LazyView<C> {
  let loaded: C | null = null;
  let loading: Promise<C> | null = null;
  const load = (): Promise<C> => {
    if (loading === null) {
      const attempt = importView().then((component) => (loaded = component));
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
    }
    return loading;
  };
  const use = (wanted: boolean): C | null => {
    const [view, setView] = useState<C | null>(() => loaded);
    useEffect(() => {
      if (view !== null) return;
      let live = true;
      load().then(
        (component) => live && setView(() => component),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [view, wanted]);
    return view;
  };
  return { load, use };
}
