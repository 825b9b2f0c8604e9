/**
 * The two digests a RunLog row carries besides the input fingerprint (SPEC
 * §6): the output fingerprint (SHA-256 of the Results table as written) and
 * the chain digest (SHA-256 of the previous row's chain digest, this row's
 * other cells and the History block this run appended). Both are computed
 * here, once, from cell values: the plan computes them from the cells it
 * lays out, the audit from the cells as it reads them back, whichever
 * adapter wrote or read them.
 *
 * Cells, not headers, are digested: headers are in the language of the
 * latest run (a run rewrites them), the values are as written. A Results
 * table written in Chinese has Chinese tier labels and explanations; the
 * audit lays the inputs out in the language the Results were written in
 * (their headers tell), so a verify in either language compares the same
 * text.
 *
 * The canonical text of a row is its cells, each followed by a tab: `_` for
 * blank (null, absent or ""), `n` + the number (rounded to 15 significant
 * digits, what a spreadsheet keeps), `T`/`F`, `s` + the text (backslash, tab
 * and newline escaped), then a newline.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

const escapeText = (s: string): string => s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");

/**
 * One cell as canonical text.
 * @example
 * canonicalCell(948.5) //=> "n948.5"
 * canonicalCell("") //=> "_"
 * canonicalCell(0.1 + 0.2) //=> "n0.3"
 */
export function canonicalCell(v: unknown): string {
  if (v === null || v === undefined || v === "") return "_";
  if (typeof v === "number") return Number.isFinite(v) ? `n${String(Number(v.toPrecision(15)) + 0)}` : "_";
  if (typeof v === "boolean") return v ? "T" : "F";
  if (v instanceof Date) return `d${v.toISOString()}`;
  return `s${escapeText(String(v))}`;
}

/** A row's canonical text: `width` cells (missing ones blank), each followed by a tab, then a newline. */
export function canonicalRow(row: readonly unknown[], width: number): string {
  let text = "";
  for (let c = 0; c < width; c++) text += `${canonicalCell(row[c])}\t`;
  return `${text}\n`;
}

const digestOf = (text: string): string => `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;

/**
 * The output fingerprint: "sha256:…" of the Results body (no header), each
 * row `width` cells wide (the Results columns; a column a user added to the
 * right is not Appraise's).
 * @example
 * outputFingerprint(plan.results.rows, RESULTS_COLUMNS.length) //=> "sha256:…" (64 hex digits)
 */
export function outputFingerprint(rows: readonly (readonly unknown[])[], width: number): string {
  return digestOf(`appraise-results-v1\n${rows.map((r) => canonicalRow(r, width)).join("")}`);
}

/** What a RunLog row's chain digest covers. */
export interface ChainLink {
  /** The previous RunLog row's chain digest as written, "" when it has none or there is no previous row. */
  readonly previous: string;
  /** This row's cells but the chain digest, in RunLog column order. */
  readonly row: readonly unknown[];
  /** The History rows this run appended (every column, in History column order); none when it appended no block. */
  readonly block: readonly (readonly unknown[])[];
  /** The widths of a RunLog row without its digest and of a History row. */
  readonly rowWidth: number;
  readonly blockWidth: number;
}

/**
 * The chain digest of a RunLog row.
 * @example
 * chainDigest({ previous: "", row, block, rowWidth: 13, blockWidth: 7 }) //=> "sha256:…"
 */
export function chainDigest(link: ChainLink): string {
  const block = link.block.map((r) => canonicalRow(r, link.blockWidth)).join("");
  return digestOf(`appraise-chain-v1\n${escapeText(link.previous)}\n${canonicalRow(link.row, link.rowWidth)}${link.block.length}\n${block}`);
}
