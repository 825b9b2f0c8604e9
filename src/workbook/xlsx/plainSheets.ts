/**
 * Every worksheet of a package as a plain grid, for `appraise import`: each
 * cell's value as the table reader reads it (sheetCells.ts's cellValue: a
 * formula as its cached result), whether it holds a formula and which, and
 * the sheet's merged ranges, all from the table reader's one SAX pass
 * (sheetCells.ts's scanCells). Unlike packageTables.ts it reads whole
 * sheets, not table boxes: last year's summary has no tables.
 */
import type { LocalRange } from "../../engine/address";
import type { PlainCell, PlainSheet } from "../import/plainSheet";
import { dateStyles } from "./cellStyles";
import { partText, type WorkbookPackage } from "./readPackage";
import { cellValue, EVERY_ROW, scanCells, type CellContext, type RawCell } from "./sheetCells";
import { sharedStrings } from "./sharedStrings";

/**
 * A cell's formula: its text, "" for a shared formula's follower, null for
 * none. An empty `<f>` of another type (normal, array, dataTable) counts as none
 * and its cell reads as a plain value, as this reader has always taken it
 * (the table reader, like ExcelJS, takes it as a formula).
 */
function formulaOf(raw: RawCell): string | null {
  if (raw.formula !== "") return raw.formula;
  return raw.formulaType === "shared" ? "" : null;
}

/**
 * One worksheet part as a plain grid. Throws saxes' error when the part is
 * not well-formed.
 */
export function readPlainSheet(name: string, xml: string, ctx: CellContext, tables: readonly string[]): PlainSheet {
  const rows: PlainCell[][] = [];
  const merges: LocalRange[] = [];
  scanCells(
    xml,
    EVERY_ROW,
    (at, raw) => {
      const formula = formulaOf(raw);
      const value = cellValue(formula === null && raw.formulaType !== undefined ? { ...raw, formulaType: undefined } : raw, ctx);
      if (value === null && formula === null) return;
      const row = (rows[at.row - 1] ??= []);
      row[at.column - 1] = { value, formula };
    },
    (box) => merges.push(box),
  );
  return { name, rows, merges, tables };
}

/** Every worksheet of the package, in tab order, as plain grids (chartsheets left out). */
export function plainSheets(pkg: WorkbookPackage): PlainSheet[] {
  const ctx: CellContext = {
    strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)),
    dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)),
    date1904: pkg.workbook.date1904,
  };
  return pkg.sheets.flatMap((sheet) =>
    sheet.part === null
      ? []
      : [
          readPlainSheet(
            sheet.name,
            partText(pkg.parts, sheet.part) ?? "",
            ctx,
            sheet.tables.map((t) => t.definition.name),
          ),
        ],
  );
}
