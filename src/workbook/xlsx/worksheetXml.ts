/**
 * The pieces every worksheet part Appraise writes shares (the table sheets of
 * renderSheet.ts and the print sheets of renderPrintSheet.ts), in the order
 * the schema (CT_Worksheet) puts them.
 */
import { PAGE_MARGINS_IN } from "../print/printLooks";

/** The XML declaration and the root element's opening tag, with the main and relationships namespaces. */
export const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** Excel's default page margins (inches, print/printLooks.ts), as Excel writes them for a new sheet. */
export const PAGE_MARGINS_XML = `<pageMargins left="${PAGE_MARGINS_IN.left}" right="${PAGE_MARGINS_IN.right}" top="${PAGE_MARGINS_IN.top}" bottom="${PAGE_MARGINS_IN.bottom}" header="${PAGE_MARGINS_IN.header}" footer="${PAGE_MARGINS_IN.footer}"/>`;

/**
 * The `<cols>` element for column widths in characters, or "" for none.
 * @example
 * colsXml([12, 8]) //=> '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="8" customWidth="1"/></cols>'
 */
export function colsXml(widths: readonly number[]): string {
  if (widths.length === 0) return "";
  return `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
}

/** A sheet's rows as its `<sheetData>` element: the one place a rendered sheet part holds them. */
export const sheetDataXml = (rows: readonly string[]): string => `<sheetData>${rows.join("")}</sheetData>`;

/**
 * A sheet part rendered by renderSheet.ts or renderPrintSheet.ts without the
 * rows of its `<sheetData>`: what the copy's check (copyDefect.ts) parses of
 * it. The rows are cells of one fixed form whose text is always escaped
 * (xmlText.ts), tested to parse whatever the text (worksheetXml.test.ts);
 * what else the part holds (the elements kept from the old sheet, links,
 * the table's relationship) is parsed with its namespaces. No other text of
 * such a part can hold `<sheetData>` or `</sheetData>`: it is Appraise's own
 * or escaped.
 * @example
 * withoutRows('<worksheet><sheetData><row r="1"/></sheetData></worksheet>') //=> "<worksheet><sheetData></sheetData></worksheet>"
 */
export function withoutRows(xml: string): string {
  const start = xml.indexOf("<sheetData>");
  const end = xml.lastIndexOf("</sheetData>");
  return start < 0 || end < start ? xml : xml.slice(0, start + "<sheetData>".length) + xml.slice(end);
}
