/**
 * The worksheet XML of one of Appraise's sheets: a table from A1 (header
 * row, data rows), column widths, the header row frozen, number formats and
 * fills, links to cells of the workbook. Elements in the schema's order
 * (ECMA-376 Part 1, CT_Worksheet). Text is always an inline string, never a
 * formula: a unit named "=1+1" stays text.
 */
import { colsXml, PAGE_MARGINS_XML, sheetDataXml, WORKSHEET_OPEN } from "./worksheetXml";
import type { Cell } from "../../engine/types";
import { SHEET_PROTECTION_XML } from "./sheetProtection";
import { columnLetters } from "../../engine/address";
import type { CellLook } from "./styleBook";
import { escapeAttr, tElement } from "./xmlText";

/** A value written to a cell: the plan's values, and an error kept from an older RunLog row. */
export type SheetValue = Cell;

export interface SheetLayout {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetValue[])[];
  readonly numberFormats: readonly (string | null)[];
  readonly columnWidths: readonly number[];
  readonly rowFills: readonly (string | null)[];
  /** Links by 0-based data row and column to `Sheet!A1` targets. */
  readonly links: readonly { readonly row: number; readonly col: number; readonly target: string }[];
}

/** Elements of the sheet the user added that it keeps (drawings, comments' shapes), already in their XML. */
export interface KeptElements {
  readonly drawing?: string;
  readonly legacyDrawing?: string;
  readonly legacyDrawingHF?: string;
  readonly picture?: string;
}

const EXCEL_ERRORS: ReadonlySet<string> = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);

function cellXml(ref: string, value: SheetValue, s: number): string {
  const style = s === 0 ? "" : ` s="${s}"`;
  if (value === null) return s === 0 ? "" : `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}"${style} t="inlineStr"><is>${tElement(value)}</is></c>`;
  // An error kept from an older RunLog row; one Excel has no code for (a formula never computed) is left blank.
  if (!EXCEL_ERRORS.has(value.error)) return s === 0 ? "" : `<c r="${ref}"${style}/>`;
  return `<c r="${ref}"${style} t="e"><v>${escapeAttr(value.error)}</v></c>`;
}

/**
 * The sheet's XML. `styleOf` gives the `s` index of a look; `tableRelId` is
 * the relationship id of its table part.
 */
export function renderSheet(layout: SheetLayout, styleOf: (look: CellLook) => number, tableRelId: string, kept: KeptElements = {}): string {
  const width = layout.headers.length;
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c + 1));
  const body = layout.rows.length > 0 ? layout.rows : [Array<SheetValue>(width).fill(null)];
  const lastRow = body.length + 1;
  const linked = new Map(layout.links.map((l) => [`${l.row}:${l.col}`, l.target]));
  const rows: string[] = [`<row r="1">${layout.headers.map((h, c) => cellXml(`${letters[c]}1`, h, 0)).join("")}</row>`];
  body.forEach((row, r) => {
    const fill = layout.rowFills[r] ?? null;
    // The row as one flat string (join), not a rope of its pieces kept until the sheet is joined.
    const parts = [`<row r="${r + 2}">`];
    letters.forEach((letter, c) => {
      const target = linked.get(`${r}:${c}`);
      const value = row[c] ?? null;
      const s = styleOf({ format: layout.numberFormats[c] ?? null, fill, link: target !== undefined });
      parts.push(cellXml(`${letter}${r + 2}`, target !== undefined && value === null ? target : value, s));
    });
    parts.push("</row>");
    rows.push(parts.join(""));
  });
  const links = layout.links
    .map((l) => `<hyperlink ref="${letters[l.col]}${l.row + 2}" location="${escapeAttr(l.target)}" display="${escapeAttr(l.target)}"/>`)
    .join("");
  return [
    WORKSHEET_OPEN,
    `<dimension ref="A1:${letters[width - 1] ?? "A"}${lastRow}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(layout.columnWidths),
    sheetDataXml(rows),
    SHEET_PROTECTION_XML,
    links === "" ? "" : `<hyperlinks>${links}</hyperlinks>`,
    PAGE_MARGINS_XML,
    kept.drawing ?? "",
    kept.legacyDrawing ?? "",
    kept.legacyDrawingHF ?? "",
    kept.picture ?? "",
    `<tableParts count="1"><tablePart r:id="${escapeAttr(tableRelId)}"/></tableParts>`,
    "</worksheet>",
  ].join("");
}
