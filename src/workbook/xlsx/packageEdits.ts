/**
 * The edits Appraise makes to the package's shared parts, each an insertion
 * before a closing tag the schema allows once per part, so everything else in
 * the part stays as it was, byte for byte: new sheets at the end of
 * `<sheets>`, ownership names in `<definedNames>`, content types in
 * `[Content_Types].xml`.
 */
import { escapeAttr, escapeText, rootPrefix } from "./xmlText";

const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Inserts `text` just before the first `</tag>` (prefixed as the part's root is); or expands `<tag/>`; or null when neither exists. */
function insertBeforeClose(xml: string, p: string, tag: string, text: string): string | null {
  const close = xml.indexOf(`</${p}${tag}>`);
  if (close >= 0) return xml.slice(0, close) + text + xml.slice(close);
  const empty = new RegExp(`<${p}${tag}(\\s[^>]*)?/>`).exec(xml);
  if (empty) return xml.slice(0, empty.index) + `<${p}${tag}${empty[1] ?? ""}>${text}</${p}${tag}>` + xml.slice(empty.index + empty[0].length);
  return null;
}

/** The workbook part with sheets appended to the tab order. */
export function addSheets(xml: string, sheets: readonly { name: string; sheetId: number; rId: string }[]): string {
  if (sheets.length === 0) return xml;
  const p = rootPrefix(xml, "workbook");
  const declared = new RegExp(`xmlns:([\\w.-]+)="${RELS_NS}"`).exec(xml)?.[1];
  const rAttr = (rId: string): string => (declared ? `${declared}:id="${escapeAttr(rId)}"` : `xmlns:r="${RELS_NS}" r:id="${escapeAttr(rId)}"`);
  const text = sheets.map((s) => `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}" ${rAttr(s.rId)}/>`).join("");
  const out = insertBeforeClose(xml, p, "sheets", text);
  if (out === null) throw new Error("the workbook part has no sheets element");
  return out;
}

/** The workbook part with workbook-scope defined names added (created after sheets, function groups and external references when absent). */
export function addDefinedNames(xml: string, names: readonly { name: string; text: string; localSheetId?: number }[]): string {
  if (names.length === 0) return xml;
  const p = rootPrefix(xml, "workbook");
  const local = (n: { localSheetId?: number }) => (n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`);
  const text = names.map((n) => `<${p}definedName name="${escapeAttr(n.name)}"${local(n)}>${escapeText(n.text)}</${p}definedName>`).join("");
  const inserted = insertBeforeClose(xml, p, "definedNames", text);
  if (inserted !== null) return inserted;
  let at = -1;
  for (const tag of ["sheets", "functionGroups", "externalReferences"]) {
    const m = new RegExp(`</${p}${tag}>|<${p}${tag}(\\s[^>]*)?/>`).exec(xml);
    if (m) at = Math.max(at, m.index + m[0].length);
  }
  if (at < 0) throw new Error("the workbook part has no sheets element");
  return `${xml.slice(0, at)}<${p}definedNames>${text}</${p}definedNames>${xml.slice(at)}`;
}

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** `[Content_Types].xml` with an Override for each new part not declared yet. */
export function addOverrides(xml: string, overrides: readonly { part: string; type: string }[]): string {
  const p = rootPrefix(xml, "Types");
  const missing = overrides.filter((o) => !xml.includes(`PartName="/${escapeAttr(o.part)}"`));
  if (missing.length === 0) return xml;
  const text = missing.map((o) => `<${p}Override PartName="/${escapeAttr(o.part)}" ContentType="${o.type}"/>`).join("");
  const out = insertBeforeClose(xml, p, "Types", text);
  if (out === null) throw new Error("[Content_Types].xml has no Types element");
  return out;
}
