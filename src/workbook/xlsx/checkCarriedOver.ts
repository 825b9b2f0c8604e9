/**
 * The check that nothing of the input is dropped from the graded copy: every
 * part of the input is in the copy, and every part Appraise does not own or
 * edit has the input's very bytes. A failure is a bug in Appraise, never the
 * user's: it throws, and no copy is written.
 */
import { sameBytes } from "./bytes";
import { CopyDefect } from "./copyDefect";
import type { PartToZip } from "./rawZip";
import type { WorkbookPackage } from "./readPackage";

const same = sameBytes;

/**
 * @example
 * checkCarriedOver(pkg, parts, new Set(["xl/workbook.xml"])) // throws if a chart part is missing or changed
 */
export function checkCarriedOver(pkg: WorkbookPackage, parts: readonly PartToZip[], edited: ReadonlySet<string>): void {
  const out = new Map(parts.map((p) => [p.name, p.content]));
  for (const [name, content] of pkg.parts) {
    const copy = out.get(name);
    if (copy === undefined) throw new CopyDefect(name, "the copy would lack this part of the input");
    if (!edited.has(name) && !same(copy, content)) throw new CopyDefect(name, "the copy would change this part of the input");
  }
}
