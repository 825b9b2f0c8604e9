/**
 * An .xlsx (or .xlsm) package as the command line reads and copies it: every
 * part's bytes (inflated, and as the zip stores them), and the few facts the
 * reader and writer need: the workbook part, its sheets and their parts,
 * each sheet's tables. No workbook model is built: cells are read only from
 * the sheets that hold input tables (packageTables.ts).
 */
import { resolveTarget, relsPartOf } from "./partNames";
import { inflateEntries, readRawEntries, type RawEntry } from "./rawZip";
import { parseRelationships, type Relationship } from "./relationships";
import { tableDefinition, type TableDefinition } from "./tableDefinition";
import { workbookEntries, type WorkbookEntries } from "./workbookPart";
import { readZip, zipNames } from "./zip";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
} as const;

/** A relationship's type without the namespace variant (Strict OOXML uses purl.oclc.org). */
const typeIs = (rel: Relationship, type: string): boolean => rel.type === type || rel.type.endsWith(type.slice(type.lastIndexOf("/")));

export interface PackageTable {
  readonly part: string;
  readonly definition: TableDefinition;
}

export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The sheet's part, e.g. `xl/worksheets/sheet2.xml`; null when its relationship is not a worksheet (a chartsheet…). */
  readonly part: string | null;
  readonly tables: readonly PackageTable[];
}

export interface WorkbookPackage {
  /** Every part, inflated, in the zip's order. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** The compressed bytes of the parts that can be copied as they are. */
  readonly raw: ReadonlyMap<string, RawEntry>;
  readonly workbookPart: string;
  readonly workbook: WorkbookEntries;
  readonly sheets: readonly PackageSheet[];
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
}

const decoder = new TextDecoder();

/** A part's text, or null when the package lacks it. */
export function partText(parts: ReadonlyMap<string, Uint8Array>, name: string | null): string | null {
  const data = name === null ? undefined : parts.get(name);
  return data === undefined ? null : decoder.decode(data);
}

/** The relationships of a part (none when it has no relationships part). */
export function relationshipsOf(parts: ReadonlyMap<string, Uint8Array>, part: string): Relationship[] {
  const xml = partText(parts, relsPartOf(part));
  return xml === null ? [] : parseRelationships(xml);
}

/** The part a relationship of `source` refers to; throws when the package lacks it (findPackageProblem says which). */
function targetOf(parts: ReadonlyMap<string, Uint8Array>, source: string, rel: Relationship): string {
  const target = resolveTarget(source, rel.target);
  if (target === null || !parts.has(target)) throw new Error(`${relsPartOf(source)}: ${rel.id} refers to ${rel.target}, which is not in the package`);
  return target;
}

function sheetTables(parts: ReadonlyMap<string, Uint8Array>, part: string): PackageTable[] {
  const tables: PackageTable[] = [];
  for (const rel of relationshipsOf(parts, part)) {
    if (rel.targetMode === "External" || !typeIs(rel, REL.table)) continue;
    const tablePart = targetOf(parts, part, rel);
    const definition = tableDefinition(partText(parts, tablePart) ?? "");
    if (definition !== null) tables.push({ part: tablePart, definition });
  }
  return tables;
}

/**
 * Reads the package. Throws (a ZipError, saxes' error, or an Error naming
 * the part) when it is not one this reader can follow; openPackage turns
 * that into the reason the user reads.
 */
export function readPackage(bytes: Uint8Array): WorkbookPackage {
  const raw = readRawEntries(bytes);
  // Every entry copied raw (the usual case): inflate those bytes; otherwise let fflate read the whole zip.
  const names = zipNames(bytes);
  const parts = raw.size === names.length && names.every((n) => raw.has(n)) ? inflateEntries(raw) : readZip(bytes);
  const office = relationshipsOf(parts, "").find((r) => typeIs(r, REL.officeDocument));
  const workbookPart = office ? targetOf(parts, "", office) : "xl/workbook.xml";
  const workbook = workbookEntries(partText(parts, workbookPart) ?? "");
  const rels = relationshipsOf(parts, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = workbook.sheets.map((entry): PackageSheet => {
    const rel = byId.get(entry.rId);
    if (rel === undefined) throw new Error(`${workbookPart}: sheet ${entry.name} has no relationship ${entry.rId}`);
    const part = typeIs(rel, REL.worksheet) ? targetOf(parts, workbookPart, rel) : null;
    return { ...entry, part, tables: part === null ? [] : sheetTables(parts, part) };
  });
  const find = (type: string): string | null => {
    const rel = rels.find((r) => typeIs(r, type));
    return rel ? targetOf(parts, workbookPart, rel) : null;
  };
  return { parts, raw, workbookPart, workbook, sheets, sharedStringsPart: find(REL.sharedStrings), stylesPart: find(REL.styles) };
}
