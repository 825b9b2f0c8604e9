/**
 * Raw deflate, inflate and CRC-32 for the package's zip, in Node: zlib (the
 * C library), about three times as fast as fflate's JavaScript on the 48 MB
 * benchmark sheet. The browser build (webpack.web.config.js) puts
 * deflateBrowser.ts in this module's place, as a package.json "browser" field
 * would; both give the same inflated bytes and the same CRC.
 */
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "node:zlib";

export const inflateRaw = (data: Uint8Array): Uint8Array => inflateRawSync(data);

/** Level 6, as Excel writes. */
export const deflateRaw = (data: Uint8Array): Uint8Array => deflateRawSync(data, { level: 6 });

export const crc32 = (data: Uint8Array): number => zlibCrc32(data);
