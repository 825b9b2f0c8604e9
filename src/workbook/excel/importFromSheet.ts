/**
 * The pane's "Import from a sheet" (SPEC section 9) in the add-in: the active
 * sheet (or the one named) read as plain cells (readPlainSheet.ts), imported
 * by the same pure code as `appraise import` (workbook/import/), checked by
 * grading the import against the sheet's own 综合得分, and written as the
 * input tables of the open workbook on new sheets by "Create input tables"'s
 * writer (createInputTables.ts) with the template's layout filled
 * (importedPlan.ts). The sheet read is never written.
 *
 * Refused, nothing written, the report says why: when the workbook already
 * has an input table (under either name), and when the import has an error.
 */
import { grade } from "../../engine/grade";
import { namedAs } from "../../engine/tableNames";
import { TABLES } from "../../engine/tables";
import type { Lang } from "../../engine/types";
import { compareImport, importGrids } from "../import/compareImport";
import { importedPlan } from "../import/importedPlan";
import { importFinding, type ImportFinding } from "../import/importMessages";
import { importSummary } from "../import/importSummary";
import { createInputTables, type CreateInputTablesReport } from "./createInputTables";
import type { ExcelRunner } from "./excelRun";
import { officeRun } from "./excelRun";
import { readPlainSheet } from "./readPlainSheet";

export interface SheetImportOptions {
  /** The language of the new tables' headers and of the guide sheet. */
  readonly lang: Lang;
  /** The year when the sheet's title names none (the pane's year field). */
  readonly fallbackYear: number;
  /** The sheet to import; the active one unless given. */
  readonly sheet?: string;
  /** Read merged areas (ExcelApi 1.13) and add drop-down lists (ExcelApi 1.8); by default where Excel supports them. */
  readonly mergedAreas?: boolean;
  readonly lists?: boolean;
}

export interface SheetImportReport {
  /** The sheet read. */
  readonly sheet: string;
  /** The appraisal year of the tables written, or null when refused before it was known. */
  readonly year: number | null;
  /** Whether the tables were written. */
  readonly written: boolean;
  /** Whether the sheet's merged areas were read (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** What was mapped, skipped, not understood, and the check against the sheet's composites; in sheet order, the check last. */
  readonly findings: readonly ImportFinding[];
  /** The sheets the tables went on, and the guide's (null when refused). */
  readonly created: CreateInputTablesReport | null;
}

/** The input tables the workbook has, under either name. */
const inputTablesIn = (names: readonly string[]): string[] => names.filter((n) => TABLES.some((t) => namedAs(n, t) !== null));

/**
 * Imports a summary sheet into the open workbook (see the module's comment).
 * Host failures reject (the pane describes them); everything about the
 * sheet is in the report.
 * @example
 * const report = await importFromSheet(Excel.run, { lang: "zh", fallbackYear: 2026 });
 * report.written //=> true
 */
export async function importFromSheet(run: ExcelRunner = officeRun, options: SheetImportOptions): Promise<SheetImportReport> {
  const read = await readPlainSheet(run, { sheet: options.sheet, mergedAreas: options.mergedAreas });
  const base = { sheet: read.sheet.name, mergedAreas: read.mergedAreas, created: null, written: false };
  const existing = inputTablesIn(read.workbookTables);
  if (existing.length > 0) return { ...base, year: null, findings: [importFinding("IMPORT_TABLES_EXIST", null, { tables: existing })] };
  const fallbackYear = { year: options.fallbackYear, from: { zh: "任务窗格中的考评年度", en: "the year in the pane" } };
  const imported = importSummary([read.sheet], { sheet: read.sheet.name, lang: options.lang, fallbackYear });
  if (!imported.ok) return { ...base, year: null, findings: imported.findings };
  const findings = [...imported.findings, ...compareImport(imported.expected, grade(importGrids(imported.tables)))];
  if (findings.some((f) => f.severity === "error")) return { ...base, year: imported.year, findings };
  const plan = importedPlan(imported.tables, options.lang, imported.year);
  const created = await createInputTables(run, options.lang, imported.year, { plan, lists: options.lists });
  return { ...base, year: imported.year, findings, created, written: created.created.length > 0 };
}
