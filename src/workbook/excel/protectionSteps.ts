/** The output sheets' protection in the adapter's write: lifted before the first write to them, restored after the last. */
import type { OutputPlan, OutputSheetPlan } from "../port";
import type { WorkbookLayout } from "../layout";
import { COMMAND_BYTES, jsonBytes } from "./payload";
import type { Step } from "./step";

/** The table sheets a plan writes: Results unless withheld, Warnings, RunLog, and History when it has a block. */
export function writtenSheets(plan: OutputPlan): OutputSheetPlan[] {
  return [plan.results, plan.warnings, plan.runLog, plan.history].filter((p): p is OutputSheetPlan => p !== null);
}

/** The names of every sheet a plan writes, print sheets (考评通报, 反馈单) included, with whether each is protected now. */
function sheetsWritten(plan: OutputPlan, layout: WorkbookLayout | null): { sheet: string; protected: boolean }[] {
  return [
    ...writtenSheets(plan).map((p) => ({ sheet: p.sheet, protected: layout?.outputs[p.kind].protected ?? false })),
    ...(plan.print ?? []).map((p) => ({ sheet: p.sheet, protected: layout?.print[p.kind].protected ?? false })),
  ];
}

/**
 * Sheet protection without a password, so that a hand edit of an output
 * takes a deliberate step (Review › Unprotect Sheet). Filtering and column
 * widths stay allowed. (Options failed with InvalidArgument in 2017,
 * OfficeDev/office-js#26, since fixed by Microsoft.)
 */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowAutoFilter: true, allowFormatColumns: true };

/**
 * Lifts the protection of the written sheets that have it, before anything
 * is written to them: a protected sheet refuses the API's writes with
 * AccessDenied. Only where it is on: `unprotect()` on an unprotected sheet
 * fails on some hosts (OfficeDev/office-js#6784). A sheet protected with a
 * password makes this fail, and the run with it, before anything is
 * written: Appraise does not know, and does not ask for, passwords.
 */
export function unprotectStep(plan: OutputPlan, layout: WorkbookLayout): Step[] {
  const sheets = sheetsWritten(plan, layout).filter((p) => p.protected);
  if (sheets.length === 0) return [];
  return [
    {
      bytes: COMMAND_BYTES * 2 * sheets.length,
      queue(env) {
        for (const p of sheets) env.context.workbook.worksheets.getItem(p.sheet).protection.unprotect();
      },
    },
  ];
}

/**
 * Protects every written sheet again, after the last write to it: those
 * whose protection was lifted and the new ones. `protect()` "fails if the
 * worksheet has already been protected" (@types/office-js,
 * WorksheetProtection.protect), and each of these sheets is unprotected at
 * this point.
 */
export function protectStep(plan: OutputPlan): Step {
  const sheets = sheetsWritten(plan, null);
  return {
    bytes: COMMAND_BYTES * 2 * sheets.length + jsonBytes(PROTECTION_OPTIONS) * sheets.length,
    queue(env) {
      for (const p of sheets) env.context.workbook.worksheets.getItem(p.sheet).protection.protect(PROTECTION_OPTIONS);
    },
  };
}
