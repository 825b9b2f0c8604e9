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
  | { readonly type: "done"; readonly graded: Graded }
  /** A bug: the run threw (a CopyDefect, say). */
  | { readonly type: "failed"; readonly message: string };
