/**
 * Small workbooks for adapter and command-line tests.
 */
import { Workbook, type CellValue } from "exceljs";
import { readZip, writeZip, zipNames as partNames, zipText as partText } from "../../src/workbook/xlsx/zip";

export interface TableSpec {
  readonly sheet: string;
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Top-left cell of the table; A1 unless given. */
  readonly ref?: string;
}

/** A workbook holding the given tables, each on its sheet (sheets shared by name). */
export function workbookWith(tables: readonly TableSpec[]): Workbook {
  const wb = new Workbook();
  for (const t of tables) {
    const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
    ws.addTable({
      name: t.name,
      ref: t.ref ?? "A1",
      headerRow: true,
      columns: t.headers.map((name) => ({ name })),
      rows: t.rows.map((r) => [...r]),
    });
  }
  return wb;
}

/** The text of one part of an .xlsx package, or null. */
export function zipText(bytes: Buffer, name: string): string | null {
  return partText(bytes, name);
}

/** The names of the parts of an .xlsx package. */
export function zipNames(bytes: Buffer): string[] {
  return partNames(bytes);
}

/**
 * Rebuilds a zip package with some parts changed, added (`edit` returns text
 * for a name not in the package) or removed (`edit` returns null). Entries are
 * deflated. For tests that need a file Excel would write but
 * ExcelJS does not (no headerRowCount, a chart part…).
 */
export function rewriteZip(bytes: Buffer, edit: (name: string, text: string) => string | null, add: Readonly<Record<string, string>> = {}): Buffer {
  const parts: [string, Buffer][] = [];
  for (const [name, bytesOf] of readZip(bytes)) {
    const data = Buffer.from(bytesOf);
    const isText = /\.(xml|rels)$/.test(name);
    const out = isText ? edit(name, data.toString("utf8")) : data.toString("latin1");
    if (out === null) continue;
    parts.push([name, isText ? Buffer.from(out, "utf8") : data]);
  }
  for (const [name, text] of Object.entries(add)) parts.push([name, Buffer.from(text, "utf8")]);
  return Buffer.from(writeZip(new Map(parts)));
}
