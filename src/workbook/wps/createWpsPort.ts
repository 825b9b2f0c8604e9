/**
 * The WPS 表格 adapter of the workbook port (see ../port.ts): the input
 * tables read and the owned sheets written through WPS's object model
 * (WPS 加载项, `wps.EtApplication().ActiveWorkbook`), typed by ./facade.ts.
 * The model is synchronous, so there are no batches or payload budgets as
 * in the Office.js adapter; the layout the read learnt is reused by the
 * write that follows, as there.
 */
import type { OutputPlan, WorkbookPort, WorkbookSnapshot } from "../port";
import type { WorkbookLayout } from "../layout";
import type { WpsWorkbook } from "./facade";
import { readWps, viewOf, wpsLayout } from "./readWps";
import { writeWps } from "./writeWps";

/**
 * @example
 * const port = createWpsPort(() => wps.EtApplication().ActiveWorkbook);
 * await runAppraisal(port, { lang: "zh", version: VERSION, now: new Date() });
 */
export function createWpsPort(workbook: () => WpsWorkbook): WorkbookPort {
  let layout: WorkbookLayout | null = null;
  return {
    async read(): Promise<WorkbookSnapshot> {
      const result = readWps(workbook());
      layout = result.layout;
      return result.snapshot;
    },
    async write(plan: OutputPlan): Promise<void> {
      const wb = workbook();
      const known = layout ?? wpsLayout(viewOf(wb));
      layout = null;
      writeWps(wb, plan, known);
    },
  };
}
