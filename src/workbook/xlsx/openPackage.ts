/**
 * Opens the bytes of a file as a workbook package for the command line, or
 * says why it cannot: the same reasons openWorkbook (files.ts) gives, since
 * the command line's users read them (openProblemText.ts). The input
 * tables are read here, in one go, so a damaged part is found before
 * anything runs.
 */
import type { SheetExtent, TableGrid } from "../../engine/types";
import { isInputTable, ownedOutputSheets, requiredTableMissing } from "../inputTables";
import type { OwnedKind } from "../ownership";
import type { Ownership } from "../port";
import { findPackageProblem } from "./checkPackage";
import type { PackageProblem } from "./checkPackage";
import type { FileKind } from "./identifyFile";
import { identifyFile } from "./identifyFile";
import { packageOwnershipOf } from "./packageOwnership";
import { packageSheetExtents, packageTables } from "./packageTables";
import { readPackage, type WorkbookPackage } from "./readPackage";
import { readZip } from "./zip";

/** Why a file could not be opened as a workbook. */
export type OpenProblem =
  /** The file is something else (an .xls, a CSV, an encrypted workbook…). */
  | { readonly kind: Exclude<FileKind, "workbook"> }
  /** A workbook package with a damaged part. */
  | ({ readonly kind: "damagedPart" } & PackageProblem)
  /** A workbook package the file library failed on, for a reason no check here finds. */
  | { readonly kind: "library"; readonly cause: string };

export interface OpenedPackage {
  readonly pkg: WorkbookPackage;
  /** The input tables (inputTables.ts: those on Appraise's own sheets, and tables of other names, left out), with the cells beside each. */
  readonly tables: readonly TableGrid[];
  /** The sheets that are not Appraise's, each without tables with its used range (see packageSheetExtents); read only when a required table is missing (inputTables.ts requiredTableMissing). */
  readonly sheets?: readonly SheetExtent[];
  /** The ownership of Appraise's sheets in the package, table outputs and print sheets. */
  readonly ownership: Readonly<Record<OwnedKind, Ownership>>;
}

export type PackageOpened = { readonly ok: true; readonly opened: OpenedPackage } | { readonly ok: false; readonly problem: OpenProblem };

function read(bytes: Uint8Array): OpenedPackage {
  const pkg = readPackage(bytes);
  const ownership = packageOwnershipOf(pkg);
  const owned = ownedOutputSheets(ownership);
  const tables = packageTables(pkg, owned, true).filter((t) => isInputTable(t, owned));
  return { pkg, tables, ...(requiredTableMissing(tables) ? { sheets: packageSheetExtents(pkg, owned) } : {}), ownership };
}

/**
 * @example
 * const opened = openPackage(fs.readFileSync("in.xlsx"));
 * if (!opened.ok) console.error(openProblemText(opened.problem, "en"));
 */
export function openPackage(bytes: Uint8Array): PackageOpened {
  const kind = identifyFile(bytes);
  if (kind !== "workbook") return { ok: false, problem: { kind } };
  try {
    return { ok: true, opened: read(bytes) };
  } catch (error) {
    let parts: Map<string, Uint8Array>;
    try {
      parts = readZip(bytes);
    } catch {
      return { ok: false, problem: { kind: "damagedZip" } };
    }
    const found = findPackageProblem(parts);
    if (found) return { ok: false, problem: { kind: "damagedPart", ...found } };
    return { ok: false, problem: { kind: "library", cause: error instanceof Error ? error.message : String(error) } };
  }
}
