/**
 * The Office.js adapter of the workbook port (see ../port.ts).
 *
 * `read` takes one sync for a normal workbook; `write` takes one sync for a
 * normal plan, because it reuses what the read just learnt about the output
 * sheets (a write not preceded by a read first spends one sync to learn it).
 * Requires ExcelApi 1.9, as the manifest does (hyperlinks and freezeRows are 1.7; page layout 1.9).
 */
import type { OutputPlan, WorkbookPort, WorkbookSnapshot } from "../port";
import { officeRun, supportsExcelApi, type ExcelRunner } from "./excelRun";
import type { WorkbookLayout } from "../layout";
import { readLayout, readWorkbook, type ReadOptions } from "./readWorkbook";
import { loadRunModules } from "./loadRunModules";
import type { WriteOptions } from "./writePlan";

export interface ExcelPortOptions extends ReadOptions, WriteOptions {
  /** Called after each write with the number of syncs it took (for diagnostics and tests). */
  readonly onWritten?: (syncs: number) => void;
}

/**
 * @example
 * const port = createExcelPort();
 * await runAppraisal(port, { lang: "zh", version: VERSION, now: new Date() });
 */
export function createExcelPort(run: ExcelRunner = officeRun, options: ExcelPortOptions = {}): WorkbookPort {
  // ExcelApi 1.9 (suspendScreenUpdatingUntilNextSync, pageLayout) is what the manifest requires: no check.
  const suspendScreenUpdating = options.suspendScreenUpdating ?? true;
  const canResize = options.canResize ?? supportsExcelApi("1.13");
  const valuesAsJson = options.valuesAsJson ?? supportsExcelApi("1.16");
  const pageSetup = options.pageSetup ?? true;
  let layout: WorkbookLayout | null = null;
  return {
    async read(): Promise<WorkbookSnapshot> {
      const result = await readWorkbook(run, options);
      layout = result.layout;
      return result.snapshot;
    },
    async write(plan: OutputPlan): Promise<void> {
      const known = layout ?? (await readLayout(run));
      // The write changes the output sheets: the next write must look again.
      layout = null;
      // Only a run writes: the writer is in the run's chunk with the engine (see loadRunModules).
      const { writeShrinking } = await loadRunModules();
      const syncs = await writeShrinking(run, plan, known, { ...options, suspendScreenUpdating, canResize, valuesAsJson, pageSetup });
      options.onWritten?.(syncs);
    },
  };
}
