/**
 * One run, the same for every host: read the workbook through the port, grade,
 * lay out the outputs and write them. A sheet with an output's name that
 * Appraise did not create blocks the whole write (OUTPUT_CONFLICT): nothing is
 * written, so a failed run leaves the previous results in place.
 */
import { cellRange } from "../engine/address";
import { grade } from "../engine/grade";
import { diagnostic } from "../engine/messages";
import { sortDiagnostics } from "../engine/sortDiagnostics";
import type { Diagnostic, GradeResult, Lang } from "../engine/types";
import { changesSince, type ChangesSinceLastRun } from "./history/changes";
import { buildOutputPlan } from "./outputs";
import { foreignSheets } from "./ownership";
import type { OutputPlan, WorkbookPort, WorkbookSnapshot } from "./port";

export type RunPhase = "read" | "check" | "grade" | "write";

export interface RunOptions {
  readonly lang: Lang;
  /** Appraise's version, written to the RunLog. */
  readonly version: string;
  /** The run's time, written to the RunLog (ISO 8601). */
  readonly now: Date;
  readonly onPhase?: (phase: RunPhase) => void;
}

export interface RunOutcome {
  /** The engine's result, with OUTPUT_CONFLICT diagnostics added. */
  readonly result: GradeResult;
  /** The plan that was (or, on conflict, would have been) written. */
  readonly plan: OutputPlan;
  /** True when the outputs were written. */
  readonly written: boolean;
  /** The units whose composite, rank or tier changed since the last History block. */
  readonly changes: ChangesSinceLastRun;
}

/** Reads, grades and writes. Host failures propagate as the port's rejections. */
/**
 * The outputs of a result as a run at `options.now` writes them over what
 * the port read: the History block after the last one, the RunLog row
 * chained to the last row's digest.
 */
export function planOf(result: GradeResult, snapshot: WorkbookSnapshot, options: Pick<RunOptions, "lang" | "version" | "now">): OutputPlan {
  const lastHistory = snapshot.history ?? null;
  const previousChainDigest = snapshot.lastChainDigest ?? "";
  return buildOutputPlan(result, { lang: options.lang, version: options.version, now: options.now, lastHistory, previousChainDigest });
}

export async function runAppraisal(port: WorkbookPort, options: RunOptions): Promise<RunOutcome> {
  options.onPhase?.("read");
  const snapshot = await port.read();
  options.onPhase?.("check");
  const conflicts: Diagnostic[] = foreignSheets(snapshot.ownership, snapshot.printOwnership).map((sheet) =>
    diagnostic("OUTPUT_CONFLICT", { at: cellRange(sheet, 1, 1) }, { sheet }),
  );
  options.onPhase?.("grade");
  const graded = grade(snapshot.input);
  const result: GradeResult = conflicts.length === 0 ? graded : { ...graded, diagnostics: sortDiagnostics([...conflicts, ...graded.diagnostics]) };
  const plan = planOf(result, snapshot, options);
  const changes = changesSince(snapshot.history ?? null, result);
  if (conflicts.length > 0) return { result, plan, written: false, changes };
  options.onPhase?.("write");
  await port.write(plan);
  return { result, plan, written: true, changes };
}
