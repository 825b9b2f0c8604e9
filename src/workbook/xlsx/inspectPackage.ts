/**
 * What an .xlsx package holds that ExcelJS would lose or misread, found by
 * listing its parts. ExcelJS 4.4 drops charts, pivot tables, macros and other
 * parts it does not model when it saves, which is why Appraise never rewrites
 * the input file and says so in the copy.
 */
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_KINDS, PRINT_SHEETS, type OutputKind, type Ownership, type PrintKind } from "../port";
import { readZip, zipText } from "./zip";

/** A kind of workbook part ExcelJS does not carry over into the copy. */
export type DroppedPartKind =
  | "charts"
  | "pivotTables"
  | "macros"
  | "slicers"
  | "controls"
  | "externalLinks"
  | "dataConnections"
  | "threadedComments"
  | "shapes"
  | "definedNames";

export interface DroppedPart {
  readonly kind: DroppedPartKind;
  /** How many parts of the package are of this kind. */
  readonly count: number;
}

export const DROPPED_PART_LABELS: Readonly<Record<DroppedPartKind, { readonly zh: string; readonly en: string }>> = {
  charts: { zh: "图表", en: "charts" },
  pivotTables: { zh: "数据透视表", en: "pivot tables" },
  macros: { zh: "VBA 宏", en: "VBA macros" },
  slicers: { zh: "切片器/日程表", en: "slicers/timelines" },
  controls: { zh: "表单控件", en: "form controls" },
  externalLinks: { zh: "外部链接", en: "external links" },
  dataConnections: { zh: "数据连接", en: "data connections" },
  threadedComments: { zh: "线程式批注", en: "threaded comments" },
  shapes: { zh: "形状/文本框", en: "shapes/text boxes" },
  definedNames: { zh: "公式或常量名称", en: "names defined by formulas or constants" },
};

const PART_PATTERNS: readonly (readonly [DroppedPartKind, RegExp])[] = [
  ["charts", /^xl\/(charts\/chart\d*\.xml|chartsheets\/[^/]+\.xml)$/],
  ["pivotTables", /^xl\/pivotTables\/[^/]+\.xml$/],
  ["macros", /^xl\/vbaProject\.bin$/],
  ["slicers", /^xl\/(slicers|timelines)\/[^/]+\.xml$/],
  ["controls", /^xl\/(activeX|ctrlProps)\/[^/]+\.(xml|bin)$/],
  ["externalLinks", /^xl\/externalLinks\/[^/]+\.xml$/],
  ["dataConnections", /^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/],
  ["threadedComments", /^xl\/threadedComments\/[^/]+\.xml$/],
];

/** Shapes, text boxes and connectors in a drawing (pictures survive; charts are counted as charts). */
const SHAPE = /<(?:\w+:)?(?:sp|grpSp|cxnSp)[\s>]/;

export interface TableDeclaration {
  readonly headerRow: boolean;
  /** 0-based columns whose filter button is hidden. */
  readonly hiddenButtons: ReadonlySet<number>;
}

export interface PackageInfo {
  /** False when the bytes are not a zip package this reader understands. */
  readonly readable: boolean;
  readonly droppedParts: readonly DroppedPart[];
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
 * inspectPackage(fs.readFileSync("with-chart.xlsx")).droppedParts //=> [{ kind: "charts", count: 1 }]
 */
export function inspectPackage(buf: Buffer): PackageInfo {
  const names: string[] = [];
  const wanted = (name: string): boolean => name === "xl/workbook.xml" || /^xl\/drawings\/drawing\d+\.xml$/.test(name) || /^xl\/tables\/[^/]+\.xml$/.test(name);
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZip(buf, (name) => {
      names.push(name);
      return wanted(name);
    });
  } catch {
    return { readable: false, droppedParts: [], tables: new Map() };
  }
  const text = (name: string): string => new TextDecoder().decode(parts.get(name) ?? new Uint8Array());
  const counts = new Map<DroppedPartKind, number>();
  const bump = (kind: DroppedPartKind): void => void counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const tables = new Map<string, TableDeclaration>();
  for (const name of names) {
    const match = PART_PATTERNS.find(([, re]) => re.test(name));
    if (match) bump(match[0]);
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name) && SHAPE.test(text(name))) bump("shapes");
    if (name === "xl/workbook.xml") {
      const dropped = droppedNames(text(name));
      if (dropped > 0) counts.set("definedNames", dropped);
    }
    if (/^xl\/tables\/[^/]+\.xml$/.test(name)) {
      const declared = tableDeclaration(text(name));
      if (declared) tables.set(declared.name, declared.declaration);
    }
  }
  const droppedParts = PART_PATTERNS.map(([kind]) => kind)
    .concat("shapes", "definedNames")
    .filter((kind) => counts.has(kind))
    .map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  return { readable: true, droppedParts, tables };
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

/** A reference ExcelJS keeps in a defined name: cells or ranges with `$` anchors, e.g. `'考评结果'!$A$1:$B$2`. */
const KEPT_RANGE = /^(?:'(?:[^']|'')+'|[^'!]+)!\$[A-Za-z]{1,3}\$\d+(?::\$[A-Za-z]{1,3}\$\d+)?$/;

/**
 * How many of the workbook's defined names ExcelJS drops: those holding a
 * formula, a constant or a whole-column reference. Excel's built-in names
 * (`_xlnm.…`: print areas, filters) are not counted.
 */
function droppedNames(workbookXml: string): number {
  let dropped = 0;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\s[^>]*?name="([^"]*)"[^>]*>([^<]*)</g)) {
    if (m[1].startsWith("_xlnm.")) continue;
    const parts = unescapeXml(m[2]).split(",");
    if (!parts.every((p) => KEPT_RANGE.test(p.trim()))) dropped++;
  }
  return dropped;
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
    const refSheet = ref.slice(0, Math.max(0, ref.lastIndexOf("!"))).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    return !sheets.has(sheet) ? "absent" : refSheet === sheet ? "owned" : "foreign";
  };
  const out = {} as Record<OutputKind | PrintKind, Ownership>;
  for (const kind of Object.keys(OUTPUT_SHEETS) as OutputKind[]) out[kind] = ownership(OUTPUT_SHEETS[kind].sheet, OWNERSHIP_NAMES[kind]);
  for (const kind of PRINT_KINDS) out[kind] = ownership(PRINT_SHEETS[kind].sheet, PRINT_SHEETS[kind].ownerName);
  return out;
}
