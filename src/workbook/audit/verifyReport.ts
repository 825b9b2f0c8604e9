/**
 * What `verify` says (SPEC §7), in words and as JSON, for every host that
 * verifies a graded copy: the command line (`appraise verify`) and the
 * browser page. The audit itself is auditWorkbook.ts's.
 */
import type { Lang } from "../../engine/types";
import { OUTPUT_SHEETS } from "../port";
import { VERSION } from "../../version";
import { auditFindings, auditHeadline, describeEdit, type ResultsAudit } from "./auditResults";

/** A part of the file that is not well-formed XML (the package adapter's CopyDefect). */
export interface DamagedPart {
  /** The part at fault, e.g. `xl/workbook.xml`. */
  readonly part: string;
  /** What is wrong with it (the XML parser's words, untranslated). */
  readonly reason: string;
}

/** Exit 0 (SPEC §7): Results match the inputs, the inputs are those of the last run, and the record's chain holds. */
export function auditPasses(audit: ResultsAudit): boolean {
  return audit.hasResults && audit.matchesInputs === true && audit.edited.length === 0 && !audit.inputsChanged && audit.record?.brokenAt == null;
}

const T = {
  zh: {
    noResults: (s: string) => `没有可核对的“${s}”表格（尚未评定，或不是 Appraise 创建的）。`,
    noRun: "运行记录中没有上次运行的记录。",
    damaged: (d: DamagedPart) =>
      `工作簿的部件 ${d.part} 不是合格的 XML（${d.reason}），Excel、WPS 或 LibreOffice 可能打不开或修复时丢掉内容。若它是 Appraise 写出的副本，请用当前版本重新评定原工作簿（appraise score 原文件.xlsx --force）；否则请用写出它的程序另存一份再核对。`,
  },
  en: {
    noResults: (s: string) => `There is no ${s} table to verify (not graded yet, or not created by Appraise).`,
    noRun: "The RunLog records no earlier run.",
    damaged: (d: DamagedPart) =>
      `The workbook's part ${d.part} is not well-formed XML (${d.reason}): Excel, WPS or LibreOffice may refuse to open it or drop content repairing it. If Appraise wrote this copy, grade the original again with this version (appraise score original.xlsx --force); otherwise save it again from the program that wrote it and verify that copy.`,
  },
} as const;

/** The summary a person reads: the headline, then each differing cell. */
export function verifyText(audit: ResultsAudit, lang: Lang, damaged: DamagedPart | null = null): string {
  const sheet = OUTPUT_SHEETS.results.sheet;
  const lines: string[] = damaged === null ? [] : [T[lang].damaged(damaged)];
  if (!audit.hasResults) lines.push(T[lang].noResults(sheet));
  lines.push(auditHeadline(audit, sheet, lang));
  for (const e of audit.edited) lines.push(`  ${describeEdit(e, lang)}`);
  lines.push(...auditFindings(audit, lang));
  if (audit.lastRunFingerprint === null) lines.push(T[lang].noRun);
  return lines.join("\n") + "\n";
}

/** The JSON of a verify: the audit's facts and each differing cell with its message. */
export function verifyJson(audit: ResultsAudit, lang: Lang, damaged: DamagedPart | null = null): string {
  const report = {
    appraiseVersion: VERSION,
    matches: auditPasses(audit) && damaged === null,
    damagedPart: damaged === null ? null : { part: damaged.part, reason: damaged.reason, message: T[lang].damaged(damaged) },
    hasResults: audit.hasResults,
    matchesInputs: audit.matchesInputs === true,
    inputsChanged: audit.inputsChanged,
    inputFingerprint: audit.inputFingerprint,
    lastRunFingerprint: audit.lastRunFingerprint,
    asWritten: audit.asWritten ?? "unknown",
    editsUnattributed: audit.editsUnattributed === true,
    edited: audit.edited.map((e) => ({ ...e, message: describeEdit(e, lang) })),
    record: audit.record ?? null,
    findings: auditFindings(audit, lang),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
