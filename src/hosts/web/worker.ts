/**
 * The page's Web Worker: grades the bytes it is sent and posts back the
 * phases as they pass, then the result and the copy (its buffer transferred,
 * not copied). The page builds it from its own inlined source (a Blob), so
 * appraise.html stays one file.
 */
import type { Lang } from "../../engine/types";
import { gradeBytes } from "./gradeBytes";
import type { FromWorker, ToWorker } from "./messages";

const post = (message: FromWorker, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(message, transfer);

async function handle(bytes: Uint8Array, lang: Lang, now: Date): Promise<void> {
  try {
    const graded = await gradeBytes(bytes, lang, now, (phase) => post({ type: "phase", phase }));
    post({ type: "done", graded }, graded.ok && graded.copy !== null ? [graded.copy.buffer as ArrayBuffer] : []);
  } catch (e) {
    post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void handle(new Uint8Array(event.data.bytes), event.data.lang, new Date(event.data.now));
};
