/**
 * Input tables as plain data (the demo's, the tests'), and the two ways they
 * are used: written into a new workbook by the xlsx adapter's input-table
 * writer (`appraise demo`, test fixtures) or handed straight to the engine
 * as grids (the benchmark, tests).
 */
import { dateToSerial } from "../engine/serialDates";
import { TABLES, type ColumnDecl, type TableDecl } from "../engine/tables";
import type { Cell, TableName, WorkbookInput } from "../engine/types";
import { columnFormat } from "../workbook/template";
import { inputTablesWorkbook, type InputSheet, type InputValue, type Workbook } from "../workbook/exceljs/inputTablesWorkbook";

export type { InputValue };

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

/**
 * A table as the input-table writer takes it: on its declaration's sheet,
 * named by its English name, headed in Chinese.
 */
export function inputSheet(t: InputTable): InputSheet {
  return { table: t.decl.name, sheet: t.decl.sheet, header: t.columns.map((c) => c.zh), formats: t.columns.map((c) => columnFormat(c.type)), rows: t.rows };
}

/**
 * A new workbook with each table on its own sheet (see inputSheet): dates
 * formatted as dates, text columns as text, header row frozen.
 */
export function inputWorkbook(tables: readonly InputTable[]): Workbook {
  return inputTablesWorkbook(tables.map(inputSheet));
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
