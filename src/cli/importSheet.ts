/**
 * `appraise import <old.xlsx> --out <new.xlsx> [--year YYYY] [--sheet NAME]`
 * (SPEC section 9): the thin shell around workbook/import. Reads the old
 * workbook's sheets as plain cells with the package reader, imports the
 * summary, grades the import in memory to check it against the sheet's own
 * 综合得分 and 等次, writes the tables into a new workbook laid out as
 * `appraise template` writes the year's (the 说明 sheet first, every input
 * table with its drop-down lists and formats: import/importedPlan.ts) and
 * prints the report. The old file is only read; an existing --out is
 * replaced only with --force.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { grade } from "../engine/grade";
import type { Lang } from "../engine/types";
import { compareImport, importGrids } from "../workbook/import/compareImport";
import type { ImportFinding } from "../workbook/import/importMessages";
import { importedPlan } from "../workbook/import/importedPlan";
import { importSummary } from "../workbook/import/importSummary";
import { buildTemplateGuide } from "../workbook/template";
import { openPackage } from "../workbook/xlsx/openPackage";
import { plainSheets } from "../workbook/xlsx/plainSheets";
import { EXIT } from "./exit";
import { fsErrorText, openProblemText } from "./fileProblems";
import type { CliIo } from "./io";

export interface ImportOptions {
  readonly input: string;
  readonly out: string;
  readonly year?: number;
  readonly sheet?: string;
  readonly json?: string;
  readonly lang: Lang;
  /** The language of the new tables' headers (Chinese unless --lang en is given, as for template). */
  readonly headers: Lang;
}

/** Writes the new workbook's bytes at --out (main.ts's writeNew: refused when it exists, unless --force); false when not written. */
export type WriteNew = (build: () => Promise<Uint8Array>) => Promise<boolean>;

const TEXT = {
  zh: {
    cannotRead: (f: string, why: string) => `无法读取 ${f}：${why}\n`,
    sameFile: (f: string) => `--out 不能是要导入的文件本身（${f}）：导入从不改动原文件，请另起一个文件名。\n`,
    failed: (f: string) => `未能导入 ${f}，未写入任何文件：\n`,
    wrote: (f: string, sheet: string, out: string, units: number, year: number) =>
      `已把 ${f} 的工作表“${sheet}”导入 ${out}：${units} 个单位，考评年度 ${year}。\n`,
    attention: "需要注意：\n",
    done: "已导入、已跳过：\n",
    next: (out: string) => `下一步：appraise score ${out}\n`,
  },
  en: {
    cannotRead: (f: string, why: string) => `Cannot read ${f}: ${why}\n`,
    sameFile: (f: string) => `--out cannot be the file being imported (${f}): the import never changes it; name another file.\n`,
    failed: (f: string) => `${f} was not imported; nothing was written:\n`,
    wrote: (f: string, sheet: string, out: string, units: number, year: number) =>
      `Imported sheet "${sheet}" of ${f} into ${out}: ${units} units, appraisal year ${year}.\n`,
    attention: "Needs attention:\n",
    done: "Mapped and skipped:\n",
    next: (out: string) => `Next: appraise score ${out}\n`,
  },
} as const;

const line = (f: ImportFinding, lang: Lang): string => `  ${f.cell === null ? "" : `${f.cell}  `}${f.message[lang]}\n`;

/** The report as the user reads it: what needs attention first, then what was mapped and skipped, in sheet order. */
export function importReportText(findings: readonly ImportFinding[], lang: Lang): string {
  const attention = findings.filter((f) => f.severity !== "info");
  const info = findings.filter((f) => f.severity === "info");
  const t = TEXT[lang];
  return (
    (attention.length > 0 ? t.attention + attention.map((f) => line(f, lang)).join("") : "") +
    (info.length > 0 ? t.done + info.map((f) => line(f, lang)).join("") : "")
  );
}

async function readOld(o: ImportOptions, io: CliIo): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path.resolve(io.cwd, o.input));
  } catch (e) {
    io.stderr(TEXT[o.lang].cannotRead(o.input, fsErrorText(e, o.lang)));
    return null;
  }
}

function jsonText(o: ImportOptions, written: boolean, sheet: string | null, year: number | null, findings: readonly ImportFinding[]): string {
  return `${JSON.stringify({ input: o.input, out: written ? o.out : null, sheet, year, findings }, null, 2)}\n`;
}

/** `appraise import`: see the module's comment. Resolves to the exit status: 0 written, 2 not. */
export async function importSheet(o: ImportOptions, io: CliIo, writeNew: WriteNew): Promise<number> {
  const t = TEXT[o.lang];
  if (path.resolve(io.cwd, o.out) === path.resolve(io.cwd, o.input)) {
    io.stderr(t.sameFile(o.input));
    return EXIT.unreadable;
  }
  const bytes = await readOld(o, io);
  if (bytes === null) return EXIT.unreadable;
  const opened = openPackage(bytes);
  if (!opened.ok) {
    io.stderr(t.cannotRead(o.input, openProblemText(opened.problem, o.lang)));
    return EXIT.unreadable;
  }
  const imported = importSummary(plainSheets(opened.opened.pkg), { sheet: o.sheet, year: o.year, lang: o.headers });
  if (!imported.ok) {
    io.stderr(t.failed(o.input) + importReportText(imported.findings, o.lang));
    if (o.json !== undefined) await emitJson(o, io, jsonText(o, false, null, null, imported.findings));
    return EXIT.unreadable;
  }
  const findings = [...imported.findings, ...compareImport(imported.expected, grade(importGrids(imported.tables)))];
  const { inputTablesWorkbook } = await import("../workbook/exceljs/inputTablesWorkbook");
  const { workbookToBuffer } = await import("../workbook/exceljs/files");
  // Laid out as `appraise template` lays out the year: the guide sheet first, every table's columns, lists and formats.
  const plan = importedPlan(imported.tables, o.headers, imported.year);
  const guide = buildTemplateGuide(o.headers, imported.year);
  const written = await writeNew(() => workbookToBuffer(inputTablesWorkbook(plan, guide, o.headers)));
  if (o.json !== undefined) await emitJson(o, io, jsonText(o, written, imported.sheet, imported.year, findings));
  if (!written) return EXIT.unreadable;
  if (o.json !== "-") {
    const units = imported.tables.find((x) => x.name === "Units")?.rows.length ?? 0;
    io.stdout(t.wrote(o.input, imported.sheet, o.out, units, imported.year) + importReportText(findings, o.lang) + t.next(o.out));
  }
  return EXIT.ok;
}

async function emitJson(o: ImportOptions, io: CliIo, text: string): Promise<void> {
  if (o.json === "-") io.stdout(text);
  else await fs.writeFile(path.resolve(io.cwd, o.json as string), text);
}
