/**
 * What adapters read beside an input table (TableGrid's `beside`), and how
 * they trim it, so that every adapter gives the same cells. A leaf: the
 * task pane's first paint reads tables through it without the messages
 * (outsideTable.ts decides what the cells mean and says so).
 */
import { isBlank } from "./text";
import type { Cell } from "./types";

/** Rows under a table an adapter reads: the block under a table ends within them or is cut there. */
export const BESIDE_ROWS = 500;
/** Columns right of a table an adapter reads. */
export const BESIDE_COLUMNS = 20;
/**
 * The rows up to the last one that holds anything: what adapters give as
 * `below` (the rows under a table are mostly none), so that every adapter
 * gives the same rows whatever it read.
 * @example
 * withoutBlankTail([["a"], [null], [" "]]) //=> [["a"]]
 */
export function withoutBlankTail<T extends readonly Cell[]>(rows: readonly T[]): T[] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every(isBlank)) end--;
  return rows.slice(0, end);
}

/**
 * The cells right of a table as adapters give them: none when every one is
 * blank (the usual case), else the rows as read.
 * @example
 * rightOrNone([[null, " "], [null]]) //=> []
 */
export function rightOrNone<T extends readonly Cell[]>(rows: readonly T[]): T[] {
  return rows.every((row) => row.every(isBlank)) ? [] : [...rows];
}
