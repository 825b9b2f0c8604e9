/**
 * Grades a file in the page's Web Worker, made from the worker's code that
 * the build inlines in appraise.html (<script type="text/x-appraise-worker">):
 * a Blob URL, which the page's Content-Security-Policy allows for workers
 * only. One worker per file, ended when it answers; the next file's worker
 * is made ahead (prepareWorker), so its code is compiled while the page waits
 * for a file rather than after one is chosen.
 */
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import type { PrintSheetPlan } from "../../workbook/print/printPlan";
import type { Graded } from "./gradeBytes";
import type { FromWorker, ToWorker } from "./messages";

/** The print plans, read from the worker's JSON when first asked for (printing). */
export type LazyPlans = () => readonly PrintSheetPlan[];

/** What the page shows: the worker's Graded, with the paperwork read only when printed. */
export type PageGraded = Exclude<Graded, { ok: true }> | (Omit<Extract<Graded, { ok: true }>, "print"> & { readonly print: LazyPlans | null });

function lazyPlans(json: Uint8Array): LazyPlans {
  let plans: readonly PrintSheetPlan[] | null = null;
  return () => (plans ??= JSON.parse(new TextDecoder().decode(json)) as PrintSheetPlan[]);
}

export const WORKER_SOURCE_ID = "appraise-worker";

let workerUrl: string | null = null;

function makeWorker(): Worker {
  if (workerUrl === null) {
    const source = document.getElementById(WORKER_SOURCE_ID)?.textContent;
    if (!source) throw new Error("the page has no worker code (#appraise-worker)");
    workerUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  }
  return new Worker(workerUrl);
}

let spare: Worker | null = null;

/** Makes the next file's worker now, while the page waits (at start, and after each file). */
export function prepareWorker(): void {
  spare ??= makeWorker();
}

function takeWorker(): Worker {
  const worker = spare ?? makeWorker();
  spare = null;
  return worker;
}

/** Throws when the worker could not be made or the run threw (a bug). */
export async function gradeInWorker(bytes: ArrayBuffer, lang: Lang, onPhase: (phase: RunPhase) => void): Promise<PageGraded> {
  const worker = takeWorker();
  try {
    return await new Promise<PageGraded>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === "phase") onPhase(m.phase);
        else if (m.type === "done") resolve(m.graded.ok ? { ...m.graded, print: m.print === null ? null : lazyPlans(m.print) } : m.graded);
        else reject(new Error(m.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || "the worker failed"));
      const message: ToWorker = { bytes, lang, now: Date.now() };
      worker.postMessage(message, [bytes]);
    });
  } finally {
    worker.terminate();
    prepareWorker();
  }
}
