/**
 * The print sheets (考评通报, 反馈单) in the adapter's write: one step per
 * sheet, queued in the same batch as the other outputs, so a normal run is
 * still one sync.
 *
 * An owned print sheet is emptied in place (unmerged, cleared, its manual
 * page breaks removed), never deleted and re-created, so a user's formula
 * that refers to it keeps its reference. The cells are written as the other
 * outputs' are: every string with the Text format first, so a unit named
 * "=1+1" stays text. Spanned lines are merged across the columns (one
 * `merge(true)` per run of such rows: each row of the range becomes its own
 * merged area), wrapped, and given the height of their wrapped lines (see
 * printRowHeight). Tables get borders, headers bold and shaded, numbers the
 * scores' format.
 *
 * Page setup (A4 portrait, one page wide, title rows, page breaks) uses
 * `Worksheet.pageLayout` and `horizontalPageBreaks`, ExcelApi 1.9: where the
 * host lacks it the sheets are written without it, and the pane says so.
 */
import { printRowHeight, span, type PrintSheetPlan, type PrintStyle } from "../paperwork/printPlan";
import { OWNER_NAME_COMMENT } from "../ownership";
import { PRINT_SHEETS, type PrintKind } from "../port";
import type { PrintState } from "./layout";
import { COMMAND_BYTES, jsonBytes } from "./payload";
import { blockAddress } from "./blockAddress";
import { queueWidths } from "./columnWidths";
import { cellFormat, cellValue } from "./outputCells";
import { runs } from "./runs";
import type { Step } from "./step";

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** How each style is set on a range (see PrintStyle). */
function queueStyle(range: Excel.Range, style: PrintStyle): void {
  const f = range.format;
  switch (style) {
    case "title":
      f.font.bold = true;
      f.font.size = 16;
      f.horizontalAlignment = "Center";
      f.verticalAlignment = "Center";
      return;
    case "heading":
      f.font.bold = true;
      f.font.size = 12;
      f.wrapText = true;
      f.verticalAlignment = "Center";
      return;
    case "tableHeader":
      f.font.bold = true;
      f.fill.color = "#D9D9D9";
      f.horizontalAlignment = "Center";
      f.wrapText = true;
      return;
    case "number":
      f.horizontalAlignment = "Right";
      f.verticalAlignment = "Top";
      return;
    case "note":
      f.font.size = 9;
      f.font.color = "#595959";
      f.wrapText = true;
      f.verticalAlignment = "Top";
      return;
    default:
      f.wrapText = true;
      f.verticalAlignment = "Top";
  }
}

/** The style of each cell, [row][col] (a spanned row's style in every column). */
function styleGrid(plan: PrintSheetPlan): PrintStyle[][] {
  const cols = plan.columnWidths.length;
  return plan.rows.map((r) => ("span" in r ? Array<PrintStyle>(cols).fill(r.span.style) : Array.from({ length: cols }, (_, c) => r.cells[c]?.style ?? "cell")));
}

/** Ranges to format: per column, runs of rows of one style, joined across columns where whole rows agree. */
function styleRuns(plan: PrintSheetPlan, top: number): { address: string; style: PrintStyle }[] {
  const styles = styleGrid(plan);
  const cols = plan.columnWidths.length;
  const rowKey = styles.map((r) => (r.every((s) => s === r[0]) ? r[0] : null));
  const out: { address: string; style: PrintStyle }[] = [];
  for (const [start, length, key] of runs(rowKey)) {
    if (key !== null) out.push({ address: blockAddress(top + start, 1, length, cols), style: key });
    else
      for (let c = 0; c < cols; c++)
        for (const [s, n, style] of runs(
          styles.map((r) => r[c]),
          start,
          start + length,
        ))
          out.push({ address: blockAddress(top + s, c + 1, n, 1), style });
  }
  return out;
}

/** Runs of table rows (rows of cells), to be bordered. */
function tableBlocks(plan: PrintSheetPlan): [number, number][] {
  return runs(plan.rows.map((r) => "cells" in r))
    .filter(([, , isTable]) => isTable)
    .map(([start, length]) => [start, length]);
}

/**
 * The most rows a print sheet is laid out with in Excel: some 200 feedback
 * letters. Each row is a merge, styles and borders, so far larger sheets
 * (a benchmark's 12,500 letters are 300,000 rows) would take dozens of
 * requests and minutes for a document nobody prints from Excel; such a sheet
 * holds one line saying how to print it (`appraise print` lays out any
 * number of letters in the file copy).
 */
export const MAX_PRINT_ROWS = 5_000;

const TOO_LONG = {
  zh: (rows: number) =>
    `此文书有 ${rows} 行，超过在 Excel 中排版的上限（${MAX_PRINT_ROWS} 行）。请用命令行 appraise score 生成副本，再用 appraise print 打印。`,
  en: (rows: number) =>
    `This document has ${rows} rows, more than Excel lays out here (${MAX_PRINT_ROWS}). Grade a copy with the command line (appraise score) and print it with appraise print.`,
};

/** The plan as written in Excel: itself, or, over MAX_PRINT_ROWS, one line saying how to print it (in both languages). */
export function laidOutInExcel(plan: PrintSheetPlan): PrintSheetPlan {
  if (plan.rows.length <= MAX_PRINT_ROWS) return plan;
  const n = plan.rows.length;
  return { ...plan, rows: [span(TOO_LONG.zh(n)), span(TOO_LONG.en(n))], pageBreaksAfter: [], titleRows: null };
}

/**
 * The steps that write one print sheet: the first empties (or adds) the
 * sheet, sets its widths, page setup and ownership; the rows follow in
 * chunks of about `stepBytes` (one chunk on a normal workbook: the demo's
 * 45 letters are some 1,100 rows), each with its values, merges, styles,
 * borders, heights and page breaks. `pageSetup`: the host supports ExcelApi 1.9.
 */
export function printSteps(kind: PrintKind, whole: PrintSheetPlan, state: PrintState, pageSetup: boolean, stepBytes: number): Step[] {
  const plan = laidOutInExcel(whole);
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
  const prepare: Step = {
    bytes: COMMAND_BYTES * (16 + plan.columnWidths.length),
    queue(env) {
      const wb = env.context.workbook;
      const ws = state.sheetExists ? wb.worksheets.getItem(plan.sheet) : wb.worksheets.add(plan.sheet);
      env.printSheets.set(kind, ws);
      const sheet = ws.getRange();
      sheet.unmerge();
      sheet.clear();
      queueWidths(ws, plan.columnWidths);
      if (pageSetup) {
        ws.horizontalPageBreaks.removePageBreaks();
        queuePageSetup(ws, plan);
      }
      if (state.ownership !== "owned") {
        if (state.ownerNameExists) wb.names.getItemOrNullObject(PRINT_SHEETS[kind].ownerName).delete();
        wb.names.add(PRINT_SHEETS[kind].ownerName, ws.getRange("A1"), OWNER_NAME_COMMENT);
      }
    },
  };
  return [prepare, ...rowChunks(plan, stepBytes).map(([from, to]) => rowsStep(kind, plan, from, to, pageSetup))];
}

/** Rows [from, to) cut by their estimated bytes. */
function rowChunks(plan: PrintSheetPlan, stepBytes: number): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  plan.rows.forEach((r, i) => {
    const rowBytes = 8 * COMMAND_BYTES + 2 * jsonBytes("span" in r ? [r.span.value] : r.cells.map((c) => c.value));
    if (i > from && bytes + rowBytes > stepBytes) {
      chunks.push([from, i]);
      from = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (from < plan.rows.length) chunks.push([from, plan.rows.length]);
  return chunks;
}

function rowsStep(kind: PrintKind, whole: PrintSheetPlan, from: number, to: number, pageSetup: boolean): Step {
  const plan: PrintSheetPlan = { ...whole, rows: whole.rows.slice(from, to) };
  const top = from + 1;
  const cols = plan.columnWidths.length;
  const grid = plan.rows.map((r) =>
    "span" in r ? [r.span.value, ...Array<null>(cols - 1).fill(null)] : Array.from({ length: cols }, (_, c) => r.cells[c]?.value ?? null),
  );
  const styles = plan.rows.map((r) => ("span" in r ? [r.span.style] : r.cells.map((c) => c.style)));
  const values = grid.map((r) => r.map(cellValue));
  const formats = grid.map((r, i) => r.map((v, c) => cellFormat(v, (styles[i][c] ?? "cell") === "number" ? plan.numberFormat : null)));
  const heights = plan.rows.map((r) => printRowHeight(r, plan.columnWidths));
  const spans = runs(plan.rows.map((r) => "span" in r)).filter(([, , isSpan]) => isSpan);
  const formatted = styleRuns(plan, top);
  const blocks = tableBlocks(plan);
  const breaks = pageSetup ? whole.pageBreaksAfter.filter((after) => after + 1 >= from + 1 && after + 1 < to) : [];
  const commands = 4 + spans.length + 4 * formatted.length + BORDERS.length * blocks.length + runs(heights).length + breaks.length;
  return {
    bytes: COMMAND_BYTES * commands + jsonBytes(values) + jsonBytes(formats),
    queue(env) {
      const ws = env.printSheets.get(kind) as Excel.Worksheet;
      const all = ws.getRange(blockAddress(top, 1, plan.rows.length, cols));
      all.numberFormat = formats;
      all.values = values;
      for (const [start, length] of spans) ws.getRange(blockAddress(top + start, 1, length, cols)).merge(true);
      for (const { address, style } of formatted) queueStyle(ws.getRange(address), style);
      for (const [start, length] of blocks) {
        const borders = ws.getRange(blockAddress(top + start, 1, length, cols)).format.borders;
        for (const edge of BORDERS) if (edge !== "InsideHorizontal" || length > 1) borders.getItem(edge).style = "Continuous";
      }
      for (const [start, length, points] of runs(heights)) ws.getRange(`${top + start}:${top + start + length - 1}`).format.rowHeight = points;
      for (const after of breaks) ws.horizontalPageBreaks.add(`A${after + 2}`);
    },
  };
}

/**
 * A4 portrait, one page wide (as many tall as it takes: only
 * horizontalFitToPages is given, PageLayoutZoomOptions), the title rows on
 * every page (setPrintTitleRows wants whole rows: "$1:$1"), a manual page
 * break before the first row of each next page (PageBreakCollection.add
 * "adds a page break before the top-left cell of the range specified").
 * Source: learn.microsoft.com/javascript/api/excel/excel.pagelayout,
 * excel.pagelayoutzoomoptions and excel.pagebreakcollection (ExcelApi 1.9).
 */
function queuePageSetup(ws: Excel.Worksheet, plan: PrintSheetPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = "Portrait";
  layout.paperSize = "A4";
  // The zoom "must be set as a JSON object" (x.zoom = {...}), not member by member.
  layout.zoom = { horizontalFitToPages: 1 };
  if (plan.titleRows !== null) layout.setPrintTitleRows(`$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`);
}
