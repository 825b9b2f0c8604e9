/**
 * Every table of a package as the engine's grids, read straight from the
 * sheet parts (sheetCells.ts): sheet by sheet in tab order, each sheet's
 * tables in the order its part lists them, as the ExcelJS reader gave them.
 */
import { parseLocalBox, type LocalRange } from "../../engine/address";
import type { Cell, TableGrid } from "../../engine/types";
import { onOwnedSheet } from "../inputTables";
import { dateStyles } from "./cellStyles";
import { partText, type PackageSheet, type PackageTable, type WorkbookPackage } from "./readPackage";
import { readBoxes, type CellContext } from "./sheetCells";
import { sharedStrings } from "./sharedStrings";

function grid(sheet: string, table: PackageTable, box: LocalRange, cells: Cell[][]): TableGrid {
  const { definition } = table;
  const first = definition.headerRow ? box.row + 1 : box.row;
  const last = definition.totalsRow ? box.lastRow - 1 : box.lastRow;
  const header: Cell[] = definition.headerRow ? cells[0] : [...definition.columns];
  const rows = cells.slice(first - box.row, Math.max(first - box.row, last - box.row + 1));
  return { name: definition.name, sheet, headerRow: first - 1, firstColumn: box.column, header, rows };
}

function sheetGrids(pkg: WorkbookPackage, sheet: PackageSheet, context: () => CellContext): TableGrid[] {
  const boxed = sheet.tables
    .map((t) => ({ table: t, box: parseLocalBox(t.definition.ref) }))
    .filter((t): t is { table: PackageTable; box: LocalRange } => t.box !== null);
  if (boxed.length === 0 || sheet.part === null) return [];
  const cells = readBoxes(
    partText(pkg.parts, sheet.part) ?? "",
    boxed.map((t) => t.box),
    context(),
  );
  return boxed.map((t, i) => grid(sheet.name, t.table, t.box, cells[i]));
}

/**
 * The tables of the package, except those on the sheets named in
 * `skipSheets` (Appraise's own output sheets, see inputTables.ts). Throws
 * saxes' error for a part it reads that is not well-formed.
 */
export function packageTables(pkg: WorkbookPackage, skipSheets: readonly string[] = []): TableGrid[] {
  let context: CellContext | null = null;
  const lazyContext = (): CellContext =>
    (context ??= {
      strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)),
      dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)),
      date1904: pkg.workbook.date1904,
    });
  return pkg.sheets.filter((s) => !onOwnedSheet(s.name, skipSheets)).flatMap((s) => sheetGrids(pkg, s, lazyContext));
}
