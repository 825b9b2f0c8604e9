/**
 * The page's Web Worker: grades the bytes it is sent and posts back the
 * phases as they pass, then the result and the copy (its buffer transferred,
 * not copied); or verifies a graded copy. The page builds it from its own
 * inlined source (a Blob), so appraise.html stays one file.
 */
import type { Lang } from "../../engine/types";
import { gradeBytes } from "./gradeBytes";
import type { FromWorker, ToWorker } from "./messages";
import { verifyBytes } from "./verifyBytes";

const post = (message: FromWorker, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

const failed = (e: unknown): FromWorker => ({ type: "failed", message: e instanceof Error ? e.message : String(e) });

async function grade(bytes: Uint8Array, lang: Lang, now: Date): Promise<void> {
  try {
    const graded = await gradeBytes(bytes, lang, now, (phase) => post({ type: "phase", phase }));
    const plans = graded.ok && graded.print !== null && graded.print.length > 0 ? graded.print : null;
    const print = plans === null ? null : new TextEncoder().encode(JSON.stringify(plans));
    const transfer = [graded.ok ? graded.copy?.buffer : undefined, print?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    post({ type: "done", graded: graded.ok ? { ...graded, print: null } : graded, print }, transfer);
  } catch (e) {
    post(failed(e));
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === "grade") {
    void grade(new Uint8Array(m.bytes), m.lang, new Date(m.now));
    return;
  }
  try {
    post({ type: "verified", verified: verifyBytes(new Uint8Array(m.bytes)) });
  } catch (e) {
    post(failed(e));
  }
};
