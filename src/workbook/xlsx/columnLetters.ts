/**
 * A column's letters from its 1-based number.
 * @example
 * columnLetters(1) //=> "A"
 * columnLetters(28) //=> "AB"
 */
export function columnLetters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
