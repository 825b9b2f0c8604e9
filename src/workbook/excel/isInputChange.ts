/**
 * Which change events mark the results out of date. Excel fires change
 * events for the add-in's own writes too: a change is Appraise's own, and
 * ignored, when it is on one of Appraise's output sheets or its run lock's
 * sheet (Appraise writes no input), or when Excel says so (ExcelApi 1.14's triggerSource
 * "ThisLocalAddin"). The task pane debounces what is left and runs the
 * recompute itself (see src/hosts/excel/officePane.ts).
 */
import { inputTableNamed } from "../../engine/tableNames";
import { sameName } from "../ownership";
import { OUTPUT_KINDS, OUTPUT_SHEETS } from "../port";
import { RUN_LOCK_SHEET } from "./runLockSheet";

/** One change event, as far as the filter needs it. */
export interface ChangeNotice {
  /** The sheet the change is on, when known. */
  readonly worksheetName?: string | null;
  /** The table changed, when known. */
  readonly tableName?: string | null;
  /** "ThisLocalAddin" when Excel knows the add-in's own API call made the change. */
  readonly triggerSource?: string;
  /**
   * "Remote" when a co-author made the change in their own Excel (the
   * event's `source`, Excel.EventSource, on TableChangedEventArgs and
   * WorksheetChangedEventArgs since ExcelApi 1.7: "Remote means the event
   * comes from a remote user session"); "Local" or absent otherwise.
   */
  readonly source?: string;
}

/**
 * True when a co-author made the change in their Excel, not this user: such
 * a change never starts a run in this pane (see officePane.ts).
 * @example
 * isRemoteChange({ source: "Remote" }) //=> true
 * isRemoteChange({ source: "Local" }) //=> false
 */
export function isRemoteChange(notice: ChangeNotice): boolean {
  return notice.source === "Remote";
}

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
  return inputTableNamed(name) !== null;
}

/**
 * True when a change is Appraise's own by where it is or what Excel says.
 * @example
 * isOwnChange({ worksheetName: "考评结果" }) //=> true
 * isOwnChange({ worksheetName: "指标考核" }) //=> false
 */
export function isOwnChange(notice: ChangeNotice): boolean {
  if (notice.triggerSource === "ThisLocalAddin") return true;
  const sheet = notice.worksheetName;
  if (sheet === undefined || sheet === null) return false;
  return sameName(RUN_LOCK_SHEET, sheet) || OUTPUT_KINDS.some((k) => sameName(OUTPUT_SHEETS[k].sheet, sheet));
}

/**
 * Whether a change should mark the results out of date: not Appraise's own
 * (see isOwnChange) and possibly to an input table (see mayConcernInputs).
 * @example
 * isInputChange({ worksheetName: "指标考核", tableName: "指标考核" }) //=> true
 * isInputChange({ worksheetName: "考评结果", tableName: "Results" }) //=> false
 */
export function isInputChange(notice: ChangeNotice): boolean {
  return !isOwnChange(notice) && mayConcernInputs(notice);
}
