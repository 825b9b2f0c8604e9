/**
 * The pane's state held for both React and the pane's own callbacks. React
 * renders from a state it updates later; the callbacks must read the state as
 * it is now (a second click in the same tick must see the first run started),
 * so each event goes through {@link paneReducer} at once into a ref, and the
 * result is handed to React to render.
 */
import { useMemo, useRef, useState } from "react";
import { initialPaneState, type PaneEvent, paneReducer, type PaneState } from "./paneState";

/** The state as it is now, and the one way to change it. Stable for the pane's life. */
export interface PaneMachine {
  readonly current: () => PaneState;
  readonly dispatch: (event: PaneEvent) => void;
}

/**
 * @example
 * const [state, machine] = usePaneMachine(false);
 * machine.dispatch({ type: "inputsChanged" }); machine.current().stale //=> true
 */
export function usePaneMachine(initialAuto: boolean): readonly [PaneState, PaneMachine] {
  const [state, setState] = useState(() => initialPaneState({ auto: initialAuto, year: new Date().getFullYear() }));
  const now = useRef(state);
  const machine = useMemo<PaneMachine>(
    () => ({
      current: () => now.current,
      dispatch: (event) => {
        now.current = paneReducer(now.current, event);
        setState(now.current);
      },
    }),
    [],
  );
  return [state, machine];
}
