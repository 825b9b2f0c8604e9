/**
 * Which output sheets Appraise owns in a package, by the same rule as the
 * ExcelJS adapter (ownership.ts): the sheet exists and the defined name
 * `Appraise_Owned_…` refers to it; "foreign" when someone else's sheet has
 * the name, or the output's table name is taken elsewhere in the workbook.
 */
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type Ownership, type PrintKind } from "../port";
import type { WorkbookPackage } from "./readPackage";

/** The sheet a defined-name reference such as `'考评结果'!$A$1` names. */
export function sheetOfReference(text: string): string | null {
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang).trim();
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function tableNameTaken(pkg: WorkbookPackage, kind: OutputKind): boolean {
  const { sheet, table } = OUTPUT_SHEETS[kind];
  const lower = table.toLowerCase();
  const elsewhere = pkg.sheets.some((s) => s.name !== sheet && s.tables.some((t) => t.definition.name.toLowerCase() === lower));
  return elsewhere || pkg.workbook.definedNames.some((n) => n.name.toLowerCase() === lower);
}

/** The ownership of each output sheet in the package. */
export function ownershipOf(pkg: WorkbookPackage): Record<OutputKind, Ownership> {
  const out = {} as Record<OutputKind, Ownership>;
  for (const kind of Object.keys(OUTPUT_SHEETS) as OutputKind[]) {
    const { sheet } = OUTPUT_SHEETS[kind];
    const owned = pkg.workbook.definedNames.some((n) => n.name === OWNERSHIP_NAMES[kind] && sheetOfReference(n.text) === sheet);
    if (tableNameTaken(pkg, kind)) out[kind] = "foreign";
    else if (!pkg.sheets.some((s) => s.name === sheet)) out[kind] = "absent";
    else out[kind] = owned ? "owned" : "foreign";
  }
  return out;
}

/** The ownership of each print sheet (考评通报, 反馈单): foreign when a sheet of that name is not the one its name records. */
export function printOwnershipOf(pkg: WorkbookPackage): Record<PrintKind, Ownership> {
  const out = {} as Record<PrintKind, Ownership>;
  for (const kind of PRINT_KINDS) {
    const { sheet, ownerName } = PRINT_SHEETS[kind];
    const owned = pkg.workbook.definedNames.some((n) => n.name === ownerName && sheetOfReference(n.text) === sheet);
    out[kind] = !pkg.sheets.some((s) => s.name === sheet) ? "absent" : owned ? "owned" : "foreign";
  }
  return out;
}
