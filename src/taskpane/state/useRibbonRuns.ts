/**
 * Runs started elsewhere in the page (the ribbon's Recompute button): the
 * pane shows their results, or their failure, as if they were its own. A
 * report that arrives while the pane's own run is under way is left to that
 * run (paneState.ts).
 */
import { useEffect } from "react";
import type { PaneRunResult } from "./paneTypes";
import type { PaneMachine } from "./usePaneMachine";

/**
 * What a host may offer beyond {@link PaneApi}: the runs that finish in the
 * page, whoever started them (the add-in reports the ribbon's runs this way).
 * Returns the function that unsubscribes.
 */
export interface RunFeed {
  readonly onRunFinished?: (listener: (result: PaneRunResult) => void) => () => void;
}

/** Follows the host's run feed while the pane is open. */
export function useRibbonRuns(feed: RunFeed, { dispatch }: PaneMachine): void {
  useEffect(() => feed.onRunFinished?.((result) => dispatch({ type: "ribbonRunFinished", result })), [feed, dispatch]);
}
