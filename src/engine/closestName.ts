/**
 * Edit distance between two strings (Levenshtein, by code point).
 * @example
 * editDistance("区财政局", "区财政") //=> 1
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length] as number;
}

/**
 * A name as closest-name suggestions compare it (SPEC section 5): without
 * spaces (ASCII, full-width, no-break) and with full-width forms turned into
 * ASCII, lower-cased, so "区 发 改 局" and "区发改局" are the same name and
 * "ＡＢＣ" is "abc".
 * @example
 * suggestionKey("区 发\u3000改 局") //=> "区发改局"
 */
export function suggestionKey(name: string): string {
  return name
    .replace(/[\s\u3000\u00a0\ufeff]+/g, "")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

/**
 * The closest of `names` to `name`, if it is close enough to be a likely typo
 * (at most half the name's length in edits, and at most 3); ties go to the
 * first in code-point order, so the suggestion never depends on input order.
 * Names are compared by their {@link suggestionKey}: spaces and full-width
 * forms do not count, so a name pasted from a PDF with a space between every
 * character is still found.
 * @example
 * closestName("区财正局", ["区发改局", "区财政局"]) //=> "区财政局"
 * closestName("区 发 改 局", ["区交通局", "区发改局"]) //=> "区发改局"
 */
export function closestName(name: string, names: Iterable<string>): string | null {
  const key = suggestionKey(name);
  const length = [...key].length;
  const limit = Math.min(3, Math.max(1, Math.floor(length / 2)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const other = suggestionKey(candidate);
    if (Math.abs([...other].length - length) > limit) continue;
    const d = editDistance(key, other);
    if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}
