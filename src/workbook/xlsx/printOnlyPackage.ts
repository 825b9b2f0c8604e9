/**
 * A copy of a graded package that prints only some of its sheets: every other
 * sheet hidden (hidden sheets are neither printed nor exported to PDF), the
 * first kept sheet the active one (a hidden sheet cannot be). Used by
 * `appraise print` to hand LibreOffice the announcement and the feedback
 * letters alone; the graded file itself is never changed.
 */
import { saxParser } from "./saxParser";
import { escapeAttr, localName } from "./xmlText";
import { readZip, writeZip } from "./zip";

/** A start tag to write anew, once the active sheet is known. */
interface TagEdit {
  readonly start: number;
  readonly end: number;
  readonly render: (active: number) => string;
}

/** A start tag written anew from its name and attributes. */
function startTag(name: string, attributes: Record<string, string>, selfClosing: boolean): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`);
  return `<${name}${attrs.join("")}${selfClosing ? "/>" : ">"}`;
}

/**
 * The workbook part with every sheet but `keep` hidden and the first kept
 * sheet active. Null when none of `keep` is in it. Throws saxes' error for a
 * workbook part that is not well-formed.
 * @example
 * printOnlyWorkbookXml('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets></workbook>', ["B"])
 * //=> '<workbook><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1" state="hidden"/><sheet name="B" …/></sheets></workbook>'
 */
export function printOnlyWorkbookXml(xml: string, keep: readonly string[]): string | null {
  const edits: TagEdit[] = [];
  const parser = saxParser();
  let index = 0;
  let active = -1;
  let prefix = "";
  let sheetsStart = -1;
  let viewEdited = false;
  const tagStart = (): number => xml.lastIndexOf("<", parser.position - 1);
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const a = { ...(tag.attributes as Record<string, string>) };
    if (name === "sheets") {
      sheetsStart = tagStart();
      prefix = tag.name.slice(0, tag.name.length - name.length);
    } else if (name === "sheet") {
      if (keep.includes(a.name ?? "")) {
        if (active < 0) active = index;
        delete a.state;
      } else a.state = "hidden";
      const text = startTag(tag.name, a, tag.isSelfClosing);
      edits.push({ start: tagStart(), end: parser.position, render: () => text });
      index++;
    } else if (name === "workbookView" && !viewEdited) {
      viewEdited = true;
      edits.push({
        start: tagStart(),
        end: parser.position,
        render: (n) => startTag(tag.name, { ...a, activeTab: String(n), firstSheet: String(n) }, tag.isSelfClosing),
      });
    }
  });
  parser.write(xml).close();
  if (active < 0) return null;
  let out = xml;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.render(active) + out.slice(e.end);
  // No workbook view: one goes right before <sheets>, where the schema puts bookViews.
  if (!viewEdited && sheetsStart >= 0) {
    const at = out.indexOf(`<${prefix}sheets`);
    out = `${out.slice(0, at)}<${prefix}bookViews><${prefix}workbookView activeTab="${active}"/></${prefix}bookViews>${out.slice(at)}`;
  }
  return out;
}

/** The package with only the sheets named `keep` visible, or null when none of them is in it. */
export function printOnlyPackage(bytes: Uint8Array, keep: readonly string[]): Uint8Array | null {
  const parts = readZip(bytes);
  const workbook = parts.get("xl/workbook.xml");
  if (workbook === undefined) return null;
  const xml = printOnlyWorkbookXml(new TextDecoder().decode(workbook), keep);
  if (xml === null) return null;
  parts.set("xl/workbook.xml", new TextEncoder().encode(xml));
  return writeZip(parts);
}
