/**
 * Which output sheets Appraise owns, recorded in the workbook as defined names
 * (see OWNERSHIP_NAMES in ../port.ts).
 */
import type { Workbook } from "exceljs";
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, type OutputKind, type Ownership } from "../port";
import { tableModels } from "./readTables";

const KINDS = Object.keys(OUTPUT_SHEETS) as OutputKind[];

/** The sheet a defined-name range such as `'考评结果'!$A$1` refers to. */
function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function ownedBy(wb: Workbook, kind: OutputKind): boolean {
  const { sheet } = OUTPUT_SHEETS[kind];
  return wb.definedNames.getRanges(OWNERSHIP_NAMES[kind]).ranges.some((r) => sheetOfRange(r) === sheet);
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

/** Records that Appraise owns the output sheet of `kind` (replacing any old record). */
export function markOwned(wb: Workbook, kind: OutputKind): void {
  const name = OWNERSHIP_NAMES[kind];
  const names = wb.definedNames;
  if (names.getRanges(name).ranges.length > 0) names.model = names.model.filter((n) => n.name !== name);
  names.add(`'${OUTPUT_SHEETS[kind].sheet}'!$A$1`, name);
}
