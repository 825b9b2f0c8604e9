/**
 * The write, retried smaller when Excel says a request was too big
 * (RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded), as
 * reads are: the byte budget is an estimate, and Excel on the web's limit
 * (5 MB) is what decides.
 *
 * Such a sync is refused before anything in it runs, so what the earlier
 * syncs wrote stands, and the RunLog row, in the last group, has not been
 * written: the retry reads the output sheets' layout again (an earlier
 * group may have created a sheet or table) and writes the whole plan again
 * with half the budget, so the RunLog row is appended exactly once.
 */
import type { OutputPlan } from "../port";
import type { ExcelRunner } from "./excelRun";
import type { WorkbookLayout } from "../layout";
import { isPayloadError, SYNC_BUDGET_BYTES } from "./payload";
import { readLayout } from "./readWorkbook";
import { writePlan, type WriteOptions } from "./writePlan";

/** Halvings before giving up: 4 MB → 256 KB a sync. */
export const MAX_SHRINKS = 4;

/**
 * Writes the plan; on a payload error, again with half the budget (at most
 * MAX_SHRINKS times). Returns the syncs of the attempt that succeeded.
 * @example
 * await writeShrinking(Excel.run, plan, layout) //=> 1
 */
export async function writeShrinking(run: ExcelRunner, plan: OutputPlan, layout: WorkbookLayout, options: WriteOptions = {}): Promise<number> {
  let budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  let known = layout;
  for (let shrinks = 0; ; shrinks++) {
    try {
      return await writePlan(run, plan, known, { ...options, budgetBytes: budget });
    } catch (e) {
      if (!isPayloadError(e) || shrinks === MAX_SHRINKS) throw e;
      budget /= 2;
      known = await readLayout(run);
    }
  }
}
