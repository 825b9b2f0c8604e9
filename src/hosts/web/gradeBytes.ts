/**
 * `appraise score` from bytes to bytes, for the page: opens the file as a
 * package, grades it through the package port and gives the copy's bytes,
 * or says why the file is not a workbook (the command line's words). No
 * Node: it runs in the page's Web Worker.
 */
import type { GradeResult, Lang } from "../../engine/types";
import { runAppraisal, type RunPhase } from "../../workbook/runAppraisal";
// Module by module, not through xlsx/index.ts, which also gives the command line its atomic file writes (node:fs).
import { openPackage } from "../../workbook/xlsx/openPackage";
import { openProblemText } from "../../workbook/xlsx/openProblemText";
import { createPackagePort } from "../../workbook/xlsx/packagePort";
import { VERSION } from "../../version";
import type { PrintSheetPlan } from "../../workbook/print/printPlan";

export type Graded =
  | {
      readonly ok: true;
      readonly result: GradeResult;
      readonly written: boolean;
      readonly copy: Uint8Array | null;
      /** The paperwork (考评通报, 反馈单) the copy's print sheets hold, for the print view; null when no copy or no paperwork was written. */
      readonly print: readonly PrintSheetPlan[] | null;
    }
  | { readonly ok: false; readonly reason: Readonly<Record<Lang, string>> };

/**
 * @example
 * const graded = await gradeBytes(bytes, "zh", new Date());
 * if (graded.ok && graded.copy) download(graded.copy, "book.graded.xlsx");
 */
export async function gradeBytes(bytes: Uint8Array, lang: Lang, now: Date, onPhase?: (phase: RunPhase) => void): Promise<Graded> {
  const opened = openPackage(bytes);
  if (!opened.ok) return { ok: false, reason: { zh: openProblemText(opened.problem, "zh"), en: openProblemText(opened.problem, "en") } };
  const port = createPackagePort(opened.opened);
  const outcome = await runAppraisal(port, { lang, version: VERSION, now, onPhase });
  return {
    ok: true,
    result: outcome.result,
    written: outcome.written,
    copy: outcome.written ? port.copy() : null,
    print: outcome.written ? outcome.plan.print : null,
  };
}
