/**
 * The worksheet XML of a print sheet (考评通报, 反馈单) in the graded copy:
 * the layout of print/printPlan.ts as SpreadsheetML, elements in the
 * schema's order (ECMA-376 Part 1, CT_Worksheet): sheetPr (fitToPage),
 * dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells,
 * pageMargins, pageSetup (A4 = paperSize 9, portrait, one page wide and as
 * many tall as needed: fitToHeight 0), rowBreaks (a manual break below the
 * last row of each letter). Text is an inline string, never a formula.
 * The looks are print/printLooks.ts, translated here into the copy's
 * style book; nothing about them is decided here.
 */
import { colsXml, PAGE_MARGINS_XML, sheetDataXml, WORKSHEET_OPEN } from "./worksheetXml";
import { printRowHeight, type PrintCell, type PrintSheetPlan } from "../print/printPlan";
import { PRINT_LOOKS, PRINT_PAGE, printFormat } from "../print/printLooks";
import { SHEET_PROTECTION_XML } from "./sheetProtection";
import { columnLetters } from "../../engine/address";
import type { CellLook } from "./styleBook";
import { tElement } from "./xmlText";

/** SpreadsheetML's paperSize codes (ECMA-376 Part 1, 18.3.1.63) of the papers PRINT_PAGE may name. */
const PAPER_SIZES: Readonly<Record<typeof PRINT_PAGE.paper, number>> = { A4: 9 };

/** A cell's look (printLooks.ts) as the style book takes it. */
function lookOf(cell: PrintCell, numberFormat: string): CellLook {
  const { bold, size, color, fill, border, wrap, horizontal, vertical } = PRINT_LOOKS[cell.style];
  return { format: printFormat(cell, numberFormat), fill, link: false, print: { bold, size, color, border, wrap, horizontal, vertical } };
}

function cellXml(ref: string, value: PrintCell["value"], s: number): string {
  const style = s === 0 ? "" : ` s="${s}"`;
  if (value === null || value === "") return s === 0 ? "" : `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style}/>`;
  return `<c r="${ref}"${style} t="inlineStr"><is>${tElement(value)}</is></c>`;
}

/**
 * The `s` index of each cell's look, asked of the style book once per kind of
 * cell and format: a sheet of letters has hundreds of thousands of cells and a
 * dozen looks.
 */
function cellStyles(plan: PrintSheetPlan, styleOf: (look: CellLook) => number): (cell: PrintCell) => number {
  const known = new Map<string, number>();
  return (cell) => {
    const key = `${cell.style}\u0000${printFormat(cell, plan.numberFormat)}`;
    let s = known.get(key);
    if (s === undefined) {
      s = styleOf(lookOf(cell, plan.numberFormat));
      known.set(key, s);
    }
    return s;
  };
}

const BLANK: PrintCell = { value: null, style: "cell" };

/** The sheet's XML; `styleOf` gives the `s` index of a look (the copy's style book). */
export function renderPrintSheet(plan: PrintSheetPlan, styleOf: (look: CellLook) => number): string {
  const styleOfCell = cellStyles(plan, styleOf);
  const cols = plan.columnWidths.length;
  const letters = Array.from({ length: cols }, (_, c) => columnLetters(c + 1));
  const rows: string[] = [];
  const merges: string[] = [];
  plan.rows.forEach((row, i) => {
    const r = i + 1;
    // The row as one flat string (join), not a rope of its pieces: they are garbage at once instead of kept until the sheet is joined.
    const parts = [`<row r="${r}" ht="${printRowHeight(row, plan.columnWidths)}" customHeight="1">`];
    if ("span" in row) {
      // The span's cell, then the cells it covers: its look, no value (asked in this order: the style book numbers looks as first asked).
      parts.push(cellXml(`${letters[0]}${r}`, row.span.value, styleOfCell(row.span)));
      const covered = styleOfCell({ value: null, style: row.span.style });
      for (let c = 1; c < cols; c++) parts.push(cellXml(`${letters[c]}${r}`, null, covered));
      if (cols > 1) merges.push(`<mergeCell ref="A${r}:${letters[cols - 1]}${r}"/>`);
    } else {
      for (let c = 0; c < cols; c++) parts.push(cellXml(`${letters[c]}${r}`, (row.cells[c] ?? BLANK).value, styleOfCell(row.cells[c] ?? BLANK)));
    }
    parts.push("</row>");
    rows.push(parts.join(""));
  });
  const breaks = plan.pageBreaksAfter.map((after) => `<brk id="${after + 1}" max="16383" man="1"/>`).join("");
  const last = Math.max(1, plan.rows.length);
  return [
    WORKSHEET_OPEN,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${letters[cols - 1] ?? "A"}${last}"/>`,
    `<sheetViews><sheetView workbookViewId="0"${PRINT_PAGE.gridlines ? "" : ' showGridLines="0"'}/></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(plan.columnWidths),
    sheetDataXml(rows),
    SHEET_PROTECTION_XML,
    merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`,
    PAGE_MARGINS_XML,
    `<pageSetup paperSize="${PAPER_SIZES[PRINT_PAGE.paper]}" orientation="${PRINT_PAGE.orientation}" fitToWidth="${PRINT_PAGE.fitToPagesWide}" fitToHeight="${PRINT_PAGE.fitToPagesTall}"/>`,
    breaks === "" ? "" : `<rowBreaks count="${plan.pageBreaksAfter.length}" manualBreakCount="${plan.pageBreaksAfter.length}">${breaks}</rowBreaks>`,
    "</worksheet>",
  ].join("");
}
