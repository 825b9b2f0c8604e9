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
 * The closest of `names` to `name`, if it is close enough to be a likely typo
 * (at most half the name's length in edits, and at most 3); ties go to the
 * first in code-point order, so the suggestion never depends on input order.
 * @example
 * closestName("区财正局", ["区发改局", "区财政局"]) //=> "区财政局"
 */
export function closestName(name: string, names: Iterable<string>): string | null {
  const limit = Math.min(3, Math.max(1, Math.floor([...name].length / 2)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of names) {
    if (Math.abs([...candidate].length - [...name].length) > limit) continue;
    const d = editDistance(name, candidate);
    if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}
