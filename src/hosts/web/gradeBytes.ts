/**
 * `appraise score` from bytes to bytes, for the page: opens the file as a
 * package, grades it through the package port and gives the copy's bytes,
 * or says why the file is not a workbook (the command line's words). A
 * workbook that already holds Appraise's results is audited as it came (the
 * hand edits in the owned sheets, as the pane's audit when it opens) and the
 * run says which units changed since the last one. No Node: it runs in the
 * page's Web Worker.
 */
import type { GradeResult, Lang } from "../../engine/types";
import type { ResultsAudit } from "../../workbook/audit/auditResults";
import type { ChangesSinceLastRun } from "../../workbook/history/changes";
import { runAppraisal, type RunPhase } from "../../workbook/runAppraisal";
// Module by module, not through xlsx/index.ts, which also gives the command line its atomic file writes (node:fs).
import { auditPackage } from "../../workbook/xlsx/auditPackage";
import { openPackage } from "../../workbook/xlsx/openPackage";
import { openProblemText } from "../../workbook/xlsx/openProblemText";
import { createPackagePort } from "../../workbook/xlsx/packagePort";
import { VERSION } from "../../version";
import type { PrintSheetPlan } from "../../workbook/print/printPlan";

/** Why a file could not be opened, in both languages (the page can switch after). */
export type Refused = { readonly ok: false; readonly reason: Readonly<Record<Lang, string>> };

export type Graded =
  | {
      readonly ok: true;
      readonly result: GradeResult;
      readonly written: boolean;
      readonly copy: Uint8Array | null;
      /** The paperwork (考评通报, 反馈单) the copy's print sheets hold, for the print view; null when no copy or no paperwork was written. */
      readonly print: readonly PrintSheetPlan[] | null;
      /** The units whose composite, rank or tier changed since the workbook's last History block. */
      readonly changes: ChangesSinceLastRun;
      /** The workbook's Results as they came, audited (hand edits, the record's chain); null when it held none of Appraise's. */
      readonly audit: ResultsAudit | null;
    }
  | Refused;

/** The command line's reason a file is not a workbook, in both languages. */
export const refusal = (problem: Parameters<typeof openProblemText>[0]): Refused => ({
  ok: false,
  reason: { zh: openProblemText(problem, "zh"), en: openProblemText(problem, "en") },
});

/**
 * @example
 * const graded = await gradeBytes(bytes, "zh", new Date());
 * if (graded.ok && graded.copy) download(graded.copy, "book.graded.xlsx");
 */
export async function gradeBytes(bytes: Uint8Array, lang: Lang, now: Date, onPhase?: (phase: RunPhase) => void): Promise<Graded> {
  const opened = openPackage(bytes);
  if (!opened.ok) return refusal(opened.problem);
  const port = createPackagePort(opened.opened);
  const outcome = await runAppraisal(port, { lang, version: VERSION, now, onPhase });
  // The run graded these very inputs; with an OUTPUT_CONFLICT its result carries one more diagnostic, so the audit grades them itself.
  const audit = opened.opened.ownership.results === "owned" ? auditPackage(opened.opened, outcome.written ? outcome.result : undefined) : null;
  return {
    ok: true,
    result: outcome.result,
    written: outcome.written,
    copy: outcome.written ? port.copy() : null,
    print: outcome.written ? outcome.plan.print : null,
    changes: outcome.changes,
    audit,
  };
}
