/**
 * The zip container of an .xlsx package, through fflate: list its parts, read
 * some or all of them, and write a package back. A part's name is its path in
 * the zip, without a leading "/" (`xl/workbook.xml`).
 */
import { unzipSync, zipSync, type Unzipped, type Zippable } from "fflate";

/** Why a zip could not be read: not a zip at all, or a zip fflate cannot open (damaged, truncated, zip64…). */
export class ZipError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** The local file header's signature, "PK\x03\x04": what every zip, and so every .xlsx, starts with. */
export function looksLikeZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/**
 * The parts of a zip whose names `want` accepts (all by default), inflated.
 * Folders (names ending in "/") are left out. Throws ZipError when the bytes
 * are not a zip fflate can read.
 * @example
 * readZip(bytes, (name) => name === "xl/workbook.xml").get("xl/workbook.xml") //=> Uint8Array […]
 */
export function readZip(buf: Uint8Array, want: (name: string) => boolean = () => true): Map<string, Uint8Array> {
  let files: Unzipped;
  try {
    files = unzipSync(buf, { filter: (f) => !f.name.endsWith("/") && want(f.name) });
  } catch (e) {
    throw new ZipError(e);
  }
  return new Map(Object.entries(files));
}

/**
 * The names of a zip's parts, in the order the zip stores them, without
 * inflating any. Throws ZipError like readZip.
 */
export function zipNames(buf: Uint8Array): string[] {
  const names: string[] = [];
  readZip(buf, (name) => {
    names.push(name);
    return false;
  });
  return names;
}

/** One part's text (UTF-8), or null when the zip has no such part. */
export function zipText(buf: Uint8Array, name: string): string | null {
  const data = readZip(buf, (n) => n === name).get(name);
  return data === undefined ? null : new TextDecoder().decode(data);
}

/**
 * A zip of the given parts, in the given order, deflated. Folders are implied
 * by the names, as Excel writes them.
 */
export function writeZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = data;
  return zipSync(files, { level: 6 });
}
