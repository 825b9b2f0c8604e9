/**
 * `appraise verify <graded.xlsx>` (SPEC §7): audits a graded workbook without
 * changing it, by the audit every host shares (audit/auditWorkbook.ts): its
 * inputs graded again, its Results against the output fingerprint of the run
 * that wrote them, the inputs' fingerprint against the last RunLog row, and
 * the record's chain. Exit 0 when Results match the inputs, the inputs are
 * those of the last run and the chain holds (and every XML part of the file
 * parses with its namespaces); 1 otherwise; 2 when the file cannot be read.
 */
import * as path from "node:path";
import { grade } from "../engine/grade";
import type { Lang } from "../engine/types";
import { auditWorkbook } from "../workbook/audit/auditWorkbook";
import { NO_TABLE } from "../workbook/audit/loggedTable";
import { auditFindings, auditHeadline, describeEdit, type ResultsAudit } from "../workbook/audit/auditResults";
import { OUTPUT_SHEETS } from "../workbook/port";
import type { OpenedPackage } from "../workbook/xlsx/openPackage";
import { firstDamagedPart, type CopyDefect } from "../workbook/xlsx/copyDefect";
import { loggedTable, tableCells } from "../workbook/xlsx/runLogRows";
import { VERSION } from "../version";
import { EXIT } from "./exit";
import type { CliIo } from "./io";
import { loadInput, writeJson } from "./score";

export interface VerifyOptions {
  readonly input: string;
  /** A file for the JSON report, or "-" for stdout. */
  readonly json?: string;
  readonly lang: Lang;
}

/** The audit of an opened package: the same audit as the pane's (audit/auditWorkbook.ts). */
export function auditPackage(opened: OpenedPackage): ResultsAudit {
  const owned = (kind: "results" | "runlog" | "history") => opened.ownership[kind] === "owned";
  const cells = owned("results") ? tableCells(opened.pkg, OUTPUT_SHEETS.results) : null;
  const results =
    cells === null
      ? null
      : { sheet: OUTPUT_SHEETS.results.sheet, headerRow: cells.box.row, firstColumn: cells.box.column, header: cells.headers, rows: cells.body };
  return auditWorkbook({
    result: grade({ tables: opened.tables }),
    results,
    runLog: owned("runlog") ? loggedTable(opened.pkg, OUTPUT_SHEETS.runlog) : NO_TABLE,
    history: owned("history") ? loggedTable(opened.pkg, OUTPUT_SHEETS.history) : NO_TABLE,
  });
}

/** Exit 0 (SPEC §7): Results match the inputs, the inputs are those of the last run, and the record's chain holds. */
export function auditPasses(audit: ResultsAudit): boolean {
  return audit.hasResults && audit.matchesInputs === true && audit.edited.length === 0 && !audit.inputsChanged && audit.record?.brokenAt == null;
}

const T = {
  zh: {
    noResults: (s: string) => `没有可核对的“${s}”表格（尚未评定，或不是 Appraise 创建的）。`,
    noRun: "运行记录中没有上次运行的记录。",
    damaged: (d: CopyDefect) =>
      `工作簿的部件 ${d.part} 不是合格的 XML（${d.reason}），Excel、WPS 或 LibreOffice 可能打不开或修复时丢掉内容。若它是 Appraise 写出的副本，请用当前版本重新评定原工作簿（appraise score 原文件.xlsx --force）；否则请用写出它的程序另存一份再核对。`,
  },
  en: {
    noResults: (s: string) => `There is no ${s} table to verify (not graded yet, or not created by Appraise).`,
    noRun: "The RunLog records no earlier run.",
    damaged: (d: CopyDefect) =>
      `The workbook's part ${d.part} is not well-formed XML (${d.reason}): Excel, WPS or LibreOffice may refuse to open it or drop content repairing it. If Appraise wrote this copy, grade the original again with this version (appraise score original.xlsx --force); otherwise save it again from the program that wrote it and verify that copy.`,
  },
} as const;

/** The summary a person reads: the headline, then each differing cell. */
export function verifyText(audit: ResultsAudit, lang: Lang, damaged: CopyDefect | null = null): string {
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
export function verifyJson(audit: ResultsAudit, lang: Lang, damaged: CopyDefect | null = null): string {
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

/** Runs `verify`; resolves to the exit status. */
export async function verify(options: VerifyOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const opened = await loadInput(path.resolve(io.cwd, options.input), options.input, io, lang);
  if (typeof opened === "number") return opened;
  const audit = auditPackage(opened);
  // A part that does not parse with its namespaces: the file may not open elsewhere, whatever its cells say.
  const damaged = firstDamagedPart(opened.pkg.parts);
  if (options.json !== undefined && !(await writeJson(options.json, verifyJson(audit, lang, damaged), io, lang))) return EXIT.unreadable;
  if (options.json !== "-") io.stdout(verifyText(audit, lang, damaged));
  return auditPasses(audit) && damaged === null ? EXIT.ok : EXIT.differs;
}
