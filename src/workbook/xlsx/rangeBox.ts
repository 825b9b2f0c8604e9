/** A table's box on its sheet, from its A1 ref. */

export interface RangeBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The box of an A1 range such as "B2:F20" (or a single cell).
 * @example
 * decodeRange("B2:F20") //=> { top: 2, left: 2, bottom: 20, right: 6 }
 */
export function decodeRange(ref: string): RangeBox | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1] = [Number(m[2]), col(m[1])];
  const [r2, c2] = m[3] === undefined ? [r1, c1] : [Number(m[4]), col(m[3])];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
