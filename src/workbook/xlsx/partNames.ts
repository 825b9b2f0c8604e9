/**
 * Part names and relationship targets of an Open Packaging Conventions
 * package (ECMA-376 Part 2), which .xlsx files are. A relationship's target is
 * a URI relative to the folder of the part the relationship belongs to, or,
 * starting with "/", relative to the package root. Excel writes the relative
 * form; openpyxl writes the absolute one (`Target="/xl/tables/table1.xml"`),
 * which ExcelJS 4.4 cannot resolve (exceljs/exceljs#1468).
 */

/**
 * The part a relationships part describes: `xl/_rels/workbook.xml.rels` →
 * `xl/workbook.xml`; the package's own `_rels/.rels` → "" (the root).
 * @example
 * sourceOfRels("xl/worksheets/_rels/sheet1.xml.rels") //=> "xl/worksheets/sheet1.xml"
 * sourceOfRels("_rels/.rels") //=> ""
 */
export function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? m[1] + m[2] : null;
}

/** The folder of a part, with its trailing "/" ("" for the root). */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/**
 * The part name a target refers to, from the part that holds the
 * relationship: "." and ".." resolved, percent-escapes decoded, a leading "/"
 * taken as the package root. Null when the target climbs above the root.
 * @example
 * resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml") //=> "xl/tables/table1.xml"
 * resolveTarget("xl/worksheets/sheet1.xml", "/xl/tables/table1.xml") //=> "xl/tables/table1.xml"
 * resolveTarget("", "xl/workbook.xml") //=> "xl/workbook.xml"
 */
export function resolveTarget(source: string, target: string): string | null {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "." || segment === "") continue;
    if (segment === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(safeDecode(segment));
  }
  return out.join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The relative target from `source` to the part `part`, as Excel writes it.
 * @example
 * relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table1.xml") //=> "../tables/table1.xml"
 * relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml") //=> "worksheets/sheet1.xml"
 * relativeTarget("", "xl/workbook.xml") //=> "xl/workbook.xml"
 */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * The relationships part of a part.
 * @example
 * relsPartOf("xl/worksheets/sheet1.xml") //=> "xl/worksheets/_rels/sheet1.xml.rels"
 * relsPartOf("") //=> "_rels/.rels"
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
