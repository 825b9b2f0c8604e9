/**
 * Exact decimal arithmetic for scores. Every score is a `Decimal`, never a
 * binary float: 0.1 + 0.2 is 0.3. Rounding is half-up throughout, as the
 * appraisal office rounds by hand.
 */
import DecimalBase from "decimal.js";

/** Decimal with 40 significant digits and half-up rounding. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Input numbers are taken to 4 decimals, half-up. */
export const INPUT_DECIMALS = 4;

/**
 * Rounds half-up to `decimals` places.
 * @example
 * roundHalfUp(new Decimal("2.345"), 2).toString() //=> "2.35"
 */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * Formats a rounded score as written: fixed decimals.
 * @example
 * formatScore(new Decimal("968.7"), 2) //=> "968.70"
 */
export function formatScore(value: Decimal, decimals: number): string {
  return value.toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/** Sums decimals exactly. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
