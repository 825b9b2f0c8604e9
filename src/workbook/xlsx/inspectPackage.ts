/**
 * What ExcelJS 4.4 would misread of an .xlsx package's tables, found from the
 * table parts (used where Appraise still loads a workbook into ExcelJS:
 * `demo`), and the ownership of the output sheets in an existing `--out`
 * file. The graded copy itself no longer goes through ExcelJS (writeCopy.ts),
 * so nothing of the input is dropped from it.
 */
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type Ownership, type PrintKind } from "../port";
import { readZip, zipText } from "./zip";

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
export function inspectPackage(buf: Buffer): PackageInfo {
  const names: string[] = [];
  const wanted = (name: string): boolean => /^xl\/tables\/[^/]+\.xml$/.test(name);
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZip(buf, (name) => {
      names.push(name);
      return wanted(name);
    });
  } catch {
    return { readable: false, tables: new Map() };
  }
  const text = (name: string): string => new TextDecoder().decode(parts.get(name) ?? new Uint8Array());
  const tables = new Map<string, TableDeclaration>();
  for (const name of names) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(name)) {
      const declared = tableDeclaration(text(name));
      if (declared) tables.set(declared.name, declared.declaration);
    }
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

/**
 * The ownership of the output sheets in an .xlsx package, read from its
 * workbook part alone (sheet names and defined names) without loading it: the
 * command line checks an existing `--out` file this way before replacing it.
 * Null when the bytes are not a workbook package.
 */
export function packageOwnership(buf: Buffer): Record<OutputKind | PrintKind, Ownership> | null {
  let xml: string | null;
  try {
    xml = zipText(buf, "xl/workbook.xml");
  } catch {
    return null;
  }
  if (xml === null) return null;
  const sheets = new Set([...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*?name="([^"]*)"/g)].map((m) => unescapeXml(m[1])));
  const names = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\s[^>]*?name="([^"]*)"[^>]*>([^<]*)</g)) names.set(unescapeXml(m[1]), unescapeXml(m[2]));
  const ownership = (sheet: string, ownerName: string): Ownership => {
    const ref = names.get(ownerName) ?? "";
    const refSheet = ref
      .slice(0, Math.max(0, ref.lastIndexOf("!")))
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    return !sheets.has(sheet) ? "absent" : refSheet === sheet ? "owned" : "foreign";
  };
  const out = {} as Record<OutputKind | PrintKind, Ownership>;
  for (const kind of Object.keys(OUTPUT_SHEETS) as OutputKind[]) out[kind] = ownership(OUTPUT_SHEETS[kind].sheet, OWNERSHIP_NAMES[kind]);
  for (const kind of PRINT_KINDS) out[kind] = ownership(PRINT_SHEETS[kind].sheet, PRINT_SHEETS[kind].ownerName);
  return out;
}
