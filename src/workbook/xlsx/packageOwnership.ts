/**
 * The facts of a package that the ownership rule (../ownership.ts) reads:
 * its sheets with their tables, its defined names with their references.
 */
import { ownershipOf, type OwnedKind, type WorkbookFacts } from "../ownership";
import type { Ownership } from "../port";
import type { WorkbookPackage } from "./readPackage";

/**
 * What the package's workbook part and table parts declare.
 * @example
 * packageFacts(readPackage(bytes)).names //=> [{ name: "Appraise_Owned_Results", reference: "'考评结果'!$A$1" }, …]
 */
export function packageFacts(pkg: WorkbookPackage): WorkbookFacts {
  return {
    sheets: pkg.sheets.map((s) => ({ name: s.name, tables: s.tables.map((t) => t.definition.name) })),
    names: pkg.workbook.definedNames.map((n) => ({ name: n.name, reference: n.text, ...(n.localSheetId !== undefined ? { local: true } : {}) })),
  };
}

/** The ownership of each of Appraise's sheets in the package (table outputs and print sheets). */
export function packageOwnershipOf(pkg: WorkbookPackage): Record<OwnedKind, Ownership> {
  return ownershipOf(packageFacts(pkg));
}
