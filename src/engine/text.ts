/**
 * Blank cells and trimmed text: the part of reading cells that needs no
 * numbers, kept apart from cells.ts (which needs decimal.js) so that the task
 * pane can count a table's rows and match its names before the engine's
 * chunk has loaded. cells.ts re-exports all of it.
 */
import type { Cell } from "./types";

/** True for a blank cell: null, or text that is empty after trimming. */
export function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell !== "string") return false;
  // Text that starts with anything but a space is not blank; only then is trimming needed.
  return cell.length === 0 || (isTrimmable(cell.charCodeAt(0)) && normalizeText(cell) === "");
}

export function isErrorCell(cell: Cell): cell is { readonly error: string } {
  return typeof cell === "object" && cell !== null;
}

const TRIMMABLE = /[\s\u3000\u00a0\ufeff]/;

/**
 * True when `normalizeText` trims the UTF-16 code unit `c`. Printable ASCII
 * and U+3001–U+FEFE (CJK and most other scripts) hold no space, so the usual
 * first and last characters of a cell are decided without a regex (tables
 * can have millions of cells).
 */
export function isTrimmable(c: number): boolean {
  if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)) return false;
  return TRIMMABLE.test(String.fromCharCode(c));
}

/**
 * Trims text, including full-width (U+3000) and no-break spaces.
 * @example
 * normalizeText("\u3000区发改局 ") //=> "区发改局"
 */
export function normalizeText(text: string): string {
  if (text.length > 0 && !isTrimmable(text.charCodeAt(0)) && !isTrimmable(text.charCodeAt(text.length - 1))) return text;
  return text.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, "");
}
