/** What the page and its worker say to each other. */
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import type { Graded } from "./gradeBytes";

export interface ToWorker {
  readonly bytes: ArrayBuffer;
  readonly lang: Lang;
  /** The run's time, in milliseconds since the epoch. */
  readonly now: number;
}

export type FromWorker =
  | { readonly type: "phase"; readonly phase: RunPhase }
  /**
   * The paperwork's print plans come as their JSON in UTF-8 (`print`, its
   * buffer transferred), `graded.print` null: as objects, the 150,000-row
   * workbook's letters took the page's main thread 0.4 s to receive.
   */
  | { readonly type: "done"; readonly graded: Graded; readonly print: Uint8Array | null }
  /** A bug: the run threw (a CopyDefect, say). */
  | { readonly type: "failed"; readonly message: string };
