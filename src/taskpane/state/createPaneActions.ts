/**
 * What the pane can do, over a {@link PaneApi} and the pane's state machine:
 * each action asks the host, then tells the machine what came of it
 * (paneState.ts decides what that shows). The order of events lives here:
 * - one run at a time: a click or an auto-run while running does nothing;
 * - a co-author's input change (remote) marks the results out of date and
 *   never starts a run or a follow-up;
 * - after a run during which the inputs changed, and after the quiet time
 *   that follows an input change, comes a follow-up: refresh the table list,
 *   then run if auto-recompute is on;
 * - a run the pane started on its own that met cell-edit mode runs again when
 *   editing ends (where the host cannot tell, the next edit starts it).
 */
import { toPaneError } from "./paneError";
import { isQuietFailure, isRunning, type RunOrigin } from "./paneState";
import type { InputChange, PaneApi, HostError } from "./paneTypes";
import type { PaneMachine } from "./usePaneMachine";
import type { QuietTimer } from "./useQuietTimer";

export interface PaneActions {
  readonly inspect: (origin?: RunOrigin) => Promise<void>;
  readonly recompute: (origin?: RunOrigin) => Promise<void>;
  readonly createTables: () => Promise<void>;
  /** "Import from a sheet": the active sheet's summary into new tables; the report stays shown until closed. */
  readonly importSheet: () => Promise<void>;
  readonly closeImport: () => void;
  readonly setYear: (year: number) => void;
  readonly selectCell: (address: string) => Promise<void>;
  readonly setAuto: (on: boolean) => void;
  readonly retry: () => void;
  readonly dismiss: () => void;
}

/** A PaneApi call that threw (it should resolve `{ok: false}`) still gives a failure to show. */
async function settle<T>(p: () => Promise<T>): Promise<T | { ok: false; error: HostError }> {
  try {
    return await p();
  } catch (e) {
    return { ok: false, error: toPaneError(e) };
  }
}

/** What the pane's subscription to input changes calls: the follow-up waits for the quiet time. */
export interface InputFollower {
  readonly followInputs: (change?: InputChange) => void;
}

type RunActions = Pick<PaneActions, "inspect" | "recompute"> & InputFollower;

function runActions(api: PaneApi, { current, dispatch }: PaneMachine, timer: QuietTimer): RunActions {
  const inspect = async (origin: RunOrigin = "click"): Promise<void> => {
    const res = await settle(() => api.inspect());
    dispatch(res.ok ? { type: "inspected", tables: res.tables } : { type: "inspectFailed", origin, error: res.error });
  };
  const followUp = (): void => {
    if (!current().followUpPending) return;
    dispatch({ type: "followUpDue" });
    void inspect("event").then(() => (current().auto ? recompute("event") : undefined));
  };
  const followInputs = (change?: InputChange): void => {
    // A co-author's edit: their pane runs (theirs is the Local edit); this one only says the results may be out of date.
    if (change?.remote === true) return dispatch({ type: "remoteInputsChanged" });
    dispatch({ type: "inputsChanged" });
    if (current().followUpPending) timer.restart(followUp);
  };
  const recompute = async (origin: RunOrigin = "click"): Promise<void> => {
    if (isRunning(current())) return;
    dispatch({ type: "runStarted", origin });
    const result = await settle(() =>
      api.recompute(
        (phase) => dispatch({ type: "phase", phase }),
        (wait) => dispatch({ type: "lockWait", wait }),
      ),
    );
    dispatch({ type: "runFinished", origin, result });
    if (!result.ok && isQuietFailure(origin, result.error))
      api.whenCellEditEnds?.().then(
        () => void recompute("event"),
        () => undefined,
      );
    if (current().followUpPending) timer.restart(followUp);
  };
  return { inspect, recompute, followInputs };
}

/**
 * @example
 * const actions = createPaneActions(api, machine, timer);
 * await actions.recompute(); machine.current().outcome?.written //=> true
 */
export function createPaneActions(api: PaneApi, machine: PaneMachine, timer: QuietTimer): PaneActions & InputFollower {
  const { current, dispatch } = machine;
  const { inspect, recompute, followInputs } = runActions(api, machine, timer);
  const createTables = async (): Promise<void> => {
    dispatch({ type: "createStarted" });
    dispatch({ type: "createFinished", result: await settle(() => api.createInputTables(current().year)) });
    await inspect();
  };
  const importSheet = async (): Promise<void> => {
    const importFrom = api.importFromSheet;
    if (importFrom === undefined || current().importing) return;
    dispatch({ type: "importStarted" });
    dispatch({ type: "importFinished", result: await settle(() => importFrom(current().year)) });
    await inspect();
  };
  const closeImport = (): void => dispatch({ type: "importClosed" });
  const selectCell = async (address: string): Promise<void> => dispatch({ type: "selectFinished", result: await settle(() => api.selectCell(address)) });
  // Turning auto-recompute on while the results are stale brings them up to date at once.
  const setAuto = (on: boolean): void => {
    dispatch({ type: "autoSet", on });
    api.setAutoRecompute(on);
    if (on && current().stale) void recompute("click");
  };
  const retry = (): void => {
    const action = current().failure?.action;
    if (action === "inspect") void inspect("click");
    else if (action === "recompute") void recompute("click");
    else if (action === "create") void createTables();
    else if (action === "import") void importSheet();
  };
  const setYear = (year: number): void => dispatch({ type: "yearSet", year });
  const dismiss = (): void => dispatch({ type: "dismissed" });
  return { inspect, recompute, followInputs, createTables, importSheet, closeImport, setYear, selectCell, setAuto, retry, dismiss };
}
