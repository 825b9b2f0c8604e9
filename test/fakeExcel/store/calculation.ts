/**
 * Calculation: recalculating the formulas the fake understands (formulas.ts)
 * after a change, as Excel's automatic calculation does, and the workbook's
 * calculation mode.
 */
import type { CellValue } from "../cells";
import { evaluate } from "../formulas";
import { NameStore } from "./names";

export abstract class Calculation extends NameStore {
  calculationMode = "Automatic";
  /** Recalculations so far (to measure what a write costs). */
  recalcCount = 0;

  /**
   * Recalculates the formulas the fake understands (see formulas.ts), as
   * Excel's automatic calculation does after a change. Other formulas keep
   * their values.
   */
  recalculate(): void {
    this.calcDirty = false;
    this.recalcCount++;
    for (const sheet of this.sheets) {
      for (const [row, cells] of sheet.rows) {
        cells.forEach((rec, col) => {
          if (rec?.formula == null) return;
          const value = evaluate(rec.formula, (table, column) => this.columnCells(table, column));
          if (value !== undefined) this.put(sheet, row, col, { ...rec, value });
        });
      }
    }
  }

  /** The body cells of a table's column (the first column when `column` is null), or null. */
  columnCells(tableName: string, column: string | null): (CellValue | null)[] | null {
    const table = this.tableByName(tableName);
    if (table === undefined) return null;
    const names = this.columnNames(table);
    const index = column === null ? 0 : names.findIndex((n) => n.toLowerCase() === column.trim().toLowerCase());
    if (index < 0) return null;
    const sheet = this.sheetById(table.sheetId);
    const body = this.bodyOf(table);
    return Array.from({ length: body.rows }, (_, r) => this.cell(sheet, body.row + r, body.col + index).value);
  }
}
