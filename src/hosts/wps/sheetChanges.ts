/**
 * WPS's SheetChange event (et-jsapi-declare addon.et.d.ts 10:
 * `wps.ApiEvent.AddApiEventListener("SheetChange", (sheet, target) => …)`),
 * sorted for the pane. WPS fires it for every change to a sheet, the
 * add-in's own writes included, as VBA's Workbook_SheetChange does.
 *
 * - While this page's own run writes, every change is its own.
 * - A change on a sheet that holds an input table is an input change
 *   (Appraise writes no input table: its outputs are on its own sheets).
 * - A change on the RunLog's sheet means a run finished elsewhere (the
 *   ribbon's 重新计算, another page): the RunLog row is the last thing a run
 *   writes.
 * - A change on Appraise's other sheets (Results, Warnings, History, the
 *   paperwork) is nothing the inputs depend on.
 * - A change anywhere else may still concern the inputs (where a required
 *   table is missing, the read takes the plain sheets' used ranges): the
 *   pane checks staleness by fingerprint again ("recheck").
 *
 * One listener per page, added when the first subscriber comes and removed
 * when the last goes.
 */
import { inputTableNamed } from "../../engine/tableNames";
import { sameName } from "../../workbook/ownership";
import { OUTPUT_SHEETS, PRINT_SHEETS } from "../../workbook/port";
import { itemsOf, type WpsSheetChange, type WpsWorksheet } from "../../workbook/wps/facade";
import type { WpsPage } from "./wpsPage";

export type ChangeKind = "input" | "runlog" | "recheck" | null;

/** Appraise's own sheets other than the RunLog's. */
const OWN_SHEETS = [...Object.values(OUTPUT_SHEETS), ...Object.values(PRINT_SHEETS)].map((o) => o.sheet).filter((name) => name !== OUTPUT_SHEETS.runlog.sheet);

/**
 * What a change on `sheet` is, for a page whose own run is (or is not) writing.
 * A sheet WPS cannot describe (deleted meanwhile) may have held inputs: "input".
 */
export function changeKind(sheet: WpsWorksheet, ownRun: boolean): ChangeKind {
  if (ownRun) return null;
  try {
    if (itemsOf(sheet.ListObjects).some((t) => inputTableNamed(t.Name) !== null)) return "input";
    if (sameName(sheet.Name, OUTPUT_SHEETS.runlog.sheet)) return "runlog";
    return OWN_SHEETS.some((own) => sameName(sheet.Name, own)) ? null : "recheck";
  } catch {
    return "input";
  }
}

/** A listener, given the changed sheet's name where WPS can say it. */
export type SheetListener = (sheet?: string) => void;

export interface SheetChanges {
  /** The user changed an input table's sheet. */
  onInput(listener: SheetListener): () => void;
  /** A run finished elsewhere (its RunLog row written by another page). */
  onRunElsewhere(listener: SheetListener): () => void;
  /** A change that may concern the inputs: check staleness by fingerprint again. */
  onRecheck(listener: SheetListener): () => void;
}

/** The sheet's name, or undefined where WPS cannot say it (deleted meanwhile). */
function nameOf(sheet: WpsWorksheet): string | undefined {
  try {
    return sheet.Name;
  } catch {
    return undefined;
  }
}

/** The page's SheetChange events, sorted. */
export function watchSheetChanges(page: WpsPage): SheetChanges {
  const listeners = { input: new Set<SheetListener>(), runlog: new Set<SheetListener>(), recheck: new Set<SheetListener>() };
  let callback: WpsSheetChange | null = null;
  const update = (): void => {
    const wanted = listeners.input.size + listeners.runlog.size + listeners.recheck.size > 0;
    if (wanted && callback === null) {
      callback = (sheet) => {
        const kind = changeKind(sheet, page.running());
        if (kind !== null) listeners[kind].forEach((l) => l(nameOf(sheet)));
      };
      page.root.ApiEvent.AddApiEventListener("SheetChange", callback);
    } else if (!wanted && callback !== null) {
      page.root.ApiEvent.RemoveApiEventListener("SheetChange", callback);
      callback = null;
    }
  };
  const subscribe = (set: Set<SheetListener>) => (listener: SheetListener) => {
    const own: SheetListener = (sheet) => listener(sheet);
    set.add(own);
    update();
    return () => {
      set.delete(own);
      update();
    };
  };
  return { onInput: subscribe(listeners.input), onRunElsewhere: subscribe(listeners.runlog), onRecheck: subscribe(listeners.recheck) };
}
