/**
 * Calculation: recalculating the formulas the fake understands (formulas.ts)
 * after a change, as Excel's automatic calculation does.
 */
import type { CellValue } from "../cells";
import { evaluate } from "../formulas";
import type { Cells } from "./cells";
import type { Journal } from "./journal";
import type { SheetList } from "./sheets";
import type { TableList } from "./tables";

export class Calculation {
  /** Recalculations so far (to measure what a write costs). */
  recalcCount = 0;

  constructor(
    private readonly journal: Journal,
    private readonly sheets: SheetList,
    private readonly cells: Cells,
    private readonly tables: TableList,
  ) {}

  /**
   * Recalculates the formulas the fake understands (see formulas.ts), as
   * Excel's automatic calculation does after a change. Other formulas keep
   * their values.
   */
  recalculate(): void {
    this.journal.calcDirty = false;
    this.recalcCount++;
    for (const sheet of this.sheets.all) {
      for (const [row, cells] of sheet.rows) {
        cells.forEach((rec, col) => {
          if (rec?.formula == null) return;
          const value = evaluate(rec.formula, (table, column) => this.columnCells(table, column));
          if (value !== undefined) this.cells.put(sheet, row, col, { ...rec, value });
        });
      }
    }
  }

  /** The body cells of a table's column (the first column when `column` is null), or null. */
  columnCells(tableName: string, column: string | null): (CellValue | null)[] | null {
    const table = this.tables.tableByName(tableName);
    if (table === undefined) return null;
    const names = this.tables.columnNames(table);
    const index = column === null ? 0 : names.findIndex((n) => n.toLowerCase() === column.trim().toLowerCase());
    if (index < 0) return null;
    const sheet = this.sheets.sheetById(table.sheetId);
    const body = this.tables.bodyOf(table);
    return Array.from({ length: body.rows }, (_, r) => this.cells.cell(sheet, body.row + r, body.col + index).value);
  }
}
