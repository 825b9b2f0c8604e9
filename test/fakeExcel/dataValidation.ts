/**
 * Range.dataValidation of the fake host (ExcelApi 1.8): a list rule and its
 * error alert, kept per sheet as rectangles, as Excel keeps a sheet's
 * <dataValidations>. The fake refuses a rule over a range that already has
 * one, so that an adapter that does not clear() first, as Office's samples
 * do, is seen; clear() removes the rules the range overlaps (the parts
 * outside it too: enough for the template's columns).
 */
import { intersect, type Rect } from "./a1";
import { invalidArgument } from "./errors";
import { FakeClientObject } from "./proxy";
import type { RangeTarget } from "./range";

export interface ValidationRec {
  rect: Rect;
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

/** Each sheet's validations, by sheet id, per store. */
const BY_STORE = new WeakMap<object, Map<string, ValidationRec[]>>();

function sheetValidations(store: object, sheetId: string): ValidationRec[] {
  let bySheet = BY_STORE.get(store);
  if (bySheet === undefined) BY_STORE.set(store, (bySheet = new Map()));
  let list = bySheet.get(sheetId);
  if (list === undefined) bySheet.set(sheetId, (list = []));
  return list;
}

/** The validations on a sheet (by id), for tests. */
export function validationsOf(store: object, sheetId: string): readonly ValidationRec[] {
  return sheetValidations(store, sheetId);
}

/**
 * Replaces a sheet's validations in the store, with undo: the fake WPS host's
 * Range.Validation (test/fakeWps) keeps its rules here too, so both hosts see
 * one model.
 */
export function editValidations(store: WorkbookStoreLike, sheetId: string, make: (list: ValidationRec[]) => ValidationRec[]): void {
  const list = sheetValidations(store, sheetId);
  const before = [...list];
  list.splice(0, list.length, ...make(before));
  store.journalUndo(() => list.splice(0, list.length, ...before));
}

interface WorkbookStoreLike {
  journalUndo(undo: () => void): void;
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  private get store() {
    return this.context.host.store;
  }

  private overlapping(t: RangeTarget): ValidationRec[] {
    return sheetValidations(this.store, t.sheetId).filter((v) => intersect(v.rect, t.rect) !== null);
  }

  protected scalars() {
    return {
      type: (t: RangeTarget) => {
        const found = this.overlapping(t);
        if (found.length === 0) return "None";
        return found.every((v) => v.rule.list !== undefined) ? "List" : "MixedCriteria";
      },
      rule: (t: RangeTarget) => this.overlapping(t)[0]?.rule ?? {},
    };
  }

  /** Replaces this sheet's list in the store, with undo. */
  private replace(t: RangeTarget, make: (list: ValidationRec[]) => ValidationRec[]): void {
    editValidations(this.store, t.sheetId, make);
  }

  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.set("rule", rule, (t) => {
      this.store.guard(t.sheetId);
      if (rule.list === undefined) throw invalidArgument("The fake host knows list rules only.");
      if (this.overlapping(t).length > 0) throw invalidArgument("The range already has data validation; clear() it first.");
      this.replace(t, (list) => [...list, { rect: t.rect, rule, errorAlert: null }]);
    });
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", alert, (t) => {
      const found = this.overlapping(t);
      if (found.length === 0) throw invalidArgument("Set a rule before its error alert.");
      this.replace(t, (list) => list.map((v) => (found.includes(v) ? { ...v, errorAlert: alert } : v)));
    });
  }

  clear(): void {
    this.call(null, (t) => {
      this.store.guard(t.sheetId);
      const found = this.overlapping(t);
      this.replace(t, (list) => list.filter((v) => !found.includes(v)));
    });
  }
}
