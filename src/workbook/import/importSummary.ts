/**
 * `appraise import`'s pure core (SPEC section 9): last year's summary sheet,
 * as plain cells (plainSheet.ts), becomes Appraise's input tables and a
 * report. Which sheet (chooseSheet.ts), its header (headerLayout.ts), its
 * rows (unitRows.ts), the tables (importTables.ts) and a Rules table for the
 * year. Every column mapped, row skipped and note not understood is a
 * finding at its cell; an ambiguity is an error finding and no tables.
 *
 * @example
 * const imported = importSummary(sheets, { year: 2025 });
 * imported.ok && imported.tables.map((t) => t.name) //=> ["Units", "Indicators", "Satisfaction", …, "Rules"]
 */
import { RULES } from "../../engine/rules";
import { isErrorCell } from "../../engine/text";
import type { Bilingual, Cell, Lang } from "../../engine/types";
import { buildTemplatePlan } from "../template";
import { chooseSheet, gives, REQUIRED } from "./chooseSheet";
import type { ScoreField } from "./headerAliases";
import type { HeaderLayout } from "./headerLayout";
import { importFinding, type ImportFinding } from "./importMessages";
import type { ImportedTable, ImportRules, ImportValue } from "./importSink";
import { importTables } from "./importTables";
import { addressOf, numberOf, textOf, type PlainSheet } from "./plainSheet";
import { unitRows, type UnitRow } from "./unitRows";

export interface ImportOptions {
  /** The sheet to import (--sheet); by default the one sheet that looks like a summary. */
  readonly sheet?: string;
  /** The appraisal year (--year); by default the year the title names. */
  readonly year?: number;
  /** The language of the Rules table's notes (the headers' language); Chinese by default. */
  readonly lang?: Lang;
  /**
   * The year when neither `year` nor the title gives one, and where it comes
   * from (the pane's year field, which has no --year to point at).
   */
  readonly fallbackYear?: { readonly year: number; readonly from: Bilingual };
}

/** A unit as the old sheet grades it, to check the import against. */
export interface ExpectedUnit {
  readonly unit: string;
  /** The unit's cell on the old sheet. */
  readonly cell: string;
  readonly composite: number | null;
  readonly tier: string | null;
  /** The sheet's own parts (deductions as positive points), null where blank or not given. */
  readonly parts: Readonly<Record<ScoreField, number | null>>;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly year: number;
      readonly tables: readonly ImportedTable[];
      readonly expected: readonly ExpectedUnit[];
      readonly findings: readonly ImportFinding[];
    }
  | { readonly ok: false; readonly findings: readonly ImportFinding[] };

/** The year the rows above the header name ("2025年度…"), with its cell. */
function titleYear(sheet: PlainSheet, top: number): { year: number; cell: string } | null {
  for (let r = 1; r < top; r++) {
    for (const [i, c] of (sheet.rows[r - 1] ?? []).entries()) {
      const m = /((?:19|20)\d{2})\s*年/.exec(textOf(c?.value ?? null) ?? "");
      if (m) return { year: Number(m[1]), cell: addressOf(sheet, r, i + 1) };
    }
  }
  return null;
}

const WEIGHT_KEYS = { functional: "weight.functional", common: "weight.common", public: "weight.public", leader: "weight.leader" } as const;

/** The Rules rows for the year (the template's), with the weights the headers state; reported where they move. */
function rulesTable(layout: HeaderLayout, year: number, lang: Lang, findings: ImportFinding[], sheet: PlainSheet): ImportedTable {
  const plan = buildTemplatePlan(lang, year).find((t) => t.table === "Rules");
  const rows: ImportValue[][] = (plan?.rows ?? []).map((r) => [...r]);
  for (const [field, key] of Object.entries(WEIGHT_KEYS) as [keyof typeof WEIGHT_KEYS, string][]) {
    const col = layout.columns.get(field) ?? layout.columns.get(`${field as "public" | "leader"}.Satisfied`);
    const row = rows.find((r) => r[0] === key);
    if (col?.points == null || row === undefined || String(col.points) === row[1]) continue;
    row[1] = String(col.points);
    const range = { ...col.range, lastRow: col.range.row, lastColumn: col.range.column };
    findings.push(importFinding("IMPORT_WEIGHT", addressOf(sheet, range.row, range.column), { header: col.header, key, points: col.points }));
  }
  return { name: "Rules", columns: ["Key", "Value", "Note"], rows };
}

const ruleNumber = (rules: ImportedTable, key: string): number =>
  Number(rules.rows.find((r) => r[0] === key)?.[1] ?? RULES.find((r) => r.key === key)?.default);

function expectedOf(sheet: PlainSheet, u: UnitRow, unitColumn: number): ExpectedUnit {
  const n = (c: Cell | undefined): number | null => {
    const v = numberOf(c ?? null);
    return v === null || Number.isNaN(v) ? null : v;
  };
  const abs = (v: number | null): number | null => (v === null ? null : Math.abs(v));
  const parts = {
    functional: n(u.cells.get("functional")),
    common: n(u.cells.get("common")),
    public: n(u.cells.get("public")),
    leader: n(u.cells.get("leader")),
    bonus: n(u.cells.get("bonus")),
    penalty: abs(n(u.cells.get("penalty"))),
    spotCheck: abs(n(u.cells.get("spotCheck"))),
  };
  return { unit: u.unit, cell: addressOf(sheet, u.row, unitColumn), composite: n(u.cells.get("composite")), tier: textOf(u.cells.get("tier") ?? null), parts };
}

/** The errors that stop the import after the rows are read: a part, the categories or the units missing. */
function blockers(sheet: PlainSheet, layout: HeaderLayout, units: readonly UnitRow[], sections: boolean): ImportFinding[] {
  const out: ImportFinding[] = [];
  const header = addressOf(sheet, layout.top, 1);
  for (const r of REQUIRED.filter((q) => !gives(layout, q.field))) {
    out.push(importFinding("IMPORT_COLUMN_MISSING", header, { target: { zh: `${r.zh}得分`, en: `the ${r.en} score` }, headers: r.headers }));
  }
  if (!layout.columns.has("category") && !sections) out.push(importFinding("IMPORT_NO_CATEGORY", header, {}));
  if (units.length === 0) out.push(importFinding("IMPORT_NO_UNITS", header, {}));
  return out;
}

/** The appraisal year: --year, else the title's, else the fallback; with where it comes from. */
function yearOf(sheet: PlainSheet, layout: HeaderLayout, options: ImportOptions): { year: number; from: Bilingual; cell: string | null } | null {
  if (options.year !== undefined) return { year: options.year, from: { zh: "--year", en: "--year" }, cell: null };
  const t = titleYear(sheet, layout.top);
  if (t !== null) return { year: t.year, from: { zh: `标题 ${t.cell}`, en: `the title at ${t.cell}` }, cell: t.cell };
  return options.fallbackYear === undefined ? null : { ...options.fallbackYear, cell: null };
}

/** Last year's summary as input tables and a report (see the module's comment). */
export function importSummary(sheets: readonly PlainSheet[], options: ImportOptions): ImportResult {
  const chosen = chooseSheet(sheets, options.sheet);
  if (!chosen.ok) return { ok: false, findings: chosen.findings };
  const { sheet, layout } = chosen;
  const rows = `${layout.top}${layout.bottom > layout.top ? `–${layout.bottom}` : ""}`;
  const findings: ImportFinding[] = [importFinding("IMPORT_SHEET_CHOSEN", addressOf(sheet, layout.top, 1), { sheet: sheet.name, rows }), ...layout.findings];
  const read = unitRows(sheet, layout);
  findings.push(...read.findings, ...blockers(sheet, layout, read.units, read.sections));
  const given = yearOf(sheet, layout, options);
  if (given === null) findings.push(importFinding("IMPORT_YEAR_MISSING", null, {}));
  if (findings.some((f) => f.severity === "error") || given === null) return { ok: false, findings };
  const { year, from, cell } = given;
  findings.push(importFinding("IMPORT_YEAR", cell, { year, from }));
  const rules = rulesTable(layout, year, options.lang ?? "zh", findings, sheet);
  const importRules: ImportRules = {
    weights: { functional: ruleNumber(rules, "weight.functional"), common: ruleNumber(rules, "weight.common") },
    penaltyPoints: ruleNumber(rules, "penalty.points"),
  };
  const built = importTables(sheet, layout, read.units, importRules);
  findings.push(...built.findings);
  if (!layout.columns.has("composite")) findings.push(importFinding("IMPORT_NO_COMPOSITE", addressOf(sheet, layout.top, 1), {}));
  const unitColumn = layout.columns.get("unit")?.column ?? 1;
  const expected = read.units.map((u) => expectedOf(sheet, u, unitColumn));
  const uncomputed = read.units.filter((u) => isErrorCell(u.cells.get("composite") ?? null));
  if (uncomputed.length > 0) {
    const composite = layout.columns.get("composite");
    const at = composite === undefined ? null : addressOf(sheet, uncomputed[0].row, composite.column);
    findings.push(importFinding("IMPORT_COMPOSITE_UNCOMPUTED", at, { units: uncomputed.map((u) => u.unit) }));
  }
  return { ok: true, sheet: sheet.name, year, tables: [...built.tables, rules], expected, findings };
}
