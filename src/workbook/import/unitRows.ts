/**
 * The rows of the summary, top to bottom: every row above the header and the
 * header itself reported as skipped, section rows giving the category of the
 * units under them, subtotal, total and footer rows skipped (each reported
 * at its sheet row), and each unit's row with its cells by field.
 */
import type { Cell } from "../../engine/types";
import type { Field } from "./headerAliases";
import type { HeaderLayout } from "./headerLayout";
import { importFinding, type ImportFinding } from "./importMessages";
import { addressOf, textOf, type PlainSheet } from "./plainSheet";
import { rowKind, rowText, SCORE_FIELDS } from "./rowKinds";

/** One unit's row of the summary. */
export interface UnitRow {
  readonly unit: string;
  readonly row: number;
  /** From the 类别 column, else from the section row above it; null when neither. */
  readonly category: string | null;
  /** The row's cells by field. */
  readonly cells: ReadonlyMap<Field, Cell>;
}

export interface UnitRows {
  readonly units: readonly UnitRow[];
  /** Whether any section row named a category. */
  readonly sections: boolean;
  readonly findings: readonly ImportFinding[];
}

interface Section {
  readonly category: string;
  readonly stated: number | null;
  readonly row: number;
  found: number;
}

/** A section's count, checked when the next section starts or the rows end. */
function closeSection(sheet: PlainSheet, s: Section | null, findings: ImportFinding[]): void {
  if (s !== null && s.stated !== null && s.stated !== s.found) {
    findings.push(importFinding("IMPORT_SECTION_COUNT", addressOf(sheet, s.row, 1), { category: s.category, stated: s.stated, found: s.found }));
  }
}

function cellsOf(sheet: PlainSheet, layout: HeaderLayout, r: number): Map<Field, Cell> {
  const cells = new Map<Field, Cell>();
  for (const [field, col] of layout.columns) cells.set(field, sheet.rows[r - 1]?.[col.column - 1]?.value ?? null);
  return cells;
}

function unitRow(sheet: PlainSheet, layout: HeaderLayout, r: number, unit: string, section: Section | null, findings: ImportFinding[]): UnitRow {
  const cells = cellsOf(sheet, layout, r);
  const column = textOf(cells.get("category") ?? null);
  if (column !== null && section !== null && column !== section.category) {
    const at = addressOf(sheet, r, layout.columns.get("category")?.column ?? 1);
    findings.push(importFinding("IMPORT_CATEGORY_DIFFERS", at, { unit, column, section: section.category }, unit));
  }
  return { unit, row: r, category: column ?? section?.category ?? null, cells };
}

/** Rows above the header and the header's own rows: reported as skipped. */
function headerRows(sheet: PlainSheet, layout: HeaderLayout, findings: ImportFinding[]): void {
  for (let r = 1; r <= layout.bottom; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    if (!cells.some((c) => c !== undefined)) continue;
    const kind = r < layout.top ? "title" : "header";
    findings.push(importFinding("IMPORT_ROW_SKIPPED", addressOf(sheet, r, 1), { kind, row: r, text: rowText(sheet, r) }));
  }
}

/** Every row of the sheet, read (see the module's comment). */
export function unitRows(sheet: PlainSheet, layout: HeaderLayout): UnitRows {
  const findings: ImportFinding[] = [];
  headerRows(sheet, layout, findings);
  const unitColumn = layout.columns.get("unit")?.column ?? 1;
  const scores = SCORE_FIELDS.flatMap((f) => layout.columns.get(f)?.column ?? []);
  const units: UnitRow[] = [];
  let section: Section | null = null;
  let sections = false;
  for (let r = layout.bottom + 1; r <= sheet.rows.length; r++) {
    const kind = rowKind(sheet, r, { unit: unitColumn, scores });
    const at = addressOf(sheet, r, 1);
    if (kind.kind === "unit") {
      units.push(unitRow(sheet, layout, r, kind.unit, section, findings));
      if (section !== null) section.found++;
    } else if (kind.kind === "section") {
      closeSection(sheet, section, findings);
      section = { category: kind.category, stated: kind.stated, row: r, found: 0 };
      sections = true;
      findings.push(importFinding("IMPORT_SECTION", at, { row: r, category: kind.category }));
    } else if (kind.kind === "skipped") findings.push(importFinding("IMPORT_ROW_SKIPPED", at, { kind: kind.skipped, row: r, text: kind.text }));
    else if (kind.kind === "unread") findings.push(importFinding("IMPORT_ROW_UNREAD", at, { row: r, text: kind.text }));
  }
  closeSection(sheet, section, findings);
  return { units, sections, findings };
}
