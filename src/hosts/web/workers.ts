/**
 * The page's Web Workers, made from the workers' code that the build inlines
 * in appraise.html (<script type="text/x-appraise-worker">): Blob URLs,
 * which the page's Content-Security-Policy allows for workers only. One
 * worker per task, ended when it answers. The grading worker grades and
 * verifies; the next one is made ahead (prepareWorker), so its code is
 * compiled while the page waits for a file rather than after one is chosen.
 * The template worker (ExcelJS) writes a new year's workbook.
 */
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";
import type { PrintSheetPlan } from "../../workbook/print/printPlan";
import type { Graded } from "./gradeBytes";
import type { FromTemplateWorker, FromWorker, ToTemplateWorker, ToWorker } from "./messages";
import type { Verified } from "./verifyBytes";

export const WORKER_SOURCE_ID = "appraise-worker";
export const TEMPLATE_WORKER_SOURCE_ID = "appraise-template-worker";

/** The print plans, read from the worker's JSON when first asked for (printing). */
export type LazyPlans = () => readonly PrintSheetPlan[];

/** What the page shows: the worker's Graded, with the paperwork read only when printed. */
export type PageGraded = Exclude<Graded, { ok: true }> | (Omit<Extract<Graded, { ok: true }>, "print"> & { readonly print: LazyPlans | null });

function lazyPlans(json: Uint8Array): LazyPlans {
  let plans: readonly PrintSheetPlan[] | null = null;
  return () => (plans ??= JSON.parse(new TextDecoder().decode(json)) as PrintSheetPlan[]);
}

const workerUrls = new Map<string, string>();

function makeWorker(id: string): Worker {
  let url = workerUrls.get(id);
  if (url === undefined) {
    const source = document.getElementById(id)?.textContent;
    if (!source) throw new Error(`the page has no worker code (#${id})`);
    url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    workerUrls.set(id, url);
  }
  return new Worker(url);
}

let spare: Worker | null = null;

/** Makes the next grading worker now, while the page waits (at start, and after each task). */
export function prepareWorker(): void {
  spare ??= makeWorker(WORKER_SOURCE_ID);
}

function takeWorker(id: string): Worker {
  if (id !== WORKER_SOURCE_ID) return makeWorker(id);
  const worker = spare ?? makeWorker(id);
  spare = null;
  return worker;
}

/**
 * Sends `message` to a new worker made from `id`'s code and resolves to what
 * `answer` makes of the replies (undefined: not yet). Rejects when the worker
 * could not be made or failed (a bug).
 */
async function ask<In, Out, T>(id: string, message: In, transfer: Transferable[], answer: (m: Out) => T | undefined): Promise<T> {
  const worker = takeWorker(id);
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Out>) => {
        try {
          const done = answer(event.data);
          if (done !== undefined) resolve(done);
        } catch (e) {
          reject(e);
        }
      };
      worker.onerror = (event) => reject(new Error(event.message || "the worker failed"));
      worker.postMessage(message, transfer);
    });
  } finally {
    worker.terminate();
    if (id === WORKER_SOURCE_ID) prepareWorker();
  }
}

/** The failure a worker reports: a bug in Appraise. */
function failure(m: { readonly type: "failed"; readonly message: string }): never {
  throw new Error(m.message);
}

/** Grades a workbook (`appraise score`); throws when the run threw (a bug). */
export function gradeInWorker(bytes: ArrayBuffer, lang: Lang, onPhase: (phase: RunPhase) => void): Promise<PageGraded> {
  const message: ToWorker = { type: "grade", bytes, lang, now: Date.now() };
  return ask<ToWorker, FromWorker, PageGraded>(WORKER_SOURCE_ID, message, [bytes], (m) => {
    if (m.type === "phase") onPhase(m.phase);
    else if (m.type === "done") return m.graded.ok ? { ...m.graded, print: m.print === null ? null : lazyPlans(m.print) } : m.graded;
    else if (m.type === "failed") failure(m);
    return undefined;
  });
}

/** Verifies a graded copy (`appraise verify`). */
export function verifyInWorker(bytes: ArrayBuffer): Promise<Verified> {
  const message: ToWorker = { type: "verify", bytes };
  return ask<ToWorker, FromWorker, Verified>(WORKER_SOURCE_ID, message, [bytes], (m) => {
    if (m.type === "verified") return m.verified;
    if (m.type === "failed") failure(m);
    return undefined;
  });
}

/** A new year's empty workbook (`appraise template --year Y --lang L`), as the bytes of an .xlsx file. */
export function templateInWorker(year: number, lang: Lang): Promise<Uint8Array> {
  const message: ToTemplateWorker = { year, lang };
  return ask<ToTemplateWorker, FromTemplateWorker, Uint8Array>(TEMPLATE_WORKER_SOURCE_ID, message, [], (m) => (m.type === "template" ? m.bytes : failure(m)));
}
