import Decimal from "decimal.js";
import type { QuotaTier, Quotas, Rounding } from "./types";

/** The quota tiers, best first. */
export const QUOTA_TIERS: readonly QuotaTier[] = ["first", "second", "third"];

type Triple = [number, number, number];

const sum = (q: readonly number[]): number => q.reduce((a, b) => a + b, 0);

/**
 * Splits a category of `n` assessed units into first, second and third places
 * (SPEC section 4, step 1). Every product n × share is exact decimal:
 * 17 × 0.4 is 6.8, not 6.800000000000001.
 *
 * Rounding policy (`tier.rounding`):
 * - `largest-remainder` (the default): each tier gets ⌊n·share⌋; the places
 *   left go one each to the largest fractional parts, and equal fractional
 *   parts go to the better tier (45 → 18/22.5/4.5 → 18/23/4).
 * - `cap`: first = ⌊n·r1⌋, second = ⌊n·r2⌋, third = the rest.
 * - `half-up`: first = round-half-up(n·r1), third = round-half-up(n·r3),
 *   second = the rest.
 *
 * The result never has a negative quota and always sums to n, even where the
 * rounded quotas overflow n (half-up with n = 1 and shares 0.5/0/0.5 rounds
 * first and third both to 1): then "the rest" is 0 and the worse tiers give
 * places back first (third, then second), so the better tier keeps its place.
 * Shares that do not sum to 1 are reported by the Rules reader; here a
 * shortfall is handed out like the leftover places, never thrown.
 *
 * @example
 * const r = [new Decimal("0.4"), new Decimal("0.5"), new Decimal("0.1")] as const;
 * quotas(17, r, "largest-remainder") //=> { first: 7, second: 8, third: 2 }
 * quotas(17, r, "cap")               //=> { first: 6, second: 8, third: 3 }
 * quotas(14, r, "half-up")           //=> { first: 6, second: 7, third: 1 }
 */
export function quotas(n: number, ratios: readonly [Decimal, Decimal, Decimal], rounding: Rounding): Quotas {
  const size = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  const exact = ratios.map((r) => (r.isFinite() ? r : new Decimal(0)).mul(size));
  const raw = rounding === "cap" ? capQuotas(size, exact) : rounding === "half-up" ? halfUpQuotas(size, exact) : largestRemainder(size, exact);
  const [first, second, third] = fit(raw, size);
  return { first, second, third };
}

/** Floors, then the leftover places to the largest fractional parts, ties to the better tier. */
function largestRemainder(size: number, exact: readonly Decimal[]): Triple {
  const floors = exact.map((x) => x.floor());
  const q = floors.map((f) => Math.max(0, f.toNumber())) as Triple;
  const left = size - sum(q);
  if (left <= 0) return q;
  const fraction = (i: number): Decimal => exact[i].minus(floors[i]);
  const byFraction = [0, 1, 2].sort((a, b) => fraction(b).cmp(fraction(a)) || a - b);
  // With shares summing to 1 at most 2 places are left; `each` only matters otherwise.
  const each = Math.floor(left / 3);
  byFraction.forEach((t, i) => (q[t] += each + (i < left % 3 ? 1 : 0)));
  return q;
}

function capQuotas(size: number, exact: readonly Decimal[]): Triple {
  const first = exact[0].floor().toNumber();
  const second = exact[1].floor().toNumber();
  return [first, second, size - first - second];
}

function halfUpQuotas(size: number, exact: readonly Decimal[]): Triple {
  const first = exact[0].toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  const third = exact[2].toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  return [first, size - first - third, third];
}

/** Clamps at 0, then gives overflowing places back from the worst tier up. */
function fit(raw: Triple, size: number): Triple {
  const q = raw.map((x) => Math.max(0, x)) as Triple;
  for (let t = 2; t >= 0; t--) {
    const over = sum(q) - size;
    if (over <= 0) break;
    q[t] -= Math.min(q[t], over);
  }
  // The modes above never fall short of size (each ends with a "rest" or hands
  // out the leftover); this keeps the sum-to-n promise should one ever change.
  q[2] += Math.max(0, size - sum(q));
  return q;
}

/**
 * The quota tier a 0-based position in the order gets: positions
 * 0..first−1 are first, the next `second` are second, the rest third.
 * @example
 * tierAt(6, { first: 6, second: 7, third: 1 }) //=> "second"
 */
export function tierAt(position: number, q: Quotas): QuotaTier {
  if (position < q.first) return "first";
  if (position < q.first + q.second) return "second";
  return "third";
}
