/**
 * The audit of SPEC §7, once when the pane opens: the cells of Results edited
 * by hand. A failure only means no audit is shown.
 */
import { useEffect } from "react";
import type { PaneApi } from "./paneTypes";
import type { PaneMachine } from "./usePaneMachine";

/** Asks the host for the audit, if it offers one, and hands the answer to the pane's state. */
export function useResultsAudit(api: PaneApi, { dispatch }: PaneMachine): void {
  useEffect(() => {
    let live = true;
    api.auditResults?.().then(
      (audit) => {
        if (live) dispatch({ type: "audited", audit });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, dispatch]);
}
