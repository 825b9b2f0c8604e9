/**
 * The edits Appraise makes to the package's shared parts, each an insertion
 * into an element the schema allows once per part, so everything else in
 * the part stays as it was, byte for byte: new sheets at the end of
 * `<sheets>`, ownership names in `<definedNames>`, content types in
 * `[Content_Types].xml`. What is inserted uses the prefixes in effect where
 * it goes (read with saxes, topElements.ts), and declares the one it needs
 * when none is: an input may declare its namespaces anywhere.
 */
import { appendInside, prefixFor, topElements, type XmlElement } from "./topElements";
import { escapeAttr, escapeText } from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/**
 * How an element in namespace `uri` is named where `at` is, and the
 * declaration it needs when no prefix is bound to `uri` there.
 * @example
 * elementName(sheetsElement, MAIN_NS, "sheet") //=> { name: "sheet", declare: "" }
 */
function elementName(at: XmlElement, uri: string, local: string): { name: string; declare: string } {
  const p = prefixFor(at, uri, { attribute: false });
  if (p === null) return { name: local, declare: ` xmlns="${uri}"` };
  return { name: p === "" ? local : `${p}:${local}`, declare: "" };
}

/** A child of the root in the main namespace, by local name. */
const childOf = (children: readonly XmlElement[], local: string, uri = MAIN_NS): XmlElement | undefined =>
  children.find((c) => c.local === local && c.uri === uri);

/** The workbook part with sheets appended to the tab order. */
export function addSheets(xml: string, sheets: readonly { name: string; sheetId: number; rId: string }[]): string {
  if (sheets.length === 0) return xml;
  const sheetsEl = childOf(topElements(xml).children, "sheets");
  if (sheetsEl === undefined) throw new Error("the workbook part has no sheets element");
  const el = elementName(sheetsEl, MAIN_NS, "sheet");
  const r = prefixFor(sheetsEl, RELS_NS, { attribute: true });
  const rAttr = (rId: string): string => (r !== null ? `${r}:id="${escapeAttr(rId)}"` : `xmlns:r="${RELS_NS}" r:id="${escapeAttr(rId)}"`);
  const text = sheets.map((s) => `<${el.name}${el.declare} name="${escapeAttr(s.name)}" sheetId="${s.sheetId}" ${rAttr(s.rId)}/>`).join("");
  return appendInside(xml, sheetsEl, text);
}

/** The workbook part with workbook-scope defined names added (created after sheets, function groups and external references when absent). */
export function addDefinedNames(xml: string, names: readonly { name: string; text: string; localSheetId?: number }[]): string {
  if (names.length === 0) return xml;
  const { root, children } = topElements(xml);
  const local = (n: { localSheetId?: number }) => (n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`);
  const items = (at: XmlElement): string => {
    const el = elementName(at, MAIN_NS, "definedName");
    return names.map((n) => `<${el.name}${el.declare} name="${escapeAttr(n.name)}"${local(n)}>${escapeText(n.text)}</${el.name}>`).join("");
  };
  const existing = childOf(children, "definedNames");
  if (existing !== undefined) return appendInside(xml, existing, items(existing));
  const after = ["sheets", "functionGroups", "externalReferences"].map((tag) => childOf(children, tag)).filter((e) => e !== undefined);
  if (after.length === 0) throw new Error("the workbook part has no sheets element");
  const at = Math.max(...after.map((e) => e.end));
  const el = elementName(root, MAIN_NS, "definedNames");
  const inside = el.declare === "" ? root : { ...root, scope: { ...root.scope, "": MAIN_NS } };
  return `${xml.slice(0, at)}<${el.name}${el.declare}>${items(inside)}</${el.name}>${xml.slice(at)}`;
}

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** The part names that have an Override already, lower-cased (part names are compared ignoring case). */
function overridden(xml: string, children: readonly XmlElement[]): Set<string> {
  return new Set(
    children
      .filter((c) => c.local === "Override" && c.uri === TYPES_NS)
      .map((c) => /\sPartName\s*=\s*(["'])(.*?)\1/.exec(xml.slice(c.start, c.openEnd))?.[2] ?? "")
      .map((name) => name.replace(/&amp;/g, "&").toLowerCase()),
  );
}

/** `[Content_Types].xml` with an Override for each new part not declared yet. */
export function addOverrides(xml: string, overrides: readonly { part: string; type: string }[]): string {
  const { root, children } = topElements(xml);
  const declared = overridden(xml, children);
  const missing = overrides.filter((o) => !declared.has(`/${o.part}`.toLowerCase()));
  if (missing.length === 0) return xml;
  const el = elementName(root, TYPES_NS, "Override");
  const text = missing.map((o) => `<${el.name}${el.declare} PartName="/${escapeAttr(o.part)}" ContentType="${o.type}"/>`).join("");
  return appendInside(xml, root, text);
}
