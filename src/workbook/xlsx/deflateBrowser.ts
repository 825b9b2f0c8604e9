/**
 * Raw deflate, inflate and CRC-32 for the package's zip in a browser, in
 * fflate's JavaScript: what the web build (webpack.web.config.js) puts in
 * deflate.ts's place. The same inflated bytes and CRC as zlib; deflated bytes
 * may differ from zlib's (another encoder), never the parts they hold.
 */
import { deflateSync, inflateSync } from "fflate";

export const inflateRaw = (data: Uint8Array): Uint8Array => inflateSync(data);

/** Level 6, as Excel writes. */
export const deflateRaw = (data: Uint8Array): Uint8Array => deflateSync(data, { level: 6 });

/** deflate.ts's deflateRawLater: in the page, already in a Web Worker, deflated at once. */
export const deflateRawLater = (data: Uint8Array): Promise<Uint8Array | null> => Promise.resolve(deflateRaw(data));

const TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The zip's CRC-32 (ISO 3309, as zlib's crc32). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
