/**
 * The print sheets (考评通报, 反馈单) through WPS's object model, from the
 * same plan the other adapters write (../print/printPlan.ts): values with
 * their formats (Text for text, printLooks.ts' printFormat), each spanned
 * line merged across the columns (Range.Merge(Across)), the columns'
 * widths, A4 portrait one page wide (EtPageSetup: Orientation xlPortrait 1,
 * Zoom false with FitToPagesWide 1 and FitToPagesTall false, as VBA
 * documents), the title rows (PrintTitleRows "$1:$3") and a manual page
 * break above each next page (HPageBreaks.Add(Before)). The looks (fonts,
 * borders, row heights) are not set in this first slice.
 */
import { PRINT_LOOKS, PRINT_PAGE, printFormat } from "../print/printLooks";
import type { PrintSheetPlan } from "../print/printPlan";
import { PRINT_SHEETS } from "../port";
import type { PrintState } from "../layout";
import { quoteSheet } from "../../engine/address";
import { get, type WpsWorkbook, type WpsWorksheet } from "./facade";
import { sheetNamed, viewOf } from "./readWps";
import { block, cellValue } from "./writeWps";

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
export function writePrintSheet(wb: WpsWorkbook, plan: PrintSheetPlan, state: PrintState): void {
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
  pageSetup(ws, plan);
  for (const after of plan.pageBreaksAfter) ws.HPageBreaks.Add(ws.Range(block(after + 2, 1, 1, 1)));
  if (state.ownership !== "owned") {
    if (state.ownerNameExists) wb.Names.Item(PRINT_SHEETS[plan.kind].ownerName).Delete();
    wb.Names.Add(PRINT_SHEETS[plan.kind].ownerName, `=${quoteSheet(ws.Name)}!$A$1`);
  }
}

/** The looks this slice leaves out, named so a later one finds them. */
export const PRINT_LOOKS_NOT_SET = Object.keys(PRINT_LOOKS);
