/**
 * What ExcelJS 4.4 would misread of an .xlsx package's tables, found from the
 * table parts (used where Appraise still loads a workbook into ExcelJS:
 * `demo`), and the ownership of the output sheets in an existing `--out`
 * file. The graded copy itself no longer goes through ExcelJS (writeCopy.ts),
 * so nothing of the input is dropped from it.
 */
import { ownershipOf, type OwnedKind, type WorkbookFacts } from "../ownership";
import type { Ownership } from "../port";
import { relsPartOf, resolveTarget } from "./partNames";
import { parseRelationships } from "./relationships";
import { readZip } from "./zip";

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;
const decode = (data: Uint8Array): string => new TextDecoder().decode(data);

export interface TableDeclaration {
  readonly headerRow: boolean;
  /** 0-based columns whose filter button is hidden. */
  readonly hiddenButtons: ReadonlySet<number>;
}

export interface PackageInfo {
  /** False when the bytes are not a zip package this reader understands. */
  readonly readable: boolean;
  /**
   * How each table is declared, by name, where ExcelJS 4.4 misreads it: it
   * takes a table whose XML omits headerRowCount (Excel's default of 1, as
   * Excel writes it) as headerless, and a filter button with no hiddenButton
   * attribute (visible, Excel's default) as hidden.
   */
  readonly tables: ReadonlyMap<string, TableDeclaration>;
}

/**
 * Lists the parts of an .xlsx package.
 * @example
 * inspectPackage(fs.readFileSync("in.xlsx")).tables.get("Units") //=> { headerRow: true, hiddenButtons: Set {} }
 */
export function inspectPackage(buf: Uint8Array): PackageInfo {
  const names: string[] = [];
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZip(buf, (name) => {
      names.push(name);
      return TABLE_PART.test(name);
    });
  } catch {
    return { readable: false, tables: new Map() };
  }
  const tables = new Map<string, TableDeclaration>();
  for (const name of names) {
    const declared = TABLE_PART.test(name) ? tableDeclaration(decode(parts.get(name) ?? new Uint8Array())) : null;
    if (declared) tables.set(declared.name, declared.declaration);
  }
  return { readable: true, tables };
}

function tableDeclaration(xml: string): { name: string; declaration: TableDeclaration } | null {
  const open = /<(?:\w+:)?table\s[^>]*>/.exec(xml)?.[0] ?? "";
  const name = /\sname="([^"]*)"/.exec(open)?.[1];
  if (name === undefined) return null;
  const hiddenButtons = new Set<number>();
  for (const m of xml.matchAll(/<(?:\w+:)?filterColumn\s[^>]*>/g)) {
    const col = /\scolId="(\d+)"/.exec(m[0])?.[1];
    if (col !== undefined && /\shiddenButton="(1|true)"/.test(m[0])) hiddenButtons.add(Number(col));
  }
  return { name: unescapeXml(name), declaration: { headerRow: !/\sheaderRowCount="0"/.test(open), hiddenButtons } };
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The parts the ownership facts come from: the workbook part, the relationships, the table parts. */
const FACT_PART = (name: string): boolean => name === "xl/workbook.xml" || name.endsWith(".rels") || TABLE_PART.test(name);

/** The tables on a sheet part, by name, as far as its relationships can be followed. */
function tablesOf(parts: ReadonlyMap<string, Uint8Array>, sheetPart: string | null): string[] {
  const xml = sheetPart === null ? undefined : parts.get(relsPartOf(sheetPart));
  if (sheetPart === null || xml === undefined) return [];
  return parseRelationships(decode(xml))
    .filter((rel) => rel.targetMode !== "External" && rel.type.endsWith("/table"))
    .map((rel) => resolveTarget(sheetPart, rel.target))
    .flatMap((part) => {
      const table = part === null ? undefined : parts.get(part);
      return table === undefined ? [] : (tableDeclaration(decode(table))?.name ?? []);
    });
}

/** What `read` gives, or `fallback` when the part it reads is damaged: the facts are read leniently. */
function lenient<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The sheets (with their tables, as far as they can be followed) and defined names of a package. */
function destinationFacts(parts: ReadonlyMap<string, Uint8Array>, xml: string): WorkbookFacts {
  const rels = parts.get(relsPartOf("xl/workbook.xml"));
  const targets = new Map(lenient(() => (rels === undefined ? [] : parseRelationships(decode(rels))), []).map((r) => [r.id, r.target]));
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map(([tag]) => {
    const target = targets.get(/\s\w+:id="([^"]*)"/.exec(tag)?.[1] ?? "");
    const part = target === undefined ? null : resolveTarget("xl/workbook.xml", target);
    return { name: unescapeXml(/\sname="([^"]*)"/.exec(tag)?.[1] ?? ""), tables: lenient(() => tablesOf(parts, part), []) };
  });
  const names = [...xml.matchAll(/<(?:\w+:)?definedName(\s[^>]*)>([^<]*)</g)].map(([, attributes, text]) => ({
    name: unescapeXml(/\sname="([^"]*)"/.exec(attributes)?.[1] ?? ""),
    reference: unescapeXml(text),
    ...(/\slocalSheetId="/.test(attributes) ? { local: true } : {}),
  }));
  return { sheets, names };
}

/**
 * The ownership of Appraise's sheets in an .xlsx package, by the one rule
 * (../ownership.ts), read from its workbook part, relationships and table
 * parts alone, without loading it: the command line checks an existing
 * `--out` file this way before replacing it. Null when the bytes are not a
 * workbook package.
 */
export function packageOwnership(buf: Uint8Array): Record<OwnedKind, Ownership> | null {
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZip(buf, FACT_PART);
  } catch {
    return null;
  }
  const xml = parts.get("xl/workbook.xml");
  return xml === undefined ? null : ownershipOf(destinationFacts(parts, decode(xml)));
}
