/**
 * `appraise template <out.xlsx>`: an empty workbook with every input table
 * (the template's sheet names, English table names, headers in Chinese unless
 * asked otherwise) and a filled Rules table. The layout is the one the add-in's
 * "Create input tables" uses: `buildTemplatePlan`, built from the engine's
 * declarations so it can never drift from them.
 */
import { Workbook } from "exceljs";
import type { Lang } from "../engine/types";
import { displayWidth } from "../workbook/outputs";
import { buildTemplatePlan, type TemplateTable } from "../workbook/template";

/**
 * A column's width in characters: the header plus room for the filter
 * button, or the widest of the first rows; between 8 and 40.
 */
function columnWidth(t: TemplateTable, c: number): number {
  let widest = displayWidth(t.header[c]) + 3;
  // A sample is enough: widths are for the eye.
  for (const row of t.rows.slice(0, 200)) widest = Math.max(widest, displayWidth(row[c] ?? "") + 1);
  return Math.min(Math.max(widest, 8), 40);
}

/**
 * The template as a new workbook: each table on its own sheet at A1, header
 * row frozen, text columns formatted as text and date columns as dates.
 * Headers are Chinese unless `lang` is "en" (the engine accepts either); the
 * Rules' period and deadlines are those of `year`.
 * @example
 * templateWorkbook("zh", 2026).getWorksheet("考评规则")?.getCell("B2").value //=> "2026-01-01"
 */
export function templateWorkbook(lang: Lang, year: number): Workbook {
  const wb = new Workbook();
  // Fixed properties, so the same template gives the same file contents.
  wb.creator = "Appraise";
  wb.lastModifiedBy = "Appraise";
  wb.created = new Date(Date.UTC(2017, 0, 1));
  wb.modified = wb.created;
  for (const t of buildTemplatePlan(lang, year)) {
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
