/**
 * Converts an ExcelJS cell value to the engine's `Cell`.
 */
import { dateToSerial } from "../../engine/serialDates";
import { UNCOMPUTED, type Cell } from "../../engine/types";

function richTextToString(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && Array.isArray((value as { richText?: unknown }).richText)) {
    return (value as { richText: { text?: unknown }[] }).richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  return null;
}

/**
 * One cell: numbers, text, booleans and errors as they are; rich text and
 * hyperlinks as their text; dates as serial numbers; formulas as their cached
 * result, or `{error: "#UNCOMPUTED"}` when the file holds none (the message
 * asks the user to recalculate and save in Excel). readTables passes a formula
 * cell's model, which keeps falsy results (0, FALSE, "") that ExcelJS's
 * `value` getter drops.
 * @example
 * toCell({ richText: [{ text: "区" }, { text: "财政局" }] }) //=> "区财政局"
 * toCell({ formula: "A1*2" }) //=> { error: "#UNCOMPUTED" }
 */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : dateToSerial(value);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    return v.result === undefined || v.result === null ? { error: UNCOMPUTED } : toCell(v.result);
  }
  if (typeof v.error === "string") return { error: v.error };
  if ("richText" in v) return richTextToString(v) ?? null;
  if ("hyperlink" in v || "text" in v) {
    // A link on a number or boolean cell keeps that value as its "text".
    if (typeof v.text === "number" || typeof v.text === "boolean") return toCell(v.text);
    return richTextToString(v.text) ?? null;
  }
  return null;
}
