/** A1 addresses of blocks of cells, for the adapter's writes. */
import { columnLetters } from "../../engine/address";

/**
 * The A1 address of a block of cells (1-based row and column).
 * @example
 * blockAddress(2, 1, 45, 16) //=> "A2:P46"
 */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnLetters(column)}${row}`;
  return rows === 1 && columns === 1 ? first : `${first}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
}
