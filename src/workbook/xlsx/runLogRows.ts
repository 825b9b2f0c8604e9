/**
 * The RunLog rows already in a package, so a run appends its row below them
 * and never drops one, and the RunLog layout of the run: the plan's headers
 * (the current language), with any column kept from an older layout.
 */
import type { OutputSheetPlan } from "../port";
import { dateStyles } from "./cellStyles";
import { decodeRange } from "./rangeBox";
import { partText, type WorkbookPackage } from "./readPackage";
import type { SheetLayout, SheetValue } from "./renderSheet";
import { readBoxes } from "./sheetCells";
import { sharedStrings } from "./sharedStrings";

function loggedRows(pkg: WorkbookPackage, plan: OutputSheetPlan): { headers: SheetValue[]; rows: SheetValue[][] } {
  const sheet = pkg.sheets.find((s) => s.name === plan.sheet);
  const table = sheet?.tables.find((t) => t.definition.name.toLowerCase() === plan.table.toLowerCase()) ?? sheet?.tables[0];
  const box = table ? decodeRange(table.definition.ref) : null;
  if (!sheet?.part || !table || !box) return { headers: [], rows: [] };
  const context = { strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)), dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)), date1904: pkg.workbook.date1904 };
  const [cells] = readBoxes(partText(pkg.parts, sheet.part) ?? "", [box], context);
  const body = cells.slice(1, table.definition.totalsRow ? -1 : undefined);
  // A table's placeholder row (all blank) is not a run.
  return { headers: cells[0], rows: body.filter((row) => row.some((v) => v !== null && v !== "")) };
}

/**
 * The RunLog sheet's layout: the rows logged so far, then the plan's row.
 * @example
 * runLogLayout(pkg, plan.runLog).rows.length //=> rows already logged + 1
 */
export function runLogLayout(pkg: WorkbookPackage, plan: OutputSheetPlan): SheetLayout & { readonly headers: readonly string[] } {
  const existing = loggedRows(pkg, plan);
  const width = Math.max(plan.headers.length, existing.headers.length);
  const headers = Array.from({ length: width }, (_, c) => plan.headers[c] ?? String(existing.headers[c] ?? `Column${c + 1}`));
  const pad = (row: readonly SheetValue[]): SheetValue[] => Array.from({ length: width }, (_, c) => row[c] ?? null);
  return {
    headers,
    rows: [...existing.rows.map(pad), ...plan.rows.map(pad)],
    numberFormats: Array.from({ length: width }, (_, c) => plan.numberFormats[c] ?? null),
    columnWidths: Array.from({ length: width }, (_, c) => plan.columnWidths[c] ?? 12),
    rowFills: [],
    links: [],
  };
}
