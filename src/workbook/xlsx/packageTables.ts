/**
 * Every table of a package as the engine's grids, read straight from the
 * sheet parts (sheetCells.ts): sheet by sheet in tab order, each sheet's
 * tables in the order its part lists them, as the ExcelJS reader gave them.
 */
import { parseLocalBox, type LocalRange } from "../../engine/address";
import { BESIDE_COLUMNS, BESIDE_ROWS, rightOrNone, withoutBlankTail } from "../../engine/besideTable";
import type { Beside, Cell, SheetExtent, TableGrid } from "../../engine/types";
import { onOwnedSheet } from "../inputTables";
import { dateStyles } from "./cellStyles";
import { partText, type PackageSheet, type PackageTable, type WorkbookPackage } from "./readPackage";
import { readBoxes, usedRange, type CellContext } from "./sheetCells";
import { sharedStrings } from "./sharedStrings";

/**
 * The boxes beside a table's box: BESIDE_ROWS rows under it, and
 * BESIDE_COLUMNS columns right of its first rows (its header and BESIDE_ROWS
 * data rows, as the Office.js reader can load them in one sync).
 */
function besideBoxes(box: LocalRange): [LocalRange, LocalRange] {
  return [
    { row: box.lastRow + 1, column: box.column, lastRow: box.lastRow + BESIDE_ROWS, lastColumn: box.lastColumn },
    { row: box.row, column: box.lastColumn + 1, lastRow: Math.min(box.lastRow, box.row + BESIDE_ROWS), lastColumn: box.lastColumn + BESIDE_COLUMNS },
  ];
}

/** The grid's `beside` from the cells of its two beside boxes. */
function beside(table: PackageTable, belowBox: LocalRange, below: Cell[][], right: Cell[][]): Beside {
  // Without a header row, the table's box starts at its first data row: the header's `right` is blank.
  const rightRows = right.length === 0 || table.definition.headerRow ? right : [[], ...right];
  return { belowRow: belowBox.row, below: withoutBlankTail(below), right: rightOrNone(rightRows) };
}

function grid(sheet: string, table: PackageTable, box: LocalRange, cells: Cell[][]): TableGrid {
  const { definition } = table;
  const first = definition.headerRow ? box.row + 1 : box.row;
  const last = definition.totalsRow ? box.lastRow - 1 : box.lastRow;
  const header: Cell[] = definition.headerRow ? cells[0] : [...definition.columns];
  const rows = cells.slice(first - box.row, Math.max(first - box.row, last - box.row + 1));
  return { name: definition.name, sheet, headerRow: first - 1, firstColumn: box.column, header, rows };
}

function sheetGrids(pkg: WorkbookPackage, sheet: PackageSheet, context: () => CellContext, withBeside: boolean): TableGrid[] {
  const boxed = sheet.tables
    .map((t) => ({ table: t, box: parseLocalBox(t.definition.ref) }))
    .filter((t): t is { table: PackageTable; box: LocalRange } => t.box !== null);
  if (boxed.length === 0 || sheet.part === null) return [];
  const besides = withBeside ? boxed.map((t) => besideBoxes(t.box)) : [];
  const cells = readBoxes(
    partText(pkg.parts, sheet.part) ?? "",
    boxed.map((t) => t.box),
    context(),
    besides.flat(),
  );
  return boxed.map((t, i) => {
    const g = grid(sheet.name, t.table, t.box, cells[i]);
    if (!withBeside) return g;
    const at = boxed.length + 2 * i;
    return { ...g, beside: beside(t.table, besides[i][0], cells[at], cells[at + 1]) };
  });
}

/** The reading context of a package, made once when first needed. */
function lazyContextOf(pkg: WorkbookPackage): () => CellContext {
  let context: CellContext | null = null;
  return () =>
    (context ??= {
      strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)),
      dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)),
      date1904: pkg.workbook.date1904,
    });
}

/**
 * The tables of the package, except those on the sheets named in
 * `skipSheets` (Appraise's own output sheets, see inputTables.ts), each with
 * the cells beside it (`beside`: BESIDE_ROWS rows under it, BESIDE_COLUMNS
 * columns right of it) when `withBeside`. Throws saxes' error for a part it
 * reads that is not well-formed.
 */
export function packageTables(pkg: WorkbookPackage, skipSheets: readonly string[] = [], withBeside = false): TableGrid[] {
  const context = lazyContextOf(pkg);
  return pkg.sheets.filter((s) => !onOwnedSheet(s.name, skipSheets)).flatMap((s) => sheetGrids(pkg, s, context, withBeside));
}

/**
 * The used range of each sheet that holds no table, except the sheets named
 * in `skipSheets`: where the engine looks for plain data when a required
 * table is missing (TABLE_MISSING).
 */
export function packageSheetExtents(pkg: WorkbookPackage, skipSheets: readonly string[] = []): SheetExtent[] {
  const context = lazyContextOf(pkg);
  return pkg.sheets
    .filter((s) => s.tables.length === 0 && !onOwnedSheet(s.name, skipSheets))
    .map((s) => ({ sheet: s.name, used: s.part === null ? null : usedRange(partText(pkg.parts, s.part) ?? "", context()) }));
}
