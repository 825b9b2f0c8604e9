/**
 * The input fingerprint: SHA-256 of the canonical input tables and rules.
 * Canonical means: only the declared tables and columns, columns in declared
 * order, blank rows dropped, rows in a canonical order, and the rules in force;
 * so moving rows or columns, or adding ignored columns, keeps the fingerprint,
 * while any change to a value Appraise reads changes it.
 *
 * The canonical text (format v2) is
 *
 *     appraise-input-v2
 *     <table>\n<columns as JSON>\n<row>\n<row>\n…\n     (each table, by name)
 *     Rules\n<key>=<value>\n…                          (by key)
 *
 * A row is its cells in declared column order, each followed by a tab: `_` for
 * blank, `n` + the number, `s` + the text, `T`/`F`, `e` + the error value.
 * In text, backslash, tab and newline are escaped (`\\`, `\t`, `\n`), so every
 * row has exactly one text. Rows are ordered by a 32-bit FNV-1a hash of their
 * first cell's bytes, then of their bytes, then by the bytes: a total order
 * that, like sorting the texts, does not depend on the order of the rows in
 * the table, but is much cheaper for tables of hundreds of thousands of rows
 * (numbers, not long strings, are sorted, in linear time). Ordering by the
 * first cell (the unit, in most tables) first keeps a unit's rows together, so
 * hashing them in that order reads memory mostly in sequence.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { isBlank } from "./text";
import { tenThousandthsOf } from "./fixed";
import type { ParsedTable } from "./readTable";
import type { Cell } from "./types";

type Hash = ReturnType<typeof sha256.create>;

const TAB = 0x09;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;

/** See RowTexts.feed. */
const COPY_BY_VIEW_BELOW = 1 << 16;

/**
 * The texts of a table's rows, back to back in one growable byte buffer: one
 * allocation for a whole table instead of one string per row.
 */
class RowTexts {
  private bytes: Uint8Array;
  private length = 0;
  private rows = 0;
  /** Where each row's bytes end (row i spans end(i - 1)..end(i)). */
  private readonly ends: Uint32Array;
  /** Where each row's first cell ends. */
  private readonly firstCellEnds: Uint32Array;

  /**
   * Room for `rows` rows; the bytes start at a guess of 8 per cell and grow
   * as needed (from at least 1 KiB: a table of ten rows must not zero 64 KiB).
   */
  constructor(rows: number, columns: number) {
    this.bytes = new Uint8Array(Math.max(1 << 10, rows * columns * 8));
    this.ends = new Uint32Array(rows);
    this.firstCellEnds = new Uint32Array(rows);
  }

  get count(): number {
    return this.rows;
  }

  private start(i: number): number {
    return i === 0 ? 0 : (this.ends[i - 1] as number);
  }

  private end(i: number): number {
    return this.ends[i] as number;
  }

  endFirstCell(): void {
    this.firstCellEnds[this.rows] = this.length;
  }

  endRow(): void {
    this.ends[this.rows++] = this.length;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /**
   * Appends text as UTF-8, one UTF-16 code unit at a time (so a lone
   * surrogate keeps bytes of its own instead of becoming U+FFFD), escaping
   * backslash, tab and newline when `escape` is set.
   */
  text(s: string, escape: boolean): void {
    this.reserve(3 * s.length);
    const out = this.bytes;
    let at = this.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (escape && (c === BACKSLASH || c === TAB || c === NEWLINE)) {
          out[at++] = BACKSLASH;
          out[at++] = c === BACKSLASH ? BACKSLASH : c === TAB ? 0x74 /* t */ : 0x6e; /* n */
        } else {
          out[at++] = c;
        }
      } else if (c < 0x800) {
        out[at++] = 0xc0 | (c >> 6);
        out[at++] = 0x80 | (c & 0x3f);
      } else {
        out[at++] = 0xe0 | (c >> 12);
        out[at++] = 0x80 | ((c >> 6) & 0x3f);
        out[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.length = at;
  }

  /**
   * Appends `String(n)` without making the string. A number of at most 4
   * decimals below 1e9 (most number cells) is written digit by digit from its
   * ten-thousandths, which `String(n)` is exactly (see fixed.ts): a million
   * number strings would cost time and, kept a while by V8's number-string
   * cache, old-space garbage.
   */
  number(n: number): void {
    const scaled = tenThousandthsOf(n);
    if (scaled === null) {
      this.text(String(n), false);
      return;
    }
    if (scaled < 0) this.byte(0x2d); // -
    const whole = Math.floor(Math.abs(scaled) / 10_000);
    let fraction = Math.abs(scaled) % 10_000;
    this.digits(whole, 1);
    if (fraction === 0) return;
    let places = 4;
    while (fraction % 10 === 0) {
      fraction /= 10;
      places--;
    }
    this.byte(0x2e); // .
    this.digits(fraction, places);
  }

  /** Appends a whole number's decimal digits, with leading zeros up to `width`. */
  private digits(whole: number, width: number): void {
    let count = 1;
    for (let rest = whole; rest >= 10; rest = Math.floor(rest / 10)) count++;
    count = Math.max(count, width);
    this.reserve(count);
    let rest = whole;
    for (let k = this.length + count - 1; k >= this.length; k--) {
      this.bytes[k] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += count;
  }

  /** Row i's bytes as text, for tests (every byte below 0x80, as number texts are). */
  asciiOf(i: number): string {
    return String.fromCharCode(...this.bytes.subarray(this.start(i), this.end(i)));
  }

  /**
   * 32-bit FNV-1a of each row's first cell and of the whole row, into the
   * two arrays, in one pass over the bytes: FNV-1a runs byte by byte from
   * the same start, so the first cell's hash is the row's hash part way.
   */
  fnv1aOfRows(firstCellHashes: Uint32Array, rowHashes: Uint32Array): void {
    const bytes = this.bytes;
    for (let i = 0; i < this.rows; i++) {
      const firstEnd = this.firstCellEnds[i] as number;
      const end = this.end(i);
      let h = 0x811c9dc5;
      let k = this.start(i);
      for (; k < firstEnd; k++) h = Math.imul(h ^ (bytes[k] as number), 0x01000193);
      firstCellHashes[i] = h >>> 0;
      for (; k < end; k++) h = Math.imul(h ^ (bytes[k] as number), 0x01000193);
      rowHashes[i] = h >>> 0;
    }
  }

  /** Byte-wise comparison of rows i and j; a prefix comes first. */
  compare(i: number, j: number): number {
    const a = this.start(i);
    const b = this.start(j);
    const n = Math.min(this.end(i) - a, this.end(j) - b);
    for (let k = 0; k < n; k++) {
      const d = (this.bytes[a + k] as number) - (this.bytes[b + k] as number);
      if (d !== 0) return d;
    }
    return this.end(i) - a - (this.end(j) - b);
  }

  /**
   * Feeds the rows to the hash in the given order, copied into a staging
   * buffer: few, large updates. A row is copied with `set` on a view of it
   * in tables of fewer than COPY_BY_VIEW_BELOW rows: three times faster than
   * a byte loop in a first, not yet compiled run (a district's tables); in a
   * table of hundreds of thousands of rows the views' garbage costs more
   * than the loop, which is compiled by then (the 600,000-row benchmark ran
   * some 20–25% slower with views, in A/B runs on the loaded 2-core machine).
   */
  feed(hash: Hash, order: Uint32Array): void {
    const bytes = this.bytes;
    const views = order.length < COPY_BY_VIEW_BELOW;
    const staging = new Uint8Array(Math.min(1 << 16, this.length));
    let at = 0;
    for (const i of order) {
      const start = this.start(i);
      const end = this.end(i);
      if (at + (end - start) > staging.length) {
        hash.update(staging.subarray(0, at));
        at = 0;
      }
      if (end - start > staging.length) {
        hash.update(bytes.subarray(start, end));
      } else if (views) {
        staging.set(bytes.subarray(start, end), at);
        at += end - start;
      } else {
        for (let k = start; k < end; k++) staging[at++] = bytes[k] as number;
      }
    }
    hash.update(staging.subarray(0, at));
  }
}

/** Appends one cell's canonical text and its tab. */
function writeCell(out: RowTexts, cell: Cell): void {
  if (cell === null || isBlank(cell)) {
    out.byte(0x5f); // _
  } else if (typeof cell === "number") {
    out.byte(0x6e); // n
    out.number(cell);
  } else if (typeof cell === "string") {
    out.byte(0x73); // s
    out.text(cell, true);
  } else if (typeof cell === "boolean") {
    out.byte(cell ? 0x54 : 0x46); // T or F
  } else {
    out.byte(0x65); // e
    out.text(cell.error, true);
  }
  out.byte(TAB);
}

/** Below this many rows a comparison sort is cheaper than any bucket pass. */
const COMPARISON_SORT_BELOW = 128;
/** From this many rows on, 16-bit digits (65,536 buckets, 4 passes) pay for their buckets. */
const WIDE_DIGITS_FROM = 1 << 16;

/**
 * Indexes 0..n-1 ordered by (primary, secondary) key, then by index: the
 * order a stable sort by the two keys gives. Time proportional to n: an LSD
 * radix sort whose digit width follows n, so the buckets never outnumber the
 * rows by much (8-bit digits, 256 buckets and 8 passes, below 65,536 rows;
 * 16-bit, 65,536 buckets and 4 passes, from there on), and a comparison sort
 * for the few rows where even 256 buckets would cost more than the rows (a
 * comparison sort of a million rows would call its comparator some twenty
 * million times).
 * @example
 * radixOrder(Uint32Array.of(2, 1, 2), Uint32Array.of(0, 5, 0)) //=> Uint32Array [1, 0, 2]
 */
export function radixOrder(primary: Uint32Array, secondary: Uint32Array): Uint32Array {
  const n = primary.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < COMPARISON_SORT_BELOW) {
    return order.sort((a, b) => compareKeys(primary, a, b) || compareKeys(secondary, a, b) || a - b);
  }
  const bits = n < WIDE_DIGITS_FROM ? 8 : 16;
  const starts = new Uint32Array((1 << bits) + 1);
  let next = new Uint32Array(n);
  for (const keys of [secondary, primary]) {
    for (let shift = 0; shift < 32; shift += bits) {
      radixPass(keys, shift, bits, order, next, starts);
      [order, next] = [next, order];
    }
  }
  return order;
}

/** Negative, zero or positive as keys[a] is below, equal to or above keys[b] (exact: both are below 2^32). */
const compareKeys = (keys: Uint32Array, a: number, b: number): number => (keys[a] as number) - (keys[b] as number);

/**
 * One stable counting pass: `next` gets `order` sorted by the digit of
 * `bits` bits at `shift` of each index's key. `starts` is scratch space of
 * 2^bits + 1 entries.
 */
function radixPass(keys: Uint32Array, shift: number, bits: number, order: Uint32Array, next: Uint32Array, starts: Uint32Array): void {
  const mask = (1 << bits) - 1;
  const n = order.length;
  starts.fill(0);
  // starts[d] = where the rows with digit d go: after all rows with smaller digits.
  for (let i = 0; i < n; i++) (starts[(((keys[i] as number) >>> shift) & mask) + 1] as number)++;
  for (let d = 0; d < mask + 1; d++) starts[d + 1] = (starts[d + 1] as number) + (starts[d] as number);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    next[(starts[((keys[i] as number) >>> shift) & mask] as number)++] = i;
  }
}

/**
 * The rows in canonical order: by hash of the first cell, then of the row,
 * then by bytes (for the rows of equal hashes: duplicates, or a rare
 * collision).
 */
function canonicalOrder(texts: RowTexts): Uint32Array {
  const firstCellHashes = new Uint32Array(texts.count);
  const rowHashes = new Uint32Array(texts.count);
  texts.fnv1aOfRows(firstCellHashes, rowHashes);
  const order = radixOrder(firstCellHashes, rowHashes);
  const sameHashes = (a: number, b: number): boolean => firstCellHashes[a] === firstCellHashes[b] && rowHashes[a] === rowHashes[b];
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && sameHashes(order[start] as number, order[end] as number)) end++;
    if (end - start > 1) order.subarray(start, end).sort((a, b) => texts.compare(a, b));
    start = end;
  }
  return order;
}

/** Feeds one table's canonical text to the hash: name, columns, then its rows in canonical order. */
function hashTable(hash: Hash, table: ParsedTable): void {
  const names: string[] = [];
  const indexes: number[] = [];
  for (const column of table.decl.columns) {
    const index = table.columns.get(column.name);
    if (index === undefined) continue;
    names.push(column.name);
    indexes.push(index);
  }
  const texts = new RowTexts(table.rows.length, indexes.length);
  for (const row of table.rows) {
    if (indexes.length === 0) texts.endFirstCell();
    for (let k = 0; k < indexes.length; k++) {
      writeCell(texts, row.raw[indexes[k]] ?? null);
      if (k === 0) texts.endFirstCell();
    }
    texts.byte(NEWLINE);
    texts.endRow();
  }
  hash.update(utf8ToBytes(`${table.decl.name}\n${JSON.stringify(names)}\n`));
  texts.feed(hash, canonicalOrder(texts));
  hash.update(utf8ToBytes("\n"));
}

/**
 * A number's text in the canonical text: `String(n)`, written without the
 * string where it can be. For tests.
 */
export function numberText(n: number): string {
  const out = new RowTexts(1, 1);
  out.number(n);
  out.endRow();
  return out.asciiOf(0);
}

/**
 * Rule keys added after this fingerprint's format (v2) was fixed, with their
 * defaults. They count only when set: at their default they are left out, so
 * a workbook that does not use them keeps the digest earlier versions wrote
 * in its RunLog.
 */
const LATER_RULES: ReadonlyMap<string, string> = new Map([
  ["report.title", ""],
  ["feedback.date", ""],
  ["calendar", "china"],
]);

/**
 * "sha256:<hex>" of the tables (sorted by name) and the rules in force.
 * @example
 * inputFingerprint([], { decimals: "2" }) //=> "sha256:…" (64 hex digits)
 */
export function inputFingerprint(tables: readonly ParsedTable[], rules: Readonly<Record<string, string>>): string {
  const hash = sha256.create();
  hash.update(utf8ToBytes("appraise-input-v2\n"));
  for (const table of [...tables].sort((a, b) => (a.decl.name < b.decl.name ? -1 : 1))) hashTable(hash, table);
  const ruleText = Object.keys(rules)
    .filter((k) => LATER_RULES.get(k) !== rules[k])
    .sort()
    .map((k) => `${k}=${rules[k]}`)
    .join("\n");
  hash.update(utf8ToBytes(`Rules\n${ruleText}`));
  return `sha256:${bytesToHex(hash.digest())}`;
}
