/**
 * A part of the adapter's write (see writePlan.ts): the commands it queues
 * on a request context, and their estimated request size, by which parts
 * are packed into syncs.
 */
import type { OutputKind, PrintKind } from "../port";

export interface WriteEnv {
  readonly context: Excel.RequestContext;
  readonly sheets: Map<OutputKind, Excel.Worksheet>;
  readonly printSheets: Map<PrintKind, Excel.Worksheet>;
}

/** A part of the write with its estimated request size; parts are queued in order, several per sync. */
export interface Step {
  readonly bytes: number;
  queue(env: WriteEnv): void;
}
