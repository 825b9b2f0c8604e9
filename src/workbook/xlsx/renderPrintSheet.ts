/**
 * The worksheet XML of a print sheet (考评通报, 反馈单) in the graded copy:
 * the layout of paperwork/printPlan.ts as SpreadsheetML, elements in the
 * schema's order (ECMA-376 Part 1, CT_Worksheet): sheetPr (fitToPage),
 * dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells,
 * pageMargins, pageSetup (A4 = paperSize 9, portrait, one page wide and as
 * many tall as needed: fitToHeight 0), rowBreaks (a manual break below the
 * last row of each letter). Text is an inline string, never a formula.
 */
import { colsXml, PAGE_MARGINS_XML, WORKSHEET_OPEN } from "./worksheetXml";
import { PAGE_SETUP, printRowHeight, type PrintCell, type PrintSheetPlan, type PrintStyle } from "../paperwork/printPlan";
import { SHEET_PROTECTION_XML } from "./sheetProtection";
import { columnLetters } from "../../engine/address";
import type { CellLook, PrintLook } from "./styleBook";
import { tElement } from "./xmlText";

const BASE: PrintLook = { bold: false, size: 11, color: null, border: false, wrap: true, horizontal: null, vertical: "top" };

/** The look of each style, as the Office.js adapter sets it (excel/printSteps.ts). */
const LOOKS: Readonly<Record<PrintStyle, { look: PrintLook; fill: string | null }>> = {
  title: { look: { ...BASE, bold: true, size: 16, wrap: false, horizontal: "center", vertical: "center" }, fill: null },
  heading: { look: { ...BASE, bold: true, size: 12, vertical: "center" }, fill: null },
  line: { look: BASE, fill: null },
  tableHeader: { look: { ...BASE, bold: true, border: true, horizontal: "center", vertical: null }, fill: "D9D9D9" },
  cell: { look: { ...BASE, border: true }, fill: null },
  number: { look: { ...BASE, border: true, wrap: false, horizontal: "right" }, fill: null },
  note: { look: { ...BASE, size: 9, color: "595959" }, fill: null },
};

function lookOf(cell: PrintCell, numberFormat: string): CellLook {
  const { look, fill } = LOOKS[cell.style];
  const format = typeof cell.value === "string" ? "@" : cell.style === "number" ? numberFormat : null;
  return { format, fill, link: false, print: look };
}

function cellXml(ref: string, value: PrintCell["value"], s: number): string {
  const style = s === 0 ? "" : ` s="${s}"`;
  if (value === null || value === "") return s === 0 ? "" : `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style}/>`;
  return `<c r="${ref}"${style} t="inlineStr"><is>${tElement(value)}</is></c>`;
}

/** The sheet's XML; `styleOf` gives the `s` index of a look (the copy's style book). */
export function renderPrintSheet(plan: PrintSheetPlan, styleOf: (look: CellLook) => number): string {
  const cols = plan.columnWidths.length;
  const letters = Array.from({ length: cols }, (_, c) => columnLetters(c + 1));
  const rows: string[] = [];
  const merges: string[] = [];
  plan.rows.forEach((row, i) => {
    const r = i + 1;
    const cells =
      "span" in row
        ? [row.span, ...Array.from({ length: cols - 1 }, () => ({ ...row.span, value: null }))]
        : letters.map((_, c) => row.cells[c] ?? { value: null, style: "cell" as const });
    if ("span" in row && cols > 1) merges.push(`<mergeCell ref="A${r}:${letters[cols - 1]}${r}"/>`);
    const xml = cells.map((cell, c) => cellXml(`${letters[c]}${r}`, cell.value, styleOf(lookOf(cell, plan.numberFormat)))).join("");
    rows.push(`<row r="${r}" ht="${printRowHeight(row, plan.columnWidths)}" customHeight="1">${xml}</row>`);
  });
  const breaks = plan.pageBreaksAfter.map((after) => `<brk id="${after + 1}" max="16383" man="1"/>`).join("");
  const last = Math.max(1, plan.rows.length);
  return [
    WORKSHEET_OPEN,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${letters[cols - 1] ?? "A"}${last}"/>`,
    '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(plan.columnWidths),
    `<sheetData>${rows.join("")}</sheetData>`,
    SHEET_PROTECTION_XML,
    merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`,
    PAGE_MARGINS_XML,
    `<pageSetup paperSize="9" orientation="${PAGE_SETUP.orientation}" fitToWidth="${PAGE_SETUP.fitToPagesWide}" fitToHeight="${PAGE_SETUP.fitToPagesTall}"/>`,
    breaks === "" ? "" : `<rowBreaks count="${plan.pageBreaksAfter.length}" manualBreakCount="${plan.pageBreaksAfter.length}">${breaks}</rowBreaks>`,
    "</worksheet>",
  ].join("");
}
