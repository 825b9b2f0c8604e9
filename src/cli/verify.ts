/**
 * `appraise verify <graded.xlsx>` (SPEC §7): audits a graded workbook without
 * changing it. Grades its inputs again, compares every cell of its Results
 * table with what they give, and the inputs' fingerprint with the last RunLog
 * row. Exit 0 when both match, 1 otherwise, 2 when the file cannot be read.
 */
import * as path from "node:path";
import { grade } from "../engine/grade";
import type { Lang } from "../engine/types";
import { auditHeadline, describeEdit, editedCells, resultsLang, type ResultsAudit } from "../workbook/history/auditResults";
import { RUNLOG_COLUMNS } from "../workbook/outputColumns";
import { buildOutputPlan } from "../workbook/outputs";
import { OUTPUT_SHEETS } from "../workbook/port";
import type { OpenedPackage } from "../workbook/xlsx/openPackage";
import { loggedRows, tableCells } from "../workbook/xlsx/runLogRows";
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

const FINGERPRINT = RUNLOG_COLUMNS.findIndex((c) => c.en === "InputFingerprint");

/** "sha256:…" of the owned RunLog's last row, or null when there is no recorded run. */
function lastRunFingerprint(opened: OpenedPackage): string | null {
  if (opened.ownership.runlog !== "owned") return null;
  const { rows } = loggedRows(opened.pkg, OUTPUT_SHEETS.runlog);
  const value = rows[rows.length - 1]?.[FINGERPRINT];
  return typeof value === "string" && value.startsWith("sha256:") ? value : null;
}

/** The audit of an opened package: the same comparison as the pane's (history/auditResults.ts). */
export function auditPackage(opened: OpenedPackage): ResultsAudit {
  const result = grade({ tables: opened.tables });
  const last = lastRunFingerprint(opened);
  const base = { inputFingerprint: result.inputFingerprint, lastRunFingerprint: last, inputsChanged: last !== result.inputFingerprint };
  const cells = opened.ownership.results === "owned" ? tableCells(opened.pkg, OUTPUT_SHEETS.results) : null;
  if (cells === null || result.resultsWithheld) return { ...base, hasResults: false, edited: [] };
  const plan = buildOutputPlan(result, { lang: resultsLang(cells.headers), version: VERSION, now: new Date(0) }).results;
  if (plan === null) return { ...base, hasResults: false, edited: [] };
  const found = { sheet: OUTPUT_SHEETS.results.sheet, headerRow: cells.box.top, firstColumn: cells.box.left, header: cells.headers, rows: cells.body };
  return { ...base, hasResults: true, edited: editedCells(plan, found) };
}

const T = {
  zh: {
    noResults: (s: string) => `没有可核对的“${s}”表格（尚未评定，或不是 Appraise 创建的）。`,
    noRun: "运行记录中没有上次运行的记录。",
  },
  en: {
    noResults: (s: string) => `There is no ${s} table to verify (not graded yet, or not created by Appraise).`,
    noRun: "The RunLog records no earlier run.",
  },
} as const;

/** The summary a person reads: the headline, then each differing cell. */
export function verifyText(audit: ResultsAudit, lang: Lang): string {
  const sheet = OUTPUT_SHEETS.results.sheet;
  const lines: string[] = [];
  if (!audit.hasResults) lines.push(T[lang].noResults(sheet));
  lines.push(auditHeadline(audit, sheet, lang));
  for (const e of audit.edited) lines.push(`  ${describeEdit(e, lang)}`);
  if (audit.lastRunFingerprint === null) lines.push(T[lang].noRun);
  return lines.join("\n") + "\n";
}

/** The JSON of a verify: the audit's facts and each differing cell with its message. */
export function verifyJson(audit: ResultsAudit, lang: Lang): string {
  const report = {
    appraiseVersion: VERSION,
    matches: audit.hasResults && audit.edited.length === 0 && !audit.inputsChanged,
    hasResults: audit.hasResults,
    inputsChanged: audit.inputsChanged,
    inputFingerprint: audit.inputFingerprint,
    lastRunFingerprint: audit.lastRunFingerprint,
    edited: audit.edited.map((e) => ({ ...e, message: describeEdit(e, lang) })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Runs `verify`; resolves to the exit status. */
export async function verify(options: VerifyOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const opened = await loadInput(path.resolve(io.cwd, options.input), options.input, io, lang);
  if (typeof opened === "number") return opened;
  const audit = auditPackage(opened);
  if (options.json !== undefined && !(await writeJson(options.json, verifyJson(audit, lang), io, lang))) return EXIT.unreadable;
  if (options.json !== "-") io.stdout(verifyText(audit, lang));
  return audit.hasResults && audit.edited.length === 0 && !audit.inputsChanged ? EXIT.ok : EXIT.differs;
}
