/** What the page and its workers say to each other. */
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import type { Graded } from "./gradeBytes";
import type { Verified } from "./verifyBytes";

/** To the grading worker: grade a workbook (`appraise score`), or verify a graded copy (`appraise verify`). */
export type ToWorker =
  | {
      readonly type: "grade";
      readonly bytes: ArrayBuffer;
      readonly lang: Lang;
      /** The run's time, in milliseconds since the epoch. */
      readonly now: number;
    }
  | { readonly type: "verify"; readonly bytes: ArrayBuffer };

export type FromWorker =
  | { readonly type: "phase"; readonly phase: RunPhase }
  /**
   * The paperwork's print plans come as their JSON in UTF-8 (`print`, its
   * buffer transferred), `graded.print` null: as objects, the 150,000-row
   * workbook's letters took the page's main thread 0.4 s to receive.
   */
  | { readonly type: "done"; readonly graded: Graded; readonly print: Uint8Array | null }
  | { readonly type: "verified"; readonly verified: Verified }
  /** A bug: the run threw (a CopyDefect, say). */
  | { readonly type: "failed"; readonly message: string };

/** To the template worker: a new year's empty workbook (`appraise template --year Y --lang L`). */
export interface ToTemplateWorker {
  readonly year: number;
  /** The language of the tables' headers. */
  readonly lang: Lang;
}

export type FromTemplateWorker = { readonly type: "template"; readonly bytes: Uint8Array } | { readonly type: "failed"; readonly message: string };
