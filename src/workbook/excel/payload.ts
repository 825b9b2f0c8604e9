/**
 * Request sizes. Excel on the web rejects a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded; Microsoft's "Resource limits and
 * performance optimization for Office Add-ins": "Excel on the web has a
 * payload size limit for requests and responses of 5MB"), so the adapter
 * measures what it sends and reads and keeps every sync under a budget with
 * room to spare.
 *
 * Why bytes of JSON, counted as UTF-8: Office.js sends a batch as one JSON
 * message (its actions, each with its object path and arguments), and
 * `JSON.stringify` leaves CJK text as it is rather than escaping it, so a
 * unit name such as 区发改局 costs 3 bytes a character on the wire, not 1
 * (as `string.length` would count) nor 6 (as a `\uXXXX` escape would).
 * Counting characters would let a Chinese workbook's write run at three
 * times the budget; this count does not. What the count cannot know (the
 * exact envelope of each action) is covered by COMMAND_BYTES, estimated
 * high, and by the 1 MB left between the budget and the limit; should Excel
 * still refuse a sync, the write is retried smaller (writeShrinking.ts).
 */

/** Bytes one sync may carry: 4 MB, well under Excel on the web's 5 MB limit. */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * What one queued command costs beyond its data (its JSON envelope and object
 * path in Office.js's request), estimated high on purpose.
 */
export const COMMAND_BYTES = 250;

/**
 * UTF-8 bytes of `JSON.stringify(value)`, counted without encoding.
 * @example
 * jsonBytes([["区发改局", 1]]) //=> 20
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += code < 0x800 ? 1 : 2;
  }
  return bytes;
}

/**
 * Splits items into consecutive groups whose sizes add up to at most `budget`
 * (an item bigger than the budget gets a group of its own).
 * @example
 * packBySize([3, 3, 3], (n) => n, 6) //=> [[3, 3], [3]]
 */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length > 0 && used + bytes > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** True for Excel's "too big" errors, which a smaller request may avoid. */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
