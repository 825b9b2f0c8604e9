/**
 * The print sheets (考评通报, 反馈单) through WPS's object model, from the
 * same plan the other adapters write (../print/printPlan.ts): values with
 * their formats (Text for text, printLooks.ts' printFormat), each spanned
 * line merged across the columns (Range.Merge(Across)), the columns'
 * widths, A4 portrait one page wide (EtPageSetup: Orientation xlPortrait 1,
 * Zoom false with FitToPagesWide 1 and FitToPagesTall false, as VBA
 * documents), the title rows (PrintTitleRows "$1:$3") and a manual page
 * break above each next page (HPageBreaks.Add(Before)), and each cell's
 * look (printLooks.ts: font, fill, alignment, wrap, thin borders) with each
 * row's height (printPlan.ts printRowHeight), set where it differs from a
 * new cell's, a row at a time where the row has one look.
 */
import { PLAIN_LOOK, PRINT_LOOKS, PRINT_PAGE, printFormat, type PrintLook } from "../print/printLooks";
import { laidOutInHost } from "../print/printLimit";
import { printRowHeight, type PrintSheetPlan, type PrintStyle } from "../print/printPlan";
import { PRINT_SHEETS } from "../port";
import type { PrintState } from "../layout";
import { quoteSheet } from "../../engine/address";
import { get, type WpsRange, type WpsWorkbook, type WpsWorksheet } from "./facade";
import { sheetNamed, viewOf } from "./readWps";
import { cellValue } from "../outputCell";
import { bgrOf, block } from "./writeWps";

function gridOf(plan: PrintSheetPlan): { values: (string | number | boolean)[][]; formats: string[][] } {
  const cols = plan.columnWidths.length;
  const cellsOf = plan.rows.map((r) =>
    "span" in r
      ? [r.span, ...Array.from({ length: cols - 1 }, () => ({ value: null, style: r.span.style }))]
      : Array.from({ length: cols }, (_, c) => r.cells[c] ?? { value: null, style: "cell" as const }),
  );
  return {
    values: cellsOf.map((r) => r.map((c) => cellValue(c.value))),
    formats: cellsOf.map((r) => r.map((c) => printFormat(c, plan.numberFormat) ?? "General")),
  };
}

function pageSetup(ws: WpsWorksheet, plan: PrintSheetPlan): void {
  const page = ws.PageSetup;
  page.Orientation = PRINT_PAGE.orientation === "portrait" ? 1 : 2;
  page.Zoom = false;
  page.FitToPagesWide = PRINT_PAGE.fitToPagesWide;
  page.FitToPagesTall = (PRINT_PAGE.fitToPagesTall as number) > 0 ? PRINT_PAGE.fitToPagesTall : false;
  if (plan.titleRows !== null) page.PrintTitleRows = `$${plan.titleRows[0] + 1}:$${plan.titleRows[1] + 1}`;
}

function sheetOf(wb: WpsWorkbook, plan: PrintSheetPlan, state: PrintState): WpsWorksheet {
  const view = viewOf(wb);
  const found = state.sheetExists ? sheetNamed(view, plan.sheet) : undefined;
  if (found !== undefined) return found;
  const ws = wb.Worksheets.Add(undefined, view.sheets[view.sheets.length - 1]);
  ws.Name = plan.sheet;
  return ws;
}

/** Writes one print sheet (never a foreign one). */
export function writePrintSheet(wb: WpsWorkbook, whole: PrintSheetPlan, state: PrintState): void {
  // Over MAX_PRINT_ROWS, one line saying how to print it that names WPS 表格.
  const plan = laidOutInHost(whole, "WPS 表格");
  if (state.ownership === "foreign") throw new Error(`Appraise does not own the sheet "${plan.sheet}"; it must not be written.`);
  const ws = sheetOf(wb, plan, state);
  const used = get(ws.UsedRange);
  used.UnMerge();
  used.Clear();
  const cols = plan.columnWidths.length;
  plan.columnWidths.forEach((w, c) => (ws.Range(block(1, c + 1, 1, 1)).ColumnWidth = w));
  if (plan.rows.length > 0) {
    const { values, formats } = gridOf(plan);
    const all = ws.Range(block(1, 1, plan.rows.length, cols));
    all.NumberFormat = formats;
    all.Value2 = values;
  }
  plan.rows.forEach((r, i) => {
    if ("span" in r && cols > 1) ws.Range(block(i + 1, 1, 1, cols)).Merge(true);
  });
  setLooks(ws, plan);
  pageSetup(ws, plan);
  for (const after of plan.pageBreaksAfter) ws.HPageBreaks.Add(ws.Range(block(after + 2, 1, 1, 1)));
  if (state.ownership !== "owned") {
    if (state.ownerNameExists) wb.Names.Item(PRINT_SHEETS[plan.kind].ownerName).Delete();
    wb.Names.Add(PRINT_SHEETS[plan.kind].ownerName, `=${quoteSheet(ws.Name)}!$A$1`);
  }
}

/** XlHAlign / XlVAlign (VBA's constants). */
const ALIGN = { center: -4108, right: -4152, top: -4160 } as const;
/** xlEdgeLeft, xlEdgeTop, xlEdgeBottom, xlEdgeRight. */
const EDGES = [7, 8, 9, 10];

/** A look set on a range: only what differs from a new cell's (PLAIN_LOOK). */
function setLook(range: WpsRange, look: PrintLook): void {
  if (look.bold !== PLAIN_LOOK.bold) range.Font.Bold = look.bold;
  if (look.size !== PLAIN_LOOK.size) range.Font.Size = look.size;
  if (look.color !== null) range.Font.Color = bgrOf(look.color);
  if (look.fill !== null) range.Interior.Color = bgrOf(look.fill);
  if (look.horizontal !== null) range.HorizontalAlignment = ALIGN[look.horizontal];
  if (look.vertical !== null) range.VerticalAlignment = ALIGN[look.vertical];
  if (look.wrap !== PLAIN_LOOK.wrap) range.WrapText = look.wrap;
  if (look.border) for (const edge of EDGES) range.Borders.Item(edge).LineStyle = 1;
}

/** Every row's looks (one range for a row of one look, else each cell) and height. */
function setLooks(ws: WpsWorksheet, plan: PrintSheetPlan): void {
  const cols = plan.columnWidths.length;
  plan.rows.forEach((r, i) => {
    const styles: PrintStyle[] = "span" in r ? [r.span.style] : Array.from({ length: cols }, (_, c) => r.cells[c]?.style ?? "cell");
    if (styles.every((st) => st === styles[0])) setLook(ws.Range(block(i + 1, 1, 1, cols)), PRINT_LOOKS[styles[0]]);
    else styles.forEach((st, c) => setLook(ws.Range(block(i + 1, c + 1, 1, 1)), PRINT_LOOKS[st]));
    ws.Range(block(i + 1, 1, 1, 1)).RowHeight = printRowHeight(r, plan.columnWidths);
  });
}
