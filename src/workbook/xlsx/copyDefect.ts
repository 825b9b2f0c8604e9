/**
 * A graded copy that would be broken: a part Appraise edited or added that
 * is not well-formed XML with its namespaces declared, or a part of the
 * input that would be lost or changed. Either is a bug in Appraise, never
 * the user's doing; the copy is not written, and the command says so,
 * naming the part.
 */
import { saxParser } from "./saxParser";

export class CopyDefect extends Error {
  constructor(
    /** The part at fault, e.g. `xl/workbook.xml`. */
    readonly part: string,
    /** What is wrong with it (the XML parser's words, untranslated). */
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = "CopyDefect";
  }
}

/**
 * Parses each part with namespaces resolved (saxes, `xmlns: true`): an
 * undeclared prefix fails as surely as a tag left open. Throws a CopyDefect
 * naming the first part that fails.
 * @example
 * checkWellFormed([["xl/workbook.xml", '<workbook><sheets><sheet r:id="rId1"/></sheets></workbook>']])
 * // throws CopyDefect: xl/workbook.xml: 1:37: unbound namespace prefix: "r".
 */
export function checkWellFormed(parts: Iterable<readonly [string, string]>): void {
  for (const [part, xml] of parts) {
    try {
      saxParser({ xmlns: true }).write(xml).close();
    } catch (e) {
      throw new CopyDefect(part, e instanceof Error ? e.message : String(e));
    }
  }
}

/**
 * The first XML part (`.xml`, `.rels`) of a package that does not parse with
 * its namespaces, or null when every one does: why Excel or LibreOffice may
 * refuse to open a workbook (`appraise verify`, `appraise print`).
 * @example
 * firstDamagedPart(readZip(bytes))?.part //=> "xl/workbook.xml"
 */
export function firstDamagedPart(parts: Iterable<readonly [string, Uint8Array]>): CopyDefect | null {
  const decoder = new TextDecoder();
  const xml = [...parts].filter(([name]) => /\.(xml|rels)$/i.test(name)).map(([name, data]) => [name, decoder.decode(data)] as const);
  try {
    checkWellFormed(xml);
    return null;
  } catch (e) {
    if (e instanceof CopyDefect) return e;
    throw e;
  }
}
