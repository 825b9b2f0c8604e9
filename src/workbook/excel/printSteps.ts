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
import { printRowHeight, type PrintSheetPlan, type PrintStyle } from "../paperwork/printPlan";
import { PRINT_SHEETS, type PrintKind } from "../port";
import type { PrintState } from "./layout";
import { COMMAND_BYTES, jsonBytes } from "./payload";
import { blockAddress, cellFormat, cellValue, queueWidths, runs, type Step } from "./writePlan";

const OWNER_COMMENT = "Appraise 创建并管理此工作表，请勿删除此名称。This sheet is written by Appraise; keep this name.";

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
function styleRuns(plan: PrintSheetPlan): { address: string; style: PrintStyle }[] {
  const styles = styleGrid(plan);
  const cols = plan.columnWidths.length;
  const rowKey = styles.map((r) => (r.every((s) => s === r[0]) ? r[0] : null));
  const out: { address: string; style: PrintStyle }[] = [];
  for (const [start, length, key] of runs(rowKey)) {
    if (key !== null) out.push({ address: blockAddress(start + 1, 1, length, cols), style: key });
    else for (let c = 0; c < cols; c++) for (const [s, n, style] of runs(styles.map((r) => r[c]), start, start + length)) out.push({ address: blockAddress(s + 1, c + 1, n, 1), style });
  }
  return out;
}

/** Runs of table rows (rows of cells), to be bordered. */
function tableBlocks(plan: PrintSheetPlan): [number, number][] {
  return runs(plan.rows.map((r) => "cells" in r)).filter(([, , isTable]) => isTable).map(([start, length]) => [start, length]);
}

/** The step that writes one print sheet. `pageSetup`: the host supports ExcelApi 1.9. */
export function printStep(kind: PrintKind, plan: PrintSheetPlan, state: PrintState, pageSetup: boolean): Step {
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
  const cols = plan.columnWidths.length;
  const grid = plan.rows.map((r) => ("span" in r ? [r.span.value, ...Array<null>(cols - 1).fill(null)] : Array.from({ length: cols }, (_, c) => r.cells[c]?.value ?? null)));
  const styles = plan.rows.map((r) => ("span" in r ? [r.span.style] : r.cells.map((c) => c.style)));
  const values = grid.map((r) => r.map(cellValue));
  const formats = grid.map((r, i) => r.map((v, c) => cellFormat(v, (styles[i][c] ?? "cell") === "number" ? plan.numberFormat : null)));
  const heights = plan.rows.map((r) => printRowHeight(r, plan.columnWidths));
  const spans = runs(plan.rows.map((r) => "span" in r)).filter(([, , isSpan]) => isSpan);
  const formatted = styleRuns(plan);
  const blocks = tableBlocks(plan);
  const commands = 16 + spans.length + 4 * formatted.length + BORDERS.length * blocks.length + runs(heights).length + plan.pageBreaksAfter.length;
  return {
    bytes: COMMAND_BYTES * commands + jsonBytes(values) + jsonBytes(formats),
    queue(env) {
      const wb = env.context.workbook;
      const ws = state.sheetExists ? wb.worksheets.getItem(plan.sheet) : wb.worksheets.add(plan.sheet);
      const sheet = ws.getRange();
      sheet.unmerge();
      sheet.clear();
      if (pageSetup) ws.horizontalPageBreaks.removePageBreaks();
      if (plan.rows.length > 0) {
        const all = ws.getRange(blockAddress(1, 1, plan.rows.length, cols));
        all.numberFormat = formats;
        all.values = values;
      }
      for (const [start, length] of spans) ws.getRange(blockAddress(start + 1, 1, length, cols)).merge(true);
      for (const { address, style } of formatted) queueStyle(ws.getRange(address), style);
      for (const [start, length] of blocks) {
        const borders = ws.getRange(blockAddress(start + 1, 1, length, cols)).format.borders;
        for (const edge of BORDERS) if (edge !== "InsideHorizontal" || length > 1) borders.getItem(edge).style = "Continuous";
      }
      for (const [start, length, points] of runs(heights)) ws.getRange(`${start + 1}:${start + length}`).format.rowHeight = points;
      queueWidths(ws, plan.columnWidths);
      if (pageSetup) queuePageSetup(ws, plan);
      if (state.ownership !== "owned") {
        if (state.ownerNameExists) wb.names.getItemOrNullObject(PRINT_SHEETS[kind].ownerName).delete();
        wb.names.add(PRINT_SHEETS[kind].ownerName, ws.getRange("A1"), OWNER_COMMENT);
      }
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
  for (const after of plan.pageBreaksAfter) ws.horizontalPageBreaks.add(`A${after + 2}`);
}

