/**
 * Input tables as plain data, and the two ways they are used: written into a
 * new workbook (`appraise template`, `appraise demo`) or handed straight to the
 * engine as grids (the benchmark, tests).
 */
import { Workbook } from "exceljs";
import { TABLES, type ColumnDecl, type TableDecl } from "../engine/tables";
import type { Cell, TableName, WorkbookInput } from "../engine/types";
import { displayWidth } from "../workbook/outputs";
import { dateToSerial } from "../workbook/xlsx/toCell";

/** A value of an input cell. Dates are written as Excel dates. */
export type InputValue = string | number | boolean | Date | null;

export interface InputTable {
  readonly decl: TableDecl;
  /** The declared columns in use, in order. */
  readonly columns: readonly ColumnDecl[];
  readonly rows: readonly (readonly InputValue[])[];
}

/** A UTC date (Excel dates have no time zone). */
export const day = (year: number, month: number, date: number): Date => new Date(Date.UTC(year, month - 1, date));

/**
 * An input table with the given columns (English names), checked against the
 * declaration so a typo fails loudly at build time.
 */
export function inputTable(name: TableName, columns: readonly string[], rows: readonly (readonly InputValue[])[]): InputTable {
  const decl = TABLES.find((t) => t.name === name);
  if (!decl) throw new Error(`No table ${name}`);
  const cols = columns.map((c) => {
    const col = decl.columns.find((d) => d.name === c);
    if (!col) throw new Error(`No column ${c} in ${name}`);
    return col;
  });
  for (const row of rows) if (row.length !== cols.length) throw new Error(`A row of ${name} has ${row.length} cells, not ${cols.length}`);
  return { decl, columns: cols, rows };
}

const DATE_FORMAT = "yyyy-mm-dd";

function columnWidth(col: ColumnDecl, rows: readonly (readonly InputValue[])[], c: number): number {
  let widest = displayWidth(col.zh) + 3;
  // A sample is enough: widths are for the eye, and big tables are uniform.
  for (const row of rows.slice(0, 200)) {
    const v = row[c];
    const text = v instanceof Date ? "2016-01-01" : v === null ? "" : String(v);
    widest = Math.max(widest, displayWidth(text) + 1);
  }
  return Math.min(Math.max(widest, 8), 40);
}

/**
 * A new workbook with each table on its own sheet (the declaration's sheet
 * name), named by its English name, headed in Chinese; dates formatted as
 * dates, text columns as text, header row frozen.
 */
export function inputWorkbook(tables: readonly InputTable[]): Workbook {
  const wb = new Workbook();
  // Fixed properties, so the same tables give the same file contents.
  wb.creator = "Appraise";
  wb.lastModifiedBy = "Appraise";
  wb.created = new Date(Date.UTC(2017, 0, 1));
  wb.modified = wb.created;
  for (const t of tables) {
    const ws = wb.addWorksheet(t.decl.sheet, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
    // Excel wants a data row under a table's header; an empty one is skipped by the engine.
    const rows = t.rows.length > 0 ? t.rows.map((r) => [...r]) : [t.columns.map(() => null)];
    ws.addTable({
      name: t.decl.name,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.columns.map((c) => ({ name: c.zh, filterButton: true })),
      rows,
    });
    // A column's format also applies to the cells already written.
    t.columns.forEach((col, c) => {
      const column = ws.getColumn(c + 1);
      column.width = columnWidth(col, t.rows, c);
      if (col.type === "date") column.numFmt = DATE_FORMAT;
      else if (col.type === "text") column.numFmt = "@";
    });
  }
  return wb;
}

const toGridCell = (v: InputValue): Cell => (v instanceof Date ? dateToSerial(v) : v);

/**
 * The tables as the engine receives them from a workbook, without writing one:
 * each table at A1 of its sheet, headed in Chinese.
 */
export function inputGrids(tables: readonly InputTable[]): WorkbookInput {
  return {
    tables: tables.map((t) => ({
      name: t.decl.name,
      sheet: t.decl.sheet,
      headerRow: 1,
      firstColumn: 1,
      header: t.columns.map((c) => c.zh),
      rows: t.rows.map((r) => r.map(toGridCell)),
    })),
  };
}
