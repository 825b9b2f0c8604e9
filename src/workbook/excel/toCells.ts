/**
 * Office.js range values to the engine's cells. `values` gives "" for a blank
 * and the error's text ("#N/A") for an error; `valueTypes` tells an error from
 * text that merely looks like one.
 */
import type { Cell } from "../../engine/types";

/**
 * One cell from its value and value type.
 * @example
 * toCell("#N/A", "Error") //=> { error: "#N/A" }
 * toCell("", "Empty") //=> null
 * toCell("#N/A", "String") //=> "#N/A"
 */
export function toCell(value: unknown, valueType: string): Cell {
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** A grid of cells from a range's `values` and `valueTypes`. */
export function toCells(values: readonly (readonly unknown[])[], valueTypes: readonly (readonly string[])[]): Cell[][] {
  return values.map((row, r) => row.map((v, c) => toCell(v, valueTypes[r]?.[c] ?? "Unknown")));
}

/**
 * The 1-based row and column of a range address's first cell.
 * @example
 * topLeftOf("'My sheet'!C4:F9") //=> { row: 4, column: 3 }
 */
export function topLeftOf(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!m) throw new Error(`Not a range address: ${address}`);
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

/**
 * The sheet a reference such as `='考评结果'!$A$1` points at, or null.
 * @example
 * sheetOfReference("='It''s'!$A$1") //=> "It's"
 */
export function sheetOfReference(formula: string): string | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang);
  return sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
