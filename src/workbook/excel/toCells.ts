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
