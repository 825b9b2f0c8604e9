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
 * printRowHeight). How each kind of cell looks (fonts, fills, borders,
 * alignment, number format) and the page are print/printLooks.ts,
 * translated here into `Range.format` calls: nothing about them is decided here.
 *
 * Page setup (A4 portrait, one page wide, title rows, page breaks) uses
 * `Worksheet.pageLayout` and `horizontalPageBreaks`, ExcelApi 1.9: where the
 * host lacks it the sheets are written without it, and the pane says so.
 */
import { printRowHeight, type PrintSheetPlan, type PrintStyle } from "../print/printPlan";
import { laidOutInHost } from "../print/printLimit";
import { PLAIN_LOOK, PRINT_LOOKS, PRINT_PAGE, printFormat, type PrintLook } from "../print/printLooks";
import { OWNER_NAME_COMMENT } from "../ownership";
import { PRINT_SHEETS, type PrintKind } from "../port";
import type { PrintState } from "../layout";
import { COMMAND_BYTES, jsonBytes } from "./payload";
import { blockAddress } from "./blockAddress";
import { queueWidths } from "./columnWidths";
import { cellValue } from "../outputCell";
import { runs } from "./runs";
import type { Step } from "./step";

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

const HORIZONTAL = { center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center" } as const;

/** A look (printLooks.ts) set on a range: only what differs from a new cell's (PLAIN_LOOK); borders are set by block (see borderBlocks). */
function queueLook(range: Excel.Range, look: PrintLook): void {
  const f = range.format;
  if (look.bold !== PLAIN_LOOK.bold) f.font.bold = look.bold;
  if (look.size !== PLAIN_LOOK.size) f.font.size = look.size;
  if (look.color !== null) f.font.color = `#${look.color}`;
  if (look.fill !== null) f.fill.color = `#${look.fill}`;
  if (look.horizontal !== null) f.horizontalAlignment = HORIZONTAL[look.horizontal];
  if (look.wrap !== PLAIN_LOOK.wrap) f.wrapText = look.wrap;
  if (look.vertical !== null) f.verticalAlignment = VERTICAL[look.vertical];
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

/** A block of cells (0-based row in the plan, 1-based column) whose looks are bordered. */
interface Block {
  readonly start: number;
  readonly rows: number;
  readonly column: number;
  readonly columns: number;
}

/** The bordered cells as blocks: runs of rows bordered across, else per column runs of bordered cells. */
function borderBlocks(plan: PrintSheetPlan): Block[] {
  const bordered = styleGrid(plan).map((r) => r.map((style) => PRINT_LOOKS[style].border));
  const cols = plan.columnWidths.length;
  const rowKey = bordered.map((r) => (r.every((b) => b === r[0]) ? r[0] : null));
  const out: Block[] = [];
  for (const [start, length, key] of runs(rowKey)) {
    if (key === true) out.push({ start, rows: length, column: 1, columns: cols });
    if (key !== null) continue;
    for (let c = 0; c < cols; c++)
      for (const [s, n, b] of runs(
        bordered.map((r) => r[c]),
        start,
        start + length,
      ))
        if (b) out.push({ start: s, rows: n, column: c + 1, columns: 1 });
  }
  return out;
}

/**
 * The steps that write one print sheet: the first empties (or adds) the
 * sheet, sets its widths, page setup and ownership; the rows follow in
 * chunks of about `stepBytes` (one chunk on a normal workbook: the demo's
 * 45 letters are some 1,100 rows), each with its values, merges, styles,
 * borders, heights and page breaks. `pageSetup`: the host supports ExcelApi 1.9.
 */
export function printSteps(kind: PrintKind, whole: PrintSheetPlan, state: PrintState, pageSetup: boolean, stepBytes: number): Step[] {
  const plan = laidOutInHost(whole, "Excel");
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
  const formats = grid.map((r, i) => r.map((value, c) => printFormat({ value, style: styles[i][c] ?? "cell" }, plan.numberFormat) ?? "General"));
  const heights = plan.rows.map((r) => printRowHeight(r, plan.columnWidths));
  const spans = runs(plan.rows.map((r) => "span" in r)).filter(([, , isSpan]) => isSpan);
  const formatted = styleRuns(plan, top);
  const blocks = borderBlocks(plan);
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
      for (const { address, style } of formatted) queueLook(ws.getRange(address), PRINT_LOOKS[style]);
      for (const b of blocks) {
        const borders = ws.getRange(blockAddress(top + b.start, b.column, b.rows, b.columns)).format.borders;
        for (const edge of BORDERS)
          if ((edge !== "InsideHorizontal" || b.rows > 1) && (edge !== "InsideVertical" || b.columns > 1)) borders.getItem(edge).style = "Continuous";
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
 * PRINT_PAGE.gridlines is not set here (Worksheet.showGridlines, ExcelApi
 * 1.8): the sheets are written as before, gridlines shown on screen (they
 * are not printed either way).
 * Source: learn.microsoft.com/javascript/api/excel/excel.pagelayout,
 * excel.pagelayoutzoomoptions and excel.pagebreakcollection (ExcelApi 1.9).
 */
const ORIENTATIONS = { portrait: "Portrait", landscape: "Landscape" } as const;
const PAPER_SIZES = { A4: "A4" } as const;

function queuePageSetup(ws: Excel.Worksheet, plan: PrintSheetPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = ORIENTATIONS[PRINT_PAGE.orientation];
  layout.paperSize = PAPER_SIZES[PRINT_PAGE.paper];
  // The zoom "must be set as a JSON object" (x.zoom = {...}), not member by member; 0 pages tall: as many as it takes.
  const tall = PRINT_PAGE.fitToPagesTall as number;
  layout.zoom = tall > 0 ? { horizontalFitToPages: PRINT_PAGE.fitToPagesWide, verticalFitToPages: tall } : { horizontalFitToPages: PRINT_PAGE.fitToPagesWide };
  if (plan.titleRows !== null) layout.setPrintTitleRows(`$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`);
}
