/**
 * Which cell styles (`s` indexes into styles.xml's cellXfs) hold a date
 * format, by ExcelJS 4.4's rule, so the package reader turns exactly the
 * cells ExcelJS turned into dates into serials of the 1900 system (the 1904
 * system's serials +1462) and the command line grades as it did.
 */
import { saxParser } from "./saxParser";
import { isDateFormat } from "../../engine/serialDates";
import { localName } from "./xmlText";

/**
 * The built-in number formats that are dates by ExcelJS's rule: the ids of
 * its table (exceljs/lib/xlsx/defaultnumformats.js) whose one format code
 * has a date or time letter. Ids 27–36 and 50–58 are locale-dependent there,
 * with no single code, and ExcelJS does not take them as dates.
 */
const BUILTIN_DATE_IDS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * The cellXfs indexes whose number format is a date. Throws saxes' error
 * when the part is not well-formed.
 */
export function dateStyles(stylesXml: string | null): ReadonlySet<number> {
  const dates = new Set<number>();
  if (stylesXml === null) return dates;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const stack: string[] = [];
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    const parent = stack[stack.length - 1];
    if (name === "numFmt" && parent === "numFmts") custom.set(Number(a.numFmtId), a.formatCode ?? "");
    if (name === "xf" && parent === "cellXfs") xfFormats.push(Number.parseInt(a.numFmtId ?? "0", 10));
    if (!tag.isSelfClosing) stack.push(name);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.write(stylesXml).close();
  xfFormats.forEach((id, index) => {
    // ExcelJS ignores numFmtId 0 (General) and looks up custom codes before built-in ones.
    if (!id) return;
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id)) dates.add(index);
  });
  return dates;
}
