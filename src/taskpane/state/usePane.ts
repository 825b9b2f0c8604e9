/**
 * The task pane's state and actions over a {@link PaneApi}: inspecting the
 * tables, running, creating tables, following input changes and the
 * auto-recompute choice. Rendering lives in AppraisePane. The parts:
 * - paneState.ts: what each event does to the state (a pure reducer);
 * - createPaneActions.ts: the order of events (one run at a time, the
 *   follow-up after input changes, the quiet retry after cell-edit mode);
 * - one small hook per subscription: the ribbon's runs (useRibbonRuns), the
 *   stale check (useStaleCheck), the opening audit (useResultsAudit), and
 *   the input changes, debounced by `changeDelayMs` (useQuietTimer).
 */
import { useEffect, useMemo } from "react";
import { createPaneActions, type PaneActions } from "./createPaneActions";
import type { PaneState } from "./paneState";
import type { PaneApi } from "./paneTypes";
import { usePaneMachine } from "./usePaneMachine";
import { useQuietTimer } from "./useQuietTimer";
import { type RunFeed, useRibbonRuns } from "./useRibbonRuns";
import { useResultsAudit } from "./useResultsAudit";
import { useStaleCheck } from "./useStaleCheck";

/** What the pane shows and what it can do. */
export type Pane = PaneState & PaneActions;

export interface UsePaneOptions {
  readonly initialAutoRecompute?: boolean;
  readonly changeDelayMs?: number;
}

/**
 * @example
 * const pane = usePane(api, { initialAutoRecompute: false });
 * pane.recompute(); pane.phase //=> "starting"
 */
export function usePane(api: PaneApi & RunFeed, { initialAutoRecompute = false, changeDelayMs = 500 }: UsePaneOptions = {}): Pane {
  const [state, machine] = usePaneMachine(initialAutoRecompute);
  const timer = useQuietTimer(changeDelayMs);
  const { followInputs, ...actions } = useMemo(() => createPaneActions(api, machine, timer), [api, machine, timer]);
  const { inspect, recompute } = actions;
  useRibbonRuns(api, machine);
  // On open: list the tables, ask whether the recorded results are stale and audit them, follow changes.
  useEffect(() => void inspect(), [inspect]);
  useStaleCheck(api, machine, recompute);
  useResultsAudit(api, machine);
  useEffect(() => api.onInputsChanged(followInputs), [api, followInputs]);
  return { ...state, ...actions };
}
