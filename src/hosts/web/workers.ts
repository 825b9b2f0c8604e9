/**
 * Grades a file in the page's Web Worker, made from the worker's code that
 * the build inlines in appraise.html (<script type="text/x-appraise-worker">):
 * a Blob URL, which the page's Content-Security-Policy allows for workers
 * only. One worker per file, ended when it answers.
 */
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import type { Graded } from "./gradeBytes";
import type { FromWorker, ToWorker } from "./messages";

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

/** Throws when the worker could not be made or the run threw (a bug). */
export async function gradeInWorker(bytes: ArrayBuffer, lang: Lang, onPhase: (phase: RunPhase) => void): Promise<Graded> {
  const worker = makeWorker();
  try {
    return await new Promise<Graded>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === "phase") onPhase(m.phase);
        else if (m.type === "done") resolve(m.graded);
        else reject(new Error(m.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || "the worker failed"));
      const message: ToWorker = { bytes, lang, now: Date.now() };
      worker.postMessage(message, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
