/**
 * Raw deflate, inflate and CRC-32 for the package's zip, in Node: zlib (the
 * C library), about three times as fast as fflate's JavaScript on the 48 MB
 * benchmark sheet. The browser build (webpack.web.config.js) puts
 * deflateBrowser.ts in this module's place, as a package.json "browser" field
 * would; both give the same inflated bytes and the same CRC.
 */
import { crc32 as zlibCrc32, deflateRaw as zlibDeflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";

export const inflateRaw = (data: Uint8Array): Uint8Array => inflateRawSync(data);

/** Level 6, as Excel writes. */
export const deflateRaw = (data: Uint8Array): Uint8Array => deflateRawSync(data, { level: 6 });

/**
 * deflateRawLater's output buffer: zlib's 16 KiB default hands every 16 KiB
 * back to the main thread to queue the next piece (some 0.17 s of the
 * 150,000-row copy's main thread, and a wait at each step for a loaded pool).
 * The deflated bytes do not depend on it.
 */
const LATER_CHUNK = 1 << 20;

/**
 * The same bytes as deflateRaw, made on libuv's thread pool: the command line
 * deflates a rendered sheet there while it renders and checks the next parts
 * (writeCopy.ts). Never rejects: null when zlib failed (the caller deflates
 * again with deflateRaw, which throws zlib's error).
 */
export const deflateRawLater = (data: Uint8Array): Promise<Uint8Array | null> =>
  new Promise((resolve) => zlibDeflateRaw(data, { level: 6, chunkSize: LATER_CHUNK }, (error, deflated) => resolve(error ? null : deflated)));

export const crc32 = (data: Uint8Array): number => zlibCrc32(data);
