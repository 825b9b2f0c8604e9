/**
 * Recompute on change, debounced, without triggering itself. Pure: the change
 * source, the recompute and the timers are given, so it runs in tests with
 * fake timers and in the task pane over Office.js events.
 *
 * Excel fires change events for the add-in's own writes too. A change is
 * Appraise's own, and ignored, when it is on one of Appraise's output sheets
 * (Appraise writes nowhere else), when Excel says so (ExcelApi 1.14's
 * triggerSource "ThisLocalAddin"), or when it names no sheet and arrives while
 * Appraise is writing (or within `delayMs` after). A change to an input made
 * during a recompute runs one more recompute after it.
 */
import { TABLES } from "../../engine/tables";
import { OUTPUT_SHEETS } from "../port";

/** One change event, as far as the helper needs it. */
export interface ChangeNotice {
  /** The sheet the change is on, when known. */
  readonly worksheetName?: string | null;
  /** The table changed, when known. */
  readonly tableName?: string | null;
  /** "ThisLocalAddin" when Excel knows the add-in's own API call made the change. */
  readonly triggerSource?: string;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutoRecomputeOptions {
  /** Starts delivering change notices to `onChange`; returns what stops it. */
  readonly subscribe: (onChange: (notice: ChangeNotice) => void) => () => void;
  /** The run (read → grade → write). A rejection goes to `onError` and does not stop the helper. */
  readonly recompute: () => Promise<unknown>;
  /** Told of a recompute's rejection (recomputeInExcel reports host errors as values and does not reject). */
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last change before recomputing. */
  readonly delayMs: number;
  /** setTimeout and clearTimeout unless given. */
  readonly timers?: Timers;
  /** Sheets only Appraise writes; the output sheets unless given. */
  readonly ownSheets?: readonly string[];
}

export interface AutoRecompute {
  /**
   * Runs one of Appraise's own writes (e.g. a recompute the user asked for):
   * changes that name no sheet are ignored while it runs. The helper's own
   * recomputes are wrapped already.
   */
  ownWrite<T>(write: () => Promise<T>): Promise<T>;
  /** Stops listening; a scheduled recompute is cancelled. */
  stop(): void;
}

export const OUTPUT_SHEET_NAMES: readonly string[] = Object.values(OUTPUT_SHEETS).map((o) => o.sheet);

const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Whether a change can concern the inputs: a change to a table with a name
 * that is not one of the input tables' (a user's own notes table, say) cannot.
 * A change whose table is not known might.
 * @example
 * mayConcernInputs({ tableName: "指标考核" }) //=> true
 * mayConcernInputs({ tableName: "MyNotes" }) //=> false
 * mayConcernInputs({ worksheetName: "指标考核" }) //=> true
 */
export function mayConcernInputs(notice: ChangeNotice): boolean {
  const name = notice.tableName;
  if (name === undefined || name === null) return true;
  const lower = name.trim().toLowerCase();
  return TABLES.some((t) => t.name.toLowerCase() === lower || t.zh.toLowerCase() === lower);
}

/**
 * Whether a change should mark the results out of date: not Appraise's own
 * (see isOwnChange) and possibly to an input table (see mayConcernInputs).
 * @example
 * isInputChange({ worksheetName: "指标考核", tableName: "指标考核" }) //=> true
 * isInputChange({ worksheetName: "考评结果", tableName: "Results" }) //=> false
 */
export function isInputChange(notice: ChangeNotice): boolean {
  return !isOwnChange(notice, OUTPUT_SHEET_NAMES) && mayConcernInputs(notice);
}

/**
 * True when a change is Appraise's own by where it is or what Excel says.
 * @example
 * isOwnChange({ worksheetName: "考评结果" }, OUTPUT_SHEET_NAMES) //=> true
 * isOwnChange({ worksheetName: "指标考核" }, OUTPUT_SHEET_NAMES) //=> false
 */
export function isOwnChange(notice: ChangeNotice, ownSheets: readonly string[] = OUTPUT_SHEET_NAMES): boolean {
  if (notice.triggerSource === "ThisLocalAddin") return true;
  const sheet = notice.worksheetName?.toLowerCase();
  return sheet !== undefined && ownSheets.some((s) => s.toLowerCase() === sheet);
}

/**
 * @example
 * const auto = createAutoRecompute({ subscribe, recompute, delayMs: 800 });
 * // … later
 * auto.stop();
 */
export function createAutoRecompute(options: AutoRecomputeOptions): AutoRecompute {
  const timers = options.timers ?? defaultTimers;
  const ownSheets = options.ownSheets ?? OUTPUT_SHEET_NAMES;
  let writing = 0;
  let timer: unknown = null;
  let running = false;
  let again = false;
  let stopped = false;

  const ownWrite = async <T>(write: () => Promise<T>): Promise<T> => {
    writing++;
    try {
      return await write();
    } finally {
      // Events of the last write may still be on their way.
      timers.set(() => writing--, options.delayMs);
    }
  };

  const fire = (): void => {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    ownWrite(options.recompute)
      .catch((e: unknown) => options.onError?.(e))
      .finally(() => {
        running = false;
        if (again && !stopped) {
          again = false;
          schedule();
        }
      });
  };

  const schedule = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(fire, options.delayMs);
  };

  const onChange = (notice: ChangeNotice): void => {
    if (stopped || isOwnChange(notice, ownSheets)) return;
    const named = notice.worksheetName !== undefined && notice.worksheetName !== null;
    if (!named && writing > 0) return;
    if (running) again = true;
    else schedule();
  };

  const unsubscribe = options.subscribe(onChange);
  return {
    ownWrite,
    stop() {
      stopped = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
      unsubscribe();
    },
  };
}
