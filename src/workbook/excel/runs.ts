/** Runs of equal adjacent items, so that one command covers each run (column widths, row fills, print styles). */

/**
 * Runs of equal adjacent items: [start, length, item].
 * @example
 * runs(["a", "a", "b"]) //=> [[0, 2, "a"], [2, 1, "b"]]
 */
export function runs<T>(items: readonly T[], from = 0, to = items.length): [number, number, T][] {
  const out: [number, number, T][] = [];
  for (let i = from; i < to; i++) {
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === items[i]) last[1]++;
    else out.push([i, 1, items[i]]);
  }
  return out;
}
