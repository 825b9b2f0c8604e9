/**
 * The one writer of input tables into a new workbook, with ExcelJS: the
 * template's empty tables (`appraise template`, laid out by
 * buildTemplatePlan) and the demo's filled ones (`appraise demo`, the
 * tests' fixtures). The command line loads it only for those commands
 * (cli/workbookWriters.ts): ExcelJS takes some 0.2 s to load.
 */
import { Workbook } from "exceljs";
import { displayWidth } from "../displayWidth";

export type { Workbook };

/** A value of an input cell. Dates are written as Excel dates. */
export type InputValue = string | number | boolean | Date | null;

/** One input table as it is written: on its own sheet, from A1. */
export interface InputSheet {
  /** The Excel table's name. */
  readonly table: string;
  readonly sheet: string;
  readonly header: readonly string[];
  /** Number format of each column's cells ("General" leaves a column as it is). */
  readonly formats: readonly string[];
  readonly rows: readonly (readonly InputValue[])[];
}

/** Widths are for the eye: the first rows are a sample enough, and big tables are uniform. */
const WIDTH_SAMPLE_ROWS = 200;

/** A cell as text, for its width: a date as yyyy-mm-dd. */
const widthText = (v: InputValue | undefined): string => (v instanceof Date ? "2016-01-01" : v === null || v === undefined ? "" : String(v));

/**
 * A column's width in characters: the header plus room for the filter
 * button, or the widest of the first rows; between 8 and 40.
 * @example
 * columnWidth({ header: ["单位"], rows: [] } as InputSheet, 0) //=> 8
 */
export function columnWidth(t: Pick<InputSheet, "header" | "rows">, c: number): number {
  let widest = displayWidth(t.header[c]) + 3;
  for (const row of t.rows.slice(0, WIDTH_SAMPLE_ROWS)) widest = Math.max(widest, displayWidth(widthText(row[c])) + 1);
  return Math.min(Math.max(widest, 8), 40);
}

/**
 * A new workbook with each table on its own sheet at A1: header row frozen,
 * filter buttons, each column's format (text columns as text, dates as
 * dates) and width. Its properties are fixed, so the same tables give the
 * same file contents.
 * @example
 * inputTablesWorkbook(buildTemplatePlan("zh", 2026)).getWorksheet("考评规则")?.getCell("B2").value //=> "2026-01-01"
 */
export function inputTablesWorkbook(tables: readonly InputSheet[]): Workbook {
  const wb = new Workbook();
  wb.creator = "Appraise";
  wb.lastModifiedBy = "Appraise";
  wb.created = new Date(Date.UTC(2017, 0, 1));
  wb.modified = wb.created;
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
    // Excel wants a data row under a table's header; an empty one is skipped by the engine.
    const rows = t.rows.length > 0 ? t.rows.map((r) => [...r]) : [t.header.map(() => null)];
    ws.addTable({
      name: t.table,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.header.map((name) => ({ name, filterButton: true })),
      rows,
    });
    // A column's format also applies to the cells already written.
    t.formats.forEach((format, c) => {
      const column = ws.getColumn(c + 1);
      column.width = columnWidth(t, c);
      if (format !== "General") column.numFmt = format;
    });
  }
  return wb;
}
