/**
 * Relationships parts (`*.rels`): which part refers to which. Parsed with
 * saxes (a conformant XML parser), written back as plain XML.
 */
import { saxParser } from "./saxParser";
import { relativeTarget, resolveTarget, sourceOfRels } from "./partNames";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** "External" for a link outside the package (a URL, another file); internal otherwise. */
  readonly targetMode?: string;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The local name of an element, without its prefix. */
const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/**
 * The relationships in a `.rels` part. Throws saxes' error (with line and
 * column) when the XML is not well-formed.
 * @example
 * parseRelationships('<Relationships><Relationship Id="rId1" Type="t" Target="/xl/a.xml"/></Relationships>')
 * //=> [{ id: "rId1", type: "t", target: "/xl/a.xml" }]
 */
export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    if (localName(tag.name) !== "Relationship") return;
    const a = tag.attributes as Record<string, string>;
    rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", ...(a.TargetMode ? { targetMode: a.TargetMode } : {}) });
  });
  parser.write(xml).close();
  return rels;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A `.rels` part's XML for the relationships, as Excel writes it. */
export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.targetMode ? ` TargetMode="${escapeAttr(r.targetMode)}"` : ""}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join("")}</Relationships>`;
}

/**
 * Rewrites every internal relationship target written as an absolute part
 * name (`/xl/tables/table1.xml`, as openpyxl writes them) into the relative
 * form Excel writes (`../tables/table1.xml`), which is what ExcelJS 4.4 can
 * resolve (exceljs/exceljs#1468). Both forms name the same part, so the
 * package means exactly what it meant. Changes `parts` in place; returns the
 * names of the `.rels` parts it rewrote. Throws saxes' error for a `.rels`
 * part that is not well-formed.
 */
export function relativizeTargets(parts: Map<string, Uint8Array>): string[] {
  const rewritten: string[] = [];
  for (const [name, data] of parts) {
    const source = sourceOfRels(name);
    if (source === null) continue;
    const rels = parseRelationships(new TextDecoder().decode(data));
    if (!rels.some((r) => r.targetMode !== "External" && r.target.startsWith("/"))) continue;
    const fixed = rels.map((r) => {
      if (r.targetMode === "External" || !r.target.startsWith("/")) return r;
      const part = resolveTarget(source, r.target);
      return part === null ? r : { ...r, target: relativeTarget(source, part) };
    });
    parts.set(name, new TextEncoder().encode(relationshipsXml(fixed)));
    rewritten.push(name);
  }
  return rewritten;
}
