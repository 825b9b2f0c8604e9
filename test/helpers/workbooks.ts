/**
 * Small workbooks for adapter and command-line tests.
 */
import * as zlib from "node:zlib";
import { Workbook, type CellValue } from "exceljs";
import { listZipEntries, readZipEntry } from "../../src/workbook/xlsx/zip";

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
  const entry = listZipEntries(bytes)?.find((e) => e.name === name);
  return entry ? (readZipEntry(bytes, entry)?.toString("utf8") ?? null) : null;
}

/** The names of the parts of an .xlsx package. */
export function zipNames(bytes: Buffer): string[] {
  return (listZipEntries(bytes) ?? []).map((e) => e.name);
}

/**
 * Rebuilds a zip package with some parts changed, added (`edit` returns text
 * for a name not in the package) or removed (`edit` returns null). Entries are
 * stored uncompressed. For tests that need a file Excel would write but
 * ExcelJS does not (no headerRowCount, a chart part…).
 */
export function rewriteZip(
  bytes: Buffer,
  edit: (name: string, text: string) => string | null,
  add: Readonly<Record<string, string>> = {},
): Buffer {
  const parts: [string, Buffer][] = [];
  for (const entry of listZipEntries(bytes) ?? []) {
    const data = readZipEntry(bytes, entry) ?? Buffer.alloc(0);
    if (entry.name.endsWith("/")) continue;
    const isText = /\.(xml|rels)$/.test(entry.name);
    const out = isText ? edit(entry.name, data.toString("utf8")) : data.toString("latin1");
    if (out === null) continue;
    parts.push([entry.name, isText ? Buffer.from(out, "utf8") : data]);
  }
  for (const [name, text] of Object.entries(add)) parts.push([name, Buffer.from(text, "utf8")]);
  return storedZip(parts);
}

function storedZip(parts: readonly [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = (zlib as unknown as { crc32: (b: Buffer) => number }).crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
