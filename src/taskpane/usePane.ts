/**
 * The task pane's state and actions over a {@link PaneApi}: inspecting the
 * tables, running, creating tables, following input changes and the
 * auto-recompute choice. Rendering lives in AppraisePane; this hook holds the
 * order of events, which is where the subtle parts are:
 * - one run at a time: a click or an auto-run while running does nothing;
 * - an input change during a run is remembered and handled when it ends, so a
 *   change made while reading is never lost;
 * - changes are debounced (`changeDelayMs`): typing a column of scores starts
 *   one follow-up, not one per cell;
 * - a run started elsewhere in the page (the ribbon's Recompute button) is
 *   shown when it finishes, as the pane's own run would be; a report that
 *   arrives while the pane's own run is under way is left to that run;
 * - only a click shows an error: a run the pane started on its own (auto-
 *   recompute after an edit, or on opening) that fails because the user is
 *   typing in a cell is retried quietly when editing ends (or at the next
 *   edit, where the host cannot tell), and the results meanwhile say they
 *   are out of date;
 * - staleness is checked again by fingerprint when the host says change
 *   events may have missed something (the pane shown again, rows deleted).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { GradeResult } from "../engine/types";
import { toPaneError } from "./paneError";
import type { ChangesSinceLastRun, PaneApi, PaneError, PaneRunResult, ResultsAudit, RunPhase, TableStatus } from "./paneTypes";

/** Who started a run: a click may show an error; an event's run fails quietly for cell-edit mode. */
export type RunOrigin = "click" | "event";

const CELL_EDIT = "InvalidOperationInCellEditMode";

/** What the Retry button repeats. */
export type PaneAction = "inspect" | "recompute" | "create" | "select";

export interface PaneFailureState {
  readonly error: PaneError;
  readonly action: PaneAction;
}

export interface PaneOutcome {
  readonly result: GradeResult;
  readonly written: boolean;
  /** What changed since the last History block (absent where the host does not say). */
  readonly changes?: ChangesSinceLastRun;
}

export interface PaneState {
  /** Null until the first inspection answers. */
  readonly tables: readonly TableStatus[] | null;
  /** The phase of the run in progress ("starting" before the first), or null when idle. */
  readonly phase: RunPhase | "starting" | null;
  readonly creating: boolean;
  /** The last successful run of this session. */
  readonly outcome: PaneOutcome | null;
  readonly failure: PaneFailureState | null;
  readonly stale: boolean;
  /** The audit made when the pane opened (cells of Results edited by hand), or null. */
  readonly audit: ResultsAudit | null;
  readonly auto: boolean;
  /** The appraisal year "Create input tables" writes into Rules (the current year until the user changes it). */
  readonly year: number;
}

export interface PaneActions {
  readonly inspect: (origin?: RunOrigin) => Promise<void>;
  readonly recompute: (origin?: RunOrigin) => Promise<void>;
  readonly createTables: () => Promise<void>;
  readonly setYear: (year: number) => void;
  readonly selectCell: (address: string) => Promise<void>;
  readonly setAuto: (on: boolean) => void;
  readonly retry: () => void;
  readonly dismiss: () => void;
}

/**
 * What a host may offer beyond {@link PaneApi}: the runs that finish in the
 * page, whoever started them (the add-in reports the ribbon's runs this way).
 * Returns the function that unsubscribes.
 */
export interface RunFeed {
  readonly onRunFinished?: (listener: (result: PaneRunResult) => void) => () => void;
}

export interface UsePaneOptions {
  readonly initialAutoRecompute?: boolean;
  readonly changeDelayMs?: number;
}

async function settle<T>(p: () => Promise<T>): Promise<T | { ok: false; error: PaneError }> {
  try {
    return await p();
  } catch (e) {
    return { ok: false, error: toPaneError(e) };
  }
}

export function usePane(api: PaneApi & RunFeed, options: UsePaneOptions = {}): PaneState & PaneActions {
  const { initialAutoRecompute = false, changeDelayMs = 500 } = options;
  const [tables, setTables] = useState<readonly TableStatus[] | null>(null);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [phase, setPhase] = useState<RunPhase | "starting" | null>(null);
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<PaneOutcome | null>(null);
  const [failure, setFailure] = useState<PaneFailureState | null>(null);
  const [stale, setStale] = useState(false);
  const [audit, setAudit] = useState<ResultsAudit | null>(null);
  const [auto, setAutoState] = useState(initialAutoRecompute);

  const running = useRef(false);
  const changedDuringRun = useRef(false);
  const autoRef = useRef(initialAutoRecompute);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const followUpRef = useRef<() => void>(() => undefined);

  const inspect = useCallback(
    async (origin: RunOrigin = "click") => {
      const res = await settle(() => api.inspect());
      if (res.ok) {
        setTables(res.tables);
        setFailure((f) => (f?.action === "inspect" ? null : f));
      } else if (origin === "click" || res.error.code !== CELL_EDIT) setFailure({ error: res.error, action: "inspect" });
    },
    [api],
  );

  const scheduleFollowUp = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      followUpRef.current();
    }, changeDelayMs);
  }, [changeDelayMs]);

  const quietRetryRef = useRef<() => void>(() => undefined);

  const recompute = useCallback(
    async (origin: RunOrigin = "click") => {
      if (running.current) return;
      // This run reads the inputs as they are now: a follow-up scheduled for an
      // earlier change would only run again on the same inputs.
      if (timer.current !== null) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      running.current = true;
      changedDuringRun.current = false;
      setPhase("starting");
      if (origin === "click") setFailure(null);
      const res: PaneRunResult = await settle(() => api.recompute((p) => setPhase(p)));
      running.current = false;
      setPhase(null);
      if (res.ok) {
        setOutcome({ result: res.result, written: res.written, changes: res.changes });
        setStale(changedDuringRun.current);
        // A written run makes Results what the inputs give: the audit made on opening no longer holds.
        if (res.written) setAudit(null);
        if (origin === "event") setFailure((f) => (f?.action === "recompute" ? null : f));
      } else if (origin === "event" && res.error.code === CELL_EDIT) {
        setStale(true);
        quietRetryRef.current();
      } else setFailure({ error: res.error, action: "recompute" });
      if (changedDuringRun.current) scheduleFollowUp();
    },
    [api, scheduleFollowUp],
  );

  // An event's run that met cell-edit mode runs again when editing ends; where the host cannot tell, the next edit starts it.
  useEffect(() => {
    quietRetryRef.current = () => {
      const ends = api.whenCellEditEnds?.();
      if (ends === undefined) return;
      ends.then(
        () => void recompute("event"),
        () => undefined,
      );
    };
  }, [api, recompute]);

  // A run started elsewhere (the ribbon): show its results, or its failure, as if it were the pane's.
  useEffect(
    () =>
      api.onRunFinished?.((res) => {
        if (running.current) return;
        if (res.ok) {
          setOutcome({ result: res.result, written: res.written, changes: res.changes });
          setStale(false);
          if (res.written) setAudit(null);
          setFailure((f) => (f?.action === "recompute" ? null : f));
        } else setFailure({ error: res.error, action: "recompute" });
      }),
    [api],
  );

  // After input changes: refresh the table list, then run if auto-recompute is on.
  useEffect(() => {
    followUpRef.current = () => {
      if (running.current) {
        changedDuringRun.current = true;
        return;
      }
      void inspect("event").then(() => (autoRef.current ? recompute("event") : undefined));
    };
  }, [inspect, recompute]);

  const createTables = useCallback(async () => {
    setCreating(true);
    setFailure(null);
    const res = await settle(() => api.createInputTables(year));
    setCreating(false);
    if (!res.ok) setFailure({ error: res.error, action: "create" });
    await inspect();
  }, [api, inspect, year]);

  const selectCell = useCallback(
    async (address: string) => {
      const res = await settle(() => api.selectCell(address));
      if (!res.ok) setFailure({ error: res.error, action: "select" });
      else setFailure((f) => (f?.action === "select" ? null : f));
    },
    [api],
  );

  // Turning auto-recompute on while the results are stale brings them up to date at once.
  const setAuto = useCallback(
    (on: boolean) => {
      autoRef.current = on;
      setAutoState(on);
      api.setAutoRecompute(on);
      if (on && stale) void recompute("click");
    },
    [api, stale, recompute],
  );

  const dismiss = useCallback(() => setFailure(null), []);

  const retry = useCallback(() => {
    const action = failure?.action;
    if (action === "inspect") void inspect("click");
    else if (action === "recompute") void recompute("click");
    else if (action === "create") void createTables();
  }, [failure, inspect, recompute, createTables]);

  // On open: list the tables, ask whether the recorded results are stale, follow changes.
  useEffect(() => {
    let live = true;
    void inspect();
    // An event's check: cell-edit mode makes it wait for the edit to end, quietly, like an event's run.
    const checkStale = (): void =>
      void api.isStale().then(
        (s) => {
          if (!live || running.current || !s) return;
          setStale(true);
          if (autoRef.current) void recompute("event");
        },
        (e: unknown) => {
          // Excel's error (or a PaneError) says why; only cell-edit mode is worth waiting out.
          if (live && (e as { code?: unknown } | null)?.code === CELL_EDIT) api.whenCellEditEnds?.().then(checkStale, () => undefined);
        },
      );
    checkStale();
    // The audit of SPEC §7, once: Results' cells edited by hand. A failure only means no audit is shown.
    api.auditResults?.().then(
      (a) => {
        if (live && !running.current) setAudit(a);
      },
      () => undefined,
    );
    const stopRecheck = api.onRecheckStale?.(checkStale) ?? (() => undefined);
    const unsubscribe = api.onInputsChanged(() => {
      if (running.current) changedDuringRun.current = true;
      else {
        setStale(true);
        scheduleFollowUp();
      }
    });
    return () => {
      live = false;
      unsubscribe();
      stopRecheck();
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [api, inspect, recompute, scheduleFollowUp]);

  return {
    tables,
    phase,
    creating,
    outcome,
    failure,
    stale,
    audit,
    auto,
    year,
    inspect,
    recompute,
    createTables,
    setYear,
    selectCell,
    setAuto,
    retry,
    dismiss,
  };
}
