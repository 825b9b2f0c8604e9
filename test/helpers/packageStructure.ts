/**
 * A structural check of a written package, run on every copy the tests
 * write (runCli does it after each `score`): each relationship's target
 * exists, each part has a content type, sheet ids and names are unique,
 * defined names are valid, table ids and names are unique, every XML part
 * parses with its namespaces resolved (an undeclared prefix is a problem:
 * LibreOffice refuses such a file), and Appraise's own sheets have their
 * elements in the schema's order (ECMA-376 Part 1, CT_Worksheet). Returns
 * the problems found, [] for none.
 */
import { SaxesParser } from "saxes";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { resolveTarget, sourceOfRels } from "../../src/workbook/xlsx/partNames";
import { readPackage, relationshipsOf } from "../../src/workbook/xlsx/readPackage";
import { parseRelationships } from "../../src/workbook/xlsx/relationships";
import { readZip } from "../../src/workbook/xlsx/zip";

/** CT_Worksheet's children, in order. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const local = (n: string): string => n.slice(n.indexOf(":") + 1);

/** The children of the root element, in order; throws when the XML is not well-formed. */
export function rootChildren(xml: string): string[] {
  const children: string[] = [];
  let depth = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (t) => {
    if (depth === 1) children.push(local(t.name));
    if (!t.isSelfClosing) depth++;
  });
  parser.on("closetag", (t) => {
    if (!t.isSelfClosing) depth--;
  });
  parser.write(xml).close();
  return children;
}

/** Each .xml and .rels part that does not parse with namespaces (saxes, xmlns: true), with the parser's reason. */
export function namespaceProblems(parts: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    try {
      new SaxesParser({ xmlns: true }).write(new TextDecoder().decode(data)).close();
    } catch (e) {
      problems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return problems;
}

function contentTypeProblems(parts: Map<string, Uint8Array>): string[] {
  const xml = new TextDecoder().decode(parts.get("[Content_Types].xml") ?? new Uint8Array());
  const defaults = new Set([...xml.matchAll(/<Default\s[^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  const overrides = new Set([...xml.matchAll(/<Override\s[^>]*PartName="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]).slice(1)));
  const problems: string[] = [];
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    // A SpreadsheetML part needs its own type: the Default for .xml (application/xml) is not one.
    const own = name.startsWith("xl/") && ext === "xml";
    if (!overrides.has(name) && (own || !defaults.has(ext))) problems.push(`${name} has no content type`);
  }
  for (const o of overrides) if (!parts.has(o)) problems.push(`content type Override for ${o}, which is not in the package`);
  return problems;
}

function relationshipProblems(parts: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [name, data] of parts) {
    const source = sourceOfRels(name);
    if (source === null) continue;
    if (source !== "" && !parts.has(source)) problems.push(`${name} describes ${source}, which is not in the package`);
    const ids = new Set<string>();
    for (const rel of parseRelationships(new TextDecoder().decode(data))) {
      if (ids.has(rel.id)) problems.push(`${name}: relationship id ${rel.id} twice`);
      ids.add(rel.id);
      if (rel.targetMode === "External") continue;
      const target = resolveTarget(source, rel.target);
      if (target === null || !parts.has(target)) problems.push(`${name}: ${rel.id} → ${rel.target} is not in the package`);
    }
  }
  return problems;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function workbookProblems(bytes: Buffer): string[] {
  const pkg = readPackage(bytes);
  const problems: string[] = [];
  const ids = pkg.workbook.sheets.map((s) => s.sheetId);
  if (new Set(ids).size !== ids.length || ids.some((id) => !Number.isInteger(id) || id < 1))
    problems.push(`sheet ids not unique positive integers: ${ids.join(",")}`);
  const names = pkg.workbook.sheets.map((s) => s.name.toLowerCase());
  if (new Set(names).size !== names.length) problems.push(`sheet names not unique: ${names.join(",")}`);
  const scoped = new Set<string>();
  for (const n of pkg.workbook.definedNames) {
    const key = `${n.localSheetId ?? ""}|${n.name.toLowerCase()}`;
    if (scoped.has(key)) problems.push(`defined name ${n.name} twice in one scope`);
    scoped.add(key);
    if (!NAME.test(n.name) || CELL_LIKE.test(n.name)) problems.push(`defined name ${n.name} is not a valid name`);
    if (n.text.trim() === "") problems.push(`defined name ${n.name} refers to nothing`);
    if (n.localSheetId !== undefined && (n.localSheetId < 0 || n.localSheetId >= pkg.sheets.length))
      problems.push(`defined name ${n.name}: no sheet ${n.localSheetId}`);
  }
  const tables = pkg.sheets.flatMap((s) => s.tables.map((t) => t.definition));
  if (new Set(tables.map((t) => t.id)).size !== tables.length) problems.push(`table ids not unique: ${tables.map((t) => t.id).join(",")}`);
  if (new Set(tables.map((t) => t.name.toLowerCase())).size !== tables.length) problems.push(`table names not unique`);
  for (const { sheet } of Object.values(OUTPUT_SHEETS)) {
    const entry = pkg.sheets.find((s) => s.name === sheet);
    if (!entry?.part) continue;
    const order = rootChildren(new TextDecoder().decode(pkg.parts.get(entry.part))).map((c) => WORKSHEET_ORDER.indexOf(c));
    if (order.some((i, k) => i < 0 || (k > 0 && i <= order[k - 1]))) problems.push(`${sheet}: elements out of schema order`);
    if (relationshipsOf(pkg.parts, entry.part).length === 0) problems.push(`${sheet} has no relationships`);
  }
  return problems;
}

/** Every problem of the package's structure. */
export function packageStructureProblems(bytes: Buffer): string[] {
  const parts = readZip(bytes);
  return [...namespaceProblems(parts), ...relationshipProblems(parts), ...contentTypeProblems(parts), ...workbookProblems(bytes)];
}
