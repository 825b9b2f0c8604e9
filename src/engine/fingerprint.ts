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

const canonicalCell = (cell: Cell): unknown => (isBlank(cell) ? null : cell);

/** The canonical text of one table. */
function canonicalTable(table: ParsedTable): string {
  const columns = table.decl.columns.filter((c) => table.columns.has(c.name));
  const indexes = columns.map((c) => table.columns.get(c.name) as number);
  const rows = table.rows.map((r) => JSON.stringify(indexes.map((i) => canonicalCell(r.raw[i] ?? null)))).sort();
  return `${table.decl.name}\n${JSON.stringify(columns.map((c) => c.name))}\n${rows.join("\n")}`;
}

/**
 * "sha256:<hex>" of the tables (sorted by name) and the rules in force.
 * @example
 * inputFingerprint([], { decimals: "2" }) //=> "sha256:…" (64 hex digits)
 */
export function inputFingerprint(tables: readonly ParsedTable[], rules: Readonly<Record<string, string>>): string {
  const parts = [...tables].sort((a, b) => (a.decl.name < b.decl.name ? -1 : 1)).map(canonicalTable);
  const ruleText = Object.keys(rules)
    .sort()
    .map((k) => `${k}=${rules[k]}`)
    .join("\n");
  const text = `appraise-input-v1\n${parts.join("\n\n")}\n\nRules\n${ruleText}`;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
