/**
 * ChangesNotice in the run's chunk (the same webpackChunkName as
 * loadRunModules): it shows what a run changed, and a run needs that chunk
 * first, so the notice is there before it has anything to show.
 */
import { lazyView } from "./lazyView";

const view = lazyView(() => import(/* webpackChunkName: "run" */ "./ChangesNotice").then((m) => m.ChangesNotice));

/** The notice once loaded, else null (and the load under way). */
export const useChangesNotice = view.use;
