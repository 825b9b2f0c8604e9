/**
 * Progress on a terminal: the current phase (read, check, grade, write) on one
 * stderr line, shown only once a run has taken half a second, so quick runs
 * stay quiet. Never shown when stderr is not a terminal.
 */
import type { Lang } from "../engine/types";
import type { RunPhase } from "../workbook/runAppraisal";
import type { CliIo } from "./io";

const LABELS: Readonly<Record<RunPhase, { readonly zh: string; readonly en: string }>> = {
  read: { zh: "读取工作簿", en: "Reading the workbook" },
  check: { zh: "检查输出工作表", en: "Checking the output sheets" },
  grade: { zh: "评定", en: "Grading" },
  write: { zh: "写入结果", en: "Writing the results" },
};

export interface Progress {
  phase(phase: RunPhase): void;
  /** Clears the progress line. */
  done(): void;
}

export const SHOW_AFTER_MS = 500;

export function createProgress(io: CliIo, lang: Lang, clock: () => number = Date.now): Progress {
  if (!io.stderrIsTTY) return { phase: () => undefined, done: () => undefined };
  const start = clock();
  let current: RunPhase | null = null;
  let shown = false;
  const render = (): void => {
    if (current === null || clock() - start < SHOW_AFTER_MS) return;
    const seconds = ((clock() - start) / 1000).toFixed(1);
    io.stderr(`\r\x1b[K${LABELS[current][lang]}… ${seconds} s`);
    shown = true;
  };
  // Async phases (file reads and writes) let the timer tick; synchronous ones
  // (grading) are shown when they begin.
  const timer = setInterval(render, 200);
  timer.unref();
  return {
    phase(phase) {
      current = phase;
      render();
    },
    done() {
      clearInterval(timer);
      if (shown) io.stderr("\r\x1b[K");
    },
  };
}
