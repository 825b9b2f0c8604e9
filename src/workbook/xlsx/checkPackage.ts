/**
 * Finds what is wrong in a package that the file library could not load, so
 * the user hears which part is damaged and how, not only that "the file
 * cannot be read": a part that is not well-formed XML, a relationship whose
 * target is not in the package, a missing workbook part.
 */
import { saxParser } from "./saxParser";
import { resolveTarget, sourceOfRels } from "./partNames";
import { parseRelationships } from "./relationships";

export interface PackageProblem {
  /** The part at fault, e.g. `xl/worksheets/sheet2.xml`. */
  readonly part: string;
  /** What is wrong with it, in the XML parser's or the package's terms (not translated). */
  readonly cause: string;
}

const isXml = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

function wellFormed(xml: string): string | null {
  try {
    saxParser().write(xml).close();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function missingTarget(name: string, xml: string, parts: ReadonlyMap<string, Uint8Array>): PackageProblem | null {
  const source = sourceOfRels(name);
  if (source === null) return null;
  for (const rel of parseRelationships(xml)) {
    if (rel.targetMode === "External") continue;
    const target = resolveTarget(source, rel.target);
    if (target === null || !parts.has(target)) {
      return { part: name, cause: `relationship ${rel.id} refers to ${rel.target}, which is not in the package` };
    }
  }
  return null;
}

/**
 * The first problem found in the package's parts, in the order the zip holds
 * them, or null when none of these checks finds one.
 * @example
 * findPackageProblem(new Map([["[Content_Types].xml", bytes("<Types>")]]))
 * //=> { part: "[Content_Types].xml", cause: "1:8: unclosed tag: Types" }
 */
export function findPackageProblem(parts: ReadonlyMap<string, Uint8Array>): PackageProblem | null {
  for (const required of ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"]) {
    if (!parts.has(required)) return { part: required, cause: "the part is missing" };
  }
  const decoder = new TextDecoder();
  for (const [name, data] of parts) {
    if (!isXml(name)) continue;
    const xml = decoder.decode(data);
    const malformed = wellFormed(xml);
    if (malformed !== null) return { part: name, cause: malformed };
    const missing = missingTarget(name, xml, parts);
    if (missing) return missing;
  }
  return null;
}
