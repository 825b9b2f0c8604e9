/**
 * Which output sheets Appraise owns, recorded in the workbook as defined names
 * (see OWNERSHIP_NAMES in ../port.ts).
 */
import type { Workbook } from "exceljs";
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type Ownership, type PrintKind } from "../port";
import { tableModels } from "./readTables";

const KINDS = Object.keys(OUTPUT_SHEETS) as OutputKind[];

/** The sheet a defined-name range such as `'考评结果'!$A$1` refers to. */
function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function namedBy(wb: Workbook, ownerName: string, sheet: string): boolean {
  return wb.definedNames.getRanges(ownerName).ranges.some((r) => sheetOfRange(r) === sheet);
}

function ownedBy(wb: Workbook, kind: OutputKind): boolean {
  return namedBy(wb, OWNERSHIP_NAMES[kind], OUTPUT_SHEETS[kind].sheet);
}

/**
 * True when the output's table name is taken elsewhere in the workbook (by a
 * table on another sheet, or by a defined name: Excel keeps both in one
 * namespace), so writing the output table would make two with one name.
 */
function tableNameTaken(wb: Workbook, kind: OutputKind): boolean {
  const { sheet, table } = OUTPUT_SHEETS[kind];
  const lower = table.toLowerCase();
  const elsewhere = wb.worksheets.some((ws) => ws.name !== sheet && tableModels(ws).some((t) => t.name.toLowerCase() === lower));
  const definedName = wb.definedNames.model.some((n) => n.name.toLowerCase() === lower);
  return elsewhere || definedName;
}

/**
 * The ownership of each output sheet: "absent" (no such sheet), "owned"
 * (Appraise created it), or "foreign" (someone else's sheet by that name, or
 * the output's table name is taken elsewhere). Foreign blocks the run's write.
 */
export function readOwnership(wb: Workbook): Record<OutputKind, Ownership> {
  const out = {} as Record<OutputKind, Ownership>;
  for (const kind of KINDS) {
    const exists = wb.getWorksheet(OUTPUT_SHEETS[kind].sheet) !== undefined;
    if (tableNameTaken(wb, kind)) out[kind] = "foreign";
    else if (!exists) out[kind] = "absent";
    else out[kind] = ownedBy(wb, kind) ? "owned" : "foreign";
  }
  return out;
}

/**
 * The ownership of each print sheet (考评通报, 反馈单): as for the table
 * outputs, "foreign" when a sheet of that name exists that its ownership
 * name does not refer to.
 */
export function readPrintOwnership(wb: Workbook): Record<PrintKind, Ownership> {
  const out = {} as Record<PrintKind, Ownership>;
  for (const kind of PRINT_KINDS) {
    const { sheet, ownerName } = PRINT_SHEETS[kind];
    out[kind] = wb.getWorksheet(sheet) === undefined ? "absent" : namedBy(wb, ownerName, sheet) ? "owned" : "foreign";
  }
  return out;
}

function claim(wb: Workbook, name: string, sheet: string): void {
  const names = wb.definedNames;
  if (names.getRanges(name).ranges.length > 0) names.model = names.model.filter((n) => n.name !== name);
  names.add(`'${sheet}'!$A$1`, name);
}

/** Records that Appraise owns the output sheet of `kind` (replacing any old record). */
export function markOwned(wb: Workbook, kind: OutputKind): void {
  claim(wb, OWNERSHIP_NAMES[kind], OUTPUT_SHEETS[kind].sheet);
}

/** Records that Appraise owns the print sheet of `kind`. */
export function markPrintOwned(wb: Workbook, kind: PrintKind): void {
  claim(wb, PRINT_SHEETS[kind].ownerName, PRINT_SHEETS[kind].sheet);
}
