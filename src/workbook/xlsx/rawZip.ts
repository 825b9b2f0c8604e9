/**
 * Copying zip entries without inflating and deflating them again. A graded
 * copy keeps every part of the input but a few; deflating the input's 48 MB
 * sheet again costs 1.6 s where copying its compressed bytes costs
 * milliseconds. fflate's streaming `Unzip` hands each entry's compressed bytes
 * to a decoder registered for its method: a pass-through one gives them as
 * they are; its `Zip` takes an entry with a given method, size and CRC.
 * Inflating and deflating themselves are deflate.ts: Node's zlib on the
 * command line, fflate in the browser build.
 */
import { Unzip, Zip, type UnzipDecoder, type ZipInputFile } from "fflate";
import { concatBytes } from "./bytes";
import { crc32, deflateRaw, deflateRawLater, inflateRaw } from "./deflate";

/** One entry's bytes as the zip stores them. */
export interface RawEntry {
  /** 0 stored, 8 deflated. */
  readonly compression: number;
  readonly data: Uint8Array;
}

/** A decoder that gives the deflated bytes as they are. */
class RawDeflate implements UnzipDecoder {
  static readonly compression = 8;
  ondata: UnzipDecoder["ondata"] = () => undefined;
  push(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

/**
 * The compressed bytes of each stored or deflated entry whose local header
 * gives its compressed size (so the entry's end is known without inflating).
 * Entries left out (written in streaming mode, other methods) are simply
 * deflated again by zipParts. Never throws: a zip it cannot walk gives fewer
 * entries.
 */
export function readRawEntries(buf: Uint8Array): Map<string, RawEntry> {
  const raw = new Map<string, RawEntry>();
  try {
    const unzip = new Unzip();
    unzip.register(RawDeflate);
    unzip.onfile = (file) => {
      if ((file.compression !== 0 && file.compression !== 8) || file.size === undefined || file.name.endsWith("/")) return;
      const chunks: Uint8Array[] = [];
      const size = file.size;
      file.ondata = (error, chunk, final) => {
        if (error) return;
        chunks.push(chunk.slice());
        if (!final) return;
        const data = concatBytes(chunks);
        if (data.length === size) raw.set(file.name, { compression: file.compression, data });
      };
      file.start();
    };
    unzip.push(buf, true);
  } catch {
    // Fewer raw entries: those parts are deflated again.
  }
  return raw;
}

/**
 * The entries' contents, inflated (deflate.ts), in the zip's order. Throws zlib's
 * error for damaged data.
 */
export function inflateEntries(raw: ReadonlyMap<string, RawEntry>): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of raw) parts.set(name, entry.compression === 8 ? inflateRaw(entry.data) : entry.data);
  return parts;
}

/** One part of the package to write: its content, and its input bytes when it is carried over unchanged. */
export interface PartToZip {
  readonly name: string;
  readonly content: Uint8Array;
  readonly raw?: RawEntry;
  /** Its content being deflated already (deflateRawLater), when the writer started that as soon as the part was made. */
  readonly deflating?: Promise<Uint8Array | null>;
}

/**
 * A zip of the parts, in order: carried-over parts with their compressed
 * bytes as they were, the others deflated (deflate.ts, level 6, as Excel does).
 * Every part not yet being deflated starts at once, so the thread pool
 * deflates them side by side; the bytes are those of deflateRaw.
 */
export async function zipParts(parts: readonly PartToZip[]): Promise<Uint8Array> {
  const deflating = parts.map((part) => (part.raw !== undefined ? null : (part.deflating ?? deflateRawLater(part.content))));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [i, part] of parts.entries()) {
    const raw = part.raw ?? { compression: 8, data: (await deflating[i]) ?? deflateRaw(part.content) };
    const entry: ZipInputFile = { filename: part.name, size: part.content.length, crc: crc32(part.content), compression: raw.compression };
    zip.add(entry);
    entry.ondata?.(null, raw.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(chunks);
}
