/**
 * Ownership in the adapter's write: a sheet written is claimed with its
 * ownership name (port.ts OWNERSHIP_NAMES), and a foreign one is never
 * written.
 */
import { OWNERSHIP_NAMES, type OutputKind, type OutputSheetPlan } from "../port";
import type { OutputState } from "./layout";

const OWNER_COMMENT = "Appraise 创建并管理此工作表，请勿删除此名称。This sheet is written by Appraise; keep this name.";

/** Records that Appraise owns the sheet: the ownership name, replacing a stale one. */
export function queueClaim(wb: Excel.Workbook, ws: Excel.Worksheet, kind: OutputKind, state: OutputState): void {
  if (state.ownership === "owned") return;
  if (state.ownerNameExists) wb.names.getItemOrNullObject(OWNERSHIP_NAMES[kind]).delete();
  wb.names.add(OWNERSHIP_NAMES[kind], ws.getRange("A1"), OWNER_COMMENT);
}

export function checkNotForeign(plan: OutputSheetPlan, state: OutputState): void {
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
}
