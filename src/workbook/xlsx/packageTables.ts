/**
 * Every table of a package as the engine's grids, read straight from the
 * sheet parts (sheetCells.ts): sheet by sheet in tab order, each sheet's
 * tables in the order its part lists them, as the ExcelJS reader gave them.
 */
import type { Cell, TableGrid } from "../../engine/types";
import { dateStyles } from "./cellStyles";
import { decodeRange, type RangeBox } from "./rangeBox";
import { partText, type PackageSheet, type PackageTable, type WorkbookPackage } from "./readPackage";
import { readBoxes, type CellContext } from "./sheetCells";
import { sharedStrings } from "./sharedStrings";

function grid(sheet: string, table: PackageTable, box: RangeBox, cells: Cell[][]): TableGrid {
  const { definition } = table;
  const first = definition.headerRow ? box.top + 1 : box.top;
  const last = definition.totalsRow ? box.bottom - 1 : box.bottom;
  const header: Cell[] = definition.headerRow ? cells[0] : [...definition.columns];
  const rows = cells.slice(first - box.top, Math.max(first - box.top, last - box.top + 1));
  return { name: definition.name, sheet, headerRow: first - 1, firstColumn: box.left, header, rows };
}

function sheetGrids(pkg: WorkbookPackage, sheet: PackageSheet, context: () => CellContext): TableGrid[] {
  const boxed = sheet.tables
    .map((t) => ({ table: t, box: decodeRange(t.definition.ref) }))
    .filter((t): t is { table: PackageTable; box: RangeBox } => t.box !== null);
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
 * `skipSheets` (Appraise's own output sheets). Throws saxes' error for a
 * part it reads that is not well-formed.
 */
export function packageTables(pkg: WorkbookPackage, skipSheets: ReadonlySet<string> = new Set()): TableGrid[] {
  let context: CellContext | null = null;
  const lazyContext = (): CellContext =>
    (context ??= {
      strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)),
      dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)),
      date1904: pkg.workbook.date1904,
    });
  return pkg.sheets.filter((s) => !skipSheets.has(s.name)).flatMap((s) => sheetGrids(pkg, s, lazyContext));
}
