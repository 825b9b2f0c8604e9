/**
 * A worksheet as plain cells through Office.js, for the pane's "Import from
 * a sheet" (SPEC section 9): the used range's values and formulas, the names
 * of the Excel tables on it, and its merged areas where Excel can give them.
 * What xlsx/plainSheets.ts reads from a package, read from the open workbook;
 * the import after it is the same pure code (workbook/import/).
 *
 * Merged areas: `Range.getMergedAreasOrNullObject` is "[Api set: ExcelApi
 * 1.13]" (`@types/office-js`), and the manifest asks only ExcelApi 1.9. Where
 * it is missing the sheet is read without merges, which the import already
 * takes as a header unmerged by hand (headerLayout.ts: a group header left
 * over its first column stands over the columns after it up to the next one
 * when the row below holds sub-headers it knows; a section row is read by its
 * text in the first cell, merged or not).
 */
import type { LocalRange } from "../../engine/address";
import { parseLocalBox } from "../../engine/address";
import type { PlainCell, PlainSheet } from "../import/plainSheet";
import { runBatch, supportsExcelApi, type ExcelRunner } from "./excelRun";
import { toCell } from "./toCells";

export interface ReadPlainSheetOptions {
  /** The sheet to read; the active one unless given. */
  readonly sheet?: string;
  /** Read the merged areas (ExcelApi 1.13); by default where Excel supports it. */
  readonly mergedAreas?: boolean;
}

/** What one read of a sheet gives: the sheet, and the workbook's table names (to refuse an import over them). */
export interface PlainSheetRead {
  readonly sheet: PlainSheet;
  /** Whether merged areas were read (false where Excel lacks ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** Every table of the workbook, by name. */
  readonly workbookTables: readonly string[];
}

/**
 * The rectangles of a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4",
 * the sheet quoted when it must be), sheet names dropped.
 * @example
 * mergedRanges("'2025年汇总'!A1:K1, '2025年汇总'!C3:D3") //=> [{ row: 1, column: 1, lastRow: 1, lastColumn: 11 }, { row: 3, column: 3, lastRow: 3, lastColumn: 4 }]
 */
export function mergedRanges(address: string): LocalRange[] {
  const out: LocalRange[] = [];
  // Each area ends with "!A1" or "!A1:B2"; the sheet before it may hold commas when quoted.
  // An exec loop, not matchAll: the pane's older webviews lack String.prototype.matchAll.
  const area = /!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = area.exec(address); m !== null; m = area.exec(address)) {
    const box = parseLocalBox(m[1].replace(/\$/g, ""));
    if (box !== null) out.push(box);
  }
  return out;
}

/** The used range's cells as plain cells, from its top-left corner (rowIndex, columnIndex are 0-based). */
function plainRows(used: Excel.Range): (PlainCell | undefined)[][] {
  const rows: (PlainCell | undefined)[][] = [];
  used.values.forEach((line, r) => {
    line.forEach((v, c) => {
      const formula = used.formulas[r][c];
      // A constant's formula is its value; text typed as "=…" into a Text cell is its own formula too.
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== v;
      const value = toCell(v, used.valueTypes[r][c]);
      if (value === null && !isFormula) return;
      const row = (rows[used.rowIndex + r] ??= []);
      // The package reader's formulas carry no "=": the import reads SUBTOTAL( either way.
      row[used.columnIndex + c] = { value, formula: isFormula ? (formula as string).slice(1) : null };
    });
  });
  return rows;
}

/**
 * Reads a sheet (the active one unless named) as plain cells in one sync.
 * @example
 * const { sheet } = await readPlainSheet(Excel.run);
 * sheet.name //=> "2025年汇总"
 */
export async function readPlainSheet(run: ExcelRunner, options: ReadPlainSheetOptions = {}): Promise<PlainSheetRead> {
  const mergedAreas = options.mergedAreas ?? supportsExcelApi("1.13");
  return runBatch(run, async (context) => {
    const worksheets = context.workbook.worksheets;
    const ws = options.sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(options.sheet);
    ws.load("name");
    const sheetTables = ws.tables.load("items/name");
    const workbookTables = context.workbook.tables.load("items/name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["values", "formulas", "valueTypes", "rowIndex", "columnIndex"]);
    const merged = mergedAreas ? used.getMergedAreasOrNullObject().load("address") : null;
    await context.sync();
    const rows = used.isNullObject ? [] : plainRows(used);
    const merges = merged === null || merged.isNullObject ? [] : mergedRanges(merged.address);
    return {
      sheet: { name: ws.name, rows, merges, tables: sheetTables.items.map((t) => t.name) },
      mergedAreas,
      workbookTables: workbookTables.items.map((t) => t.name),
    };
  });
}
