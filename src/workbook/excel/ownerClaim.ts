/**
 * Ownership in the adapter's write: a sheet written is claimed with its
 * ownership name (port.ts OWNERSHIP_NAMES), and a foreign one is never
 * written.
 */
import { OWNER_NAME_COMMENT } from "../ownership";
import { OWNERSHIP_NAMES, type OutputKind, type OutputSheetPlan } from "../port";
import type { OutputState } from "../layout";

/** Records that Appraise owns the sheet: the ownership name, replacing a stale one. */
export function queueClaim(wb: Excel.Workbook, ws: Excel.Worksheet, kind: OutputKind, state: OutputState): void {
  if (state.ownership === "owned") return;
  if (state.ownerNameExists) wb.names.getItemOrNullObject(OWNERSHIP_NAMES[kind]).delete();
  wb.names.add(OWNERSHIP_NAMES[kind], ws.getRange("A1"), OWNER_NAME_COMMENT);
}

export function checkNotForeign(plan: OutputSheetPlan, state: OutputState): void {
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
}
