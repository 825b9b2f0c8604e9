/**
 * Whether the recorded results are out of date, asked by fingerprint when the
 * pane opens and again whenever the host says change events may have missed
 * something (the pane shown again, rows deleted). Stale results are brought
 * up to date at once when auto-recompute is on.
 */
import { useEffect } from "react";
import { isCellEdit, type RunOrigin } from "./paneState";
import type { PaneApi } from "./paneTypes";
import type { PaneMachine } from "./usePaneMachine";

/** Checks on open and on each recheck the host asks for; stops when the pane closes. */
export function useStaleCheck(api: PaneApi, { current, dispatch }: PaneMachine, recompute: (origin: RunOrigin) => Promise<void>): void {
  useEffect(() => {
    let live = true;
    // An event's check: cell-edit mode makes it wait for the edit to end, quietly, like an event's run.
    const check = (): void =>
      void api.isStale().then(
        (stale) => {
          if (!live || !stale) return;
          dispatch({ type: "staleFound" });
          // recompute does nothing while a run is under way (whose results then say whether they are stale).
          if (current().auto) void recompute("event");
        },
        (e: unknown) => {
          // Excel's error (or a HostError) says why; only cell-edit mode is worth waiting out.
          if (live && isCellEdit(e)) api.whenCellEditEnds?.().then(check, () => undefined);
        },
      );
    check();
    const stopRecheck = api.onRecheckStale?.(check) ?? (() => undefined);
    return () => {
      live = false;
      stopRecheck();
    };
  }, [api, current, dispatch, recompute]);
}
