const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * Compares two strings by Unicode code point, so the order never depends on
 * the machine's locale nor on UTF-16 surrogates (`<` on strings compares code
 * units, which sorts "！" U+FF01 after "😀" U+1F600, whose first unit is
 * U+D83D). Fast for the common case: it walks code units and reads code
 * points only where the strings first differ. A lone surrogate counts as the
 * code point of its unit, as `Array.from` splits it.
 * @example
 * ["😀", "！", "b", "a"].sort(compareCodePoints) //=> ["a", "b", "！", "😀"]
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  // The first differing unit may be the low half of a pair whose high half both share.
  const start = i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i;
  const x = a.codePointAt(start) as number;
  const y = b.codePointAt(start) as number;
  if (x !== y) return x - y;
  // Both had a lone high surrogate at `start`: the code points at `i` differ.
  return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
}
