/**
 * The audit of an opened package (SPEC §7): the same audit as the pane's
 * (audit/auditWorkbook.ts), over the owned Results, RunLog and History the
 * package holds. `appraise verify` and the browser page both call it.
 */
import { grade } from "../../engine/grade";
import type { GradeResult } from "../../engine/types";
import { auditWorkbook } from "../audit/auditWorkbook";
import { NO_TABLE } from "../audit/loggedTable";
import type { ResultsAudit } from "../audit/auditResults";
import { OUTPUT_SHEETS } from "../port";
import type { OpenedPackage } from "./openPackage";
import { loggedTable, tableCells } from "./runLogRows";

/**
 * @param result the package's inputs graded, when the caller has graded them already (else graded here).
 * @example
 * verifyText(auditPackage(opened), "zh") // "考评结果与输入一致……"
 */
export function auditPackage(opened: OpenedPackage, result: GradeResult = grade({ tables: opened.tables })): ResultsAudit {
  const owned = (kind: "results" | "runlog" | "history") => opened.ownership[kind] === "owned";
  const cells = owned("results") ? tableCells(opened.pkg, OUTPUT_SHEETS.results) : null;
  const results =
    cells === null
      ? null
      : { sheet: OUTPUT_SHEETS.results.sheet, headerRow: cells.box.row, firstColumn: cells.box.column, header: cells.headers, rows: cells.body };
  return auditWorkbook({
    result,
    results,
    runLog: owned("runlog") ? loggedTable(opened.pkg, OUTPUT_SHEETS.runlog) : NO_TABLE,
    history: owned("history") ? loggedTable(opened.pkg, OUTPUT_SHEETS.history) : NO_TABLE,
  });
}
