/**
 * Which of Appraise's sheets an ExcelJS workbook holds as Appraise's, by the
 * one ownership rule (../ownership.ts), and recording ownership in it as the
 * defined names of OWNERSHIP_NAMES and PRINT_SHEETS (see ../port.ts).
 */
import type { Workbook } from "exceljs";
import { byFamily, ownedSheet, ownershipOf, ownershipReference, sameName, type OwnedKind, type WorkbookFacts } from "../ownership";
import type { OutputKind, Ownership } from "../port";
import { tableModels } from "./readTables";

/** The workbook's sheets with their tables, and its defined names (ExcelJS keeps workbook-scope names only) with their ranges. */
export function workbookFacts(wb: Workbook): WorkbookFacts {
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, tables: tableModels(ws).map((t) => t.name) })),
    names: wb.definedNames.model.flatMap((n) => n.ranges.map((reference) => ({ name: n.name, reference }))),
  };
}

/**
 * The ownership of each output sheet: "absent", "owned" or "foreign";
 * foreign blocks the run's write.
 */
export function readOwnership(wb: Workbook): Record<OutputKind, Ownership> {
  return byFamily(ownershipOf(workbookFacts(wb))).ownership;
}

/** Records that Appraise owns the sheet of `kind`, replacing any old record (in whatever case it was spelled). */
export function markOwned(wb: Workbook, kind: OwnedKind): void {
  const { sheet, ownerName } = ownedSheet(kind);
  const names = wb.definedNames;
  if (names.model.some((n) => sameName(n.name, ownerName))) names.model = names.model.filter((n) => !sameName(n.name, ownerName));
  names.add(ownershipReference(sheet), ownerName);
}
