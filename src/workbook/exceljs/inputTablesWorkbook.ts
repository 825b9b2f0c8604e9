/**
 * The one writer of input tables into a new workbook, with ExcelJS: the
 * template's empty tables (`appraise template`, laid out by
 * buildTemplatePlan) and the demo's filled ones (`appraise demo`, the
 * tests' fixtures). The command line loads it only for those commands
 * (cli/workbookWriters.ts): ExcelJS takes some 0.2 s to load.
 */
import { Workbook, type DataValidation, type Worksheet } from "exceljs";
import type { Lang } from "../../engine/types";
import { displayWidth } from "../displayWidth";
import { DATE_FORMAT, LIST_LAST_ROW, listAlert, TEMPLATE_DATE_WIDTH, type TemplateGuide } from "../template";

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
  /** Each column's drop-down list, or null (the template's; none when absent). */
  readonly lists?: readonly (readonly string[] | null)[];
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
export function columnWidth(t: Pick<InputSheet, "header" | "rows"> & { readonly formats?: readonly string[] }, c: number): number {
  let widest = displayWidth(t.header[c]) + 3;
  if (t.formats?.[c] === DATE_FORMAT) widest = Math.max(widest, TEMPLATE_DATE_WIDTH);
  for (const row of t.rows.slice(0, WIDTH_SAMPLE_ROWS)) widest = Math.max(widest, displayWidth(widthText(row[c])) + 1);
  return Math.min(Math.max(widest, 8), 40);
}

/**
 * A sheet's range data validations: ExcelJS 4.4 has them (doc/worksheet.js,
 * written as one <dataValidation sqref> per range) but its typings name only
 * the per-cell one.
 */
type RangeValidations = { readonly dataValidations: { add(address: string, validation: DataValidation): void } };

/** The drop-down lists of a table's columns, on every row under its header (a warning for other words). */
function addLists(ws: Worksheet, t: InputSheet, lang: Lang): void {
  t.lists?.forEach((words, c) => {
    if (words === null) return;
    const letter = ws.getColumn(c + 1).letter;
    const alert = listAlert(words, lang);
    (ws as Worksheet & RangeValidations).dataValidations.add(`${letter}2:${letter}${LIST_LAST_ROW}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${words.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: alert.title,
      error: alert.message,
    });
  });
}

/** The guide sheet: a heading column and a wide, wrapped text column; titles bold. */
function addGuide(wb: Workbook, guide: TemplateGuide): void {
  const ws = wb.addWorksheet(guide.sheet);
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 100;
  ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  guide.rows.forEach(([head, text], i) => {
    const row = ws.getRow(i + 1);
    row.values = [head, text];
    if (text === "" || i === 0) row.font = { bold: true, size: i === 0 ? 14 : 11 };
  });
}

/**
 * A new workbook with each table on its own sheet at A1: header row frozen,
 * filter buttons, each column's format (text columns as text, dates as
 * dates), width and drop-down list; with a guide, the guide's sheet first
 * (headings and lists in `lang`). Its properties are fixed, so the same
 * tables give the same file contents.
 * @example
 * inputTablesWorkbook(buildTemplatePlan("zh", 2026)).getWorksheet("考评规则")?.getCell("B2").value //=> "2026-01-01"
 */
export function inputTablesWorkbook(tables: readonly InputSheet[], guide?: TemplateGuide, lang: Lang = "zh"): Workbook {
  const wb = new Workbook();
  wb.creator = "Appraise";
  wb.lastModifiedBy = "Appraise";
  wb.created = new Date(Date.UTC(2017, 0, 1));
  wb.modified = wb.created;
  if (guide) addGuide(wb, guide);
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
      // ExcelJS leaves out a column of width 9, its default (doc/column.js isCustomWidth), and Excel then shows 8.43.
      const width = columnWidth(t, c);
      column.width = width === 9 ? 9.5 : width;
      if (format === "General") return;
      column.numFmt = format;
      // The empty table's blank row has no cells for the column's format to reach: give them the format, as Excel would.
      if (t.rows.length === 0) ws.getCell(2, c + 1).numFmt = format;
    });
    addLists(ws, t, lang);
  }
  return wb;
}
