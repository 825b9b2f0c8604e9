/**
 * The adapter's write: replaces the Results and Warnings sheets' contents and
 * appends the RunLog row and the History block, in one batch (one sync) for
 * a normal plan, lifting the sheets' protection first and restoring it last.
 *
 * Text from the workbook is written as text, so "=SUM(A1)", "-x", "001" or
 * "2016-11-25" stay exactly as written. Where ExcelApi 1.16 is supported the
 * data cells go through `Range.valuesAsJson` as typed values (a String is
 * text, documented); elsewhere, and for headers and the RunLog row, each
 * cell that receives a string is first given the Text number format ("@"),
 * as typing into a Text cell does ("Format numbers as text": a cell
 * formatted as Text shows what was typed, formulas included). Either way a
 * string cell keeps the Text format, so later typing there stays text too.
 * No apostrophe is prepended: in a Text cell it would be kept as content,
 * and it is dropped on read (OfficeDev/office-js#6687), so it cannot
 * round-trip.
 *
 * A plan too big for one request (over the 4 MB budget, measured) is written
 * in several syncs: the first one clears and re-creates the sheets with the
 * first rows, so the previous Results stay intact if it fails; the RunLog row
 * goes in the last one, so a run whose write was cut short leaves no RunLog
 * row. Screen updating is suspended for each sync where the host supports it
 * (ExcelApi 1.9); calculation for every sync but the last (see writePlan).
 */
import type { OutputPlan } from "../port";
import { appendSteps } from "./appendSteps";
import { runBatch, type ExcelRunner } from "./excelRun";
import type { WorkbookLayout } from "../layout";
import { packBySize, SYNC_BUDGET_BYTES } from "./payload";
import { printSteps } from "./printSteps";
import { protectStep, unprotectStep } from "./protectionSteps";
import { replaceSheetSteps } from "./replaceSheetSteps";
import type { Step, WriteEnv } from "./step";

export { widthPoints } from "./columnWidths";

export interface WriteOptions {
  /** Bytes one sync may carry. */
  readonly budgetBytes?: number;
  /** Also suspend screen updating for each sync (ExcelApi 1.9). */
  readonly suspendScreenUpdating?: boolean;
  /** Resize owned tables with Table.resize (ExcelApi 1.13), else by deleting and adding rows. */
  readonly canResize?: boolean;
  /** Write data cells as typed values through `Range.valuesAsJson` (ExcelApi 1.16), else through `Range.values`. */
  readonly valuesAsJson?: boolean;
  /** Page setup and page breaks of the print sheets (ExcelApi 1.9). */
  readonly pageSetup?: boolean;
}

/** Data rows are cut into steps of about a quarter of the budget, so steps pack well into syncs. */
const STEPS_PER_SYNC = 4;

/**
 * Every step of the plan, in order: protection lifted, Results, Warnings, the
 * print sheets, the History block, the RunLog row, protection restored.
 */
export function planSteps(plan: OutputPlan, layout: WorkbookLayout, budget: number, canResize = false, asJson = false, pageSetup = false): Step[] {
  const stepBytes = budget / STEPS_PER_SYNC;
  return [
    ...unprotectStep(plan, layout),
    ...(plan.results === null ? [] : replaceSheetSteps(plan.results, layout.outputs.results, stepBytes, canResize, asJson)),
    ...replaceSheetSteps(plan.warnings, layout.outputs.warnings, stepBytes, canResize, asJson),
    ...(plan.print ?? []).flatMap((p) => printSteps(p.kind, p, layout.print[p.kind], pageSetup, stepBytes)),
    // History before the RunLog row, which stays last: a write cut short leaves no RunLog row.
    ...(plan.history === null ? [] : appendSteps(plan.history, layout.outputs.history, layout.history, stepBytes, canResize)),
    ...appendSteps(plan.runLog, layout.outputs.runlog, layout.runLog, stepBytes, canResize),
    protectStep(plan),
  ];
}

/**
 * Writes the plan: one sync for a plan within the budget, else as few as the
 * measured sizes allow. Returns the number of syncs.
 *
 * Calculation is suspended for every sync but the last, so dependent
 * formulas are not recalculated over half-written results; the last sync
 * is not suspended, so Excel's automatic calculation brings every formula
 * and PivotTable cache that reads the outputs up to date once, at its end
 * (suspendApiCalculationUntilNextSync leaves recalculation to the add-in).
 * A normal plan is one sync, and so is never suspended.
 */
export async function writePlan(run: ExcelRunner, plan: OutputPlan, layout: WorkbookLayout, options: WriteOptions = {}): Promise<number> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const groups = packBySize(
    planSteps(plan, layout, budget, options.canResize ?? false, options.valuesAsJson ?? false, options.pageSetup ?? false),
    (s) => s.bytes,
    budget,
  );
  return runBatch(run, async (context) => {
    const env: WriteEnv = { context, sheets: new Map(), printSheets: new Map() };
    for (const [i, group] of groups.entries()) {
      if (i < groups.length - 1) context.workbook.application.suspendApiCalculationUntilNextSync();
      if (options.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const step of group) step.queue(env);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group of at most the budget (Excel on the web rejects requests over 5 MB); a normal plan is one group
      await context.sync();
    }
    return groups.length;
  });
}
