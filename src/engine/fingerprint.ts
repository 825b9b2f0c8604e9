/**
 * The input fingerprint: SHA-256 of the canonical input tables and rules.
 * Canonical means: only the declared tables and columns, columns in declared
 * order, blank rows dropped, rows sorted, and the rules in force; so moving
 * rows or columns, or adding ignored columns, keeps the fingerprint, while any
 * change to a value Appraise reads changes it.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { isBlank } from "./cells";
import type { ParsedTable } from "./readTable";
import type { Cell } from "./types";

/** One cell as unambiguous text: a type letter, then the value (strings JSON-quoted). */
function cellKey(cell: Cell): string {
  if (cell === null || isBlank(cell)) return "_";
  switch (typeof cell) {
    case "number":
      return `n${cell}`;
    case "string":
      return `s${JSON.stringify(cell)}`;
    case "boolean":
      return cell ? "T" : "F";
    default:
      return `e${JSON.stringify(cell.error)}`;
  }
}

function rowKey(raw: readonly Cell[], indexes: readonly number[]): string {
  let key = "";
  for (const i of indexes) key += `${cellKey(raw[i] ?? null)}\t`;
  return key;
}

/** Feeds one table's canonical text to the hash: name, columns, then its rows sorted. */
function hashTable(hash: ReturnType<typeof sha256.create>, table: ParsedTable): void {
  const columns = table.decl.columns.filter((c) => table.columns.has(c.name));
  const indexes = columns.map((c) => table.columns.get(c.name) as number);
  const rows = table.rows.map((r) => rowKey(r.raw, indexes)).sort();
  hash.update(utf8ToBytes(`${table.decl.name}\n${JSON.stringify(columns.map((c) => c.name))}\n`));
  // Rows go in batches: one string per batch, not per row (fast) nor per table (memory).
  for (let i = 0; i < rows.length; i += 4096) hash.update(utf8ToBytes(`${rows.slice(i, i + 4096).join("\n")}\n`));
  hash.update(utf8ToBytes("\n"));
}

/**
 * "sha256:<hex>" of the tables (sorted by name) and the rules in force.
 * @example
 * inputFingerprint([], { decimals: "2" }) //=> "sha256:…" (64 hex digits)
 */
export function inputFingerprint(tables: readonly ParsedTable[], rules: Readonly<Record<string, string>>): string {
  const hash = sha256.create();
  hash.update(utf8ToBytes("appraise-input-v1\n"));
  for (const table of [...tables].sort((a, b) => (a.decl.name < b.decl.name ? -1 : 1))) hashTable(hash, table);
  const ruleText = Object.keys(rules)
    .sort()
    .map((k) => `${k}=${rules[k]}`)
    .join("\n");
  hash.update(utf8ToBytes(`Rules\n${ruleText}`));
  return `sha256:${bytesToHex(hash.digest())}`;
}
