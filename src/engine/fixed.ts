/**
 * Exact input numbers without a Decimal object each: the fast path for large
 * tables.
 *
 * Input numbers are taken to 4 decimals (SPEC section 3), so nearly every one
 * is a whole number of ten-thousandths small enough for a JS number to hold
 * exactly. A `Fixed` keeps such a number as that integer (95.5 is 955000): it
 * needs no allocation, compares as a number, and integer addition is exact as
 * long as the result is a safe integer. Anything else (a number of 1e9 or
 * more) is a Decimal, and a sum that would leave the safe range goes on in
 * Decimal. Every result is exactly what Decimal arithmetic gives: no binary
 * fraction is ever rounded.
 */
import { Decimal, INPUT_DECIMALS } from "./decimal";

/** An input number taken to 4 decimals: ten-thousandths as a JS integer, or a Decimal. */
export type Fixed = number | Decimal;

const SCALE = 10 ** INPUT_DECIMALS;

/**
 * Bound on the ten-thousandths of a fast number: below 1e9, so at most 13
 * digits. A double nearest to a decimal of at most 15 significant digits is
 * printed back (String) as exactly that decimal, and sums of millions of such
 * numbers stay far inside 2^53.
 */
const FAST_LIMIT = 1e13;

/**
 * A Decimal already taken to 4 decimals, as a Fixed.
 * @example
 * fixedFromDecimal(new Decimal("95.5")) //=> 955000
 */
export function fixedFromDecimal(d: Decimal): Fixed {
  const scaled = d.times(SCALE);
  // An integer of at most 13 digits converts to a JS number exactly; + 0 turns -0 into 0.
  return scaled.abs().lessThan(FAST_LIMIT) ? scaled.toNumber() + 0 : d;
}

/**
 * A finite number cell taken to 4 decimals (half-up), exactly as
 * `new Decimal(String(n)).toDecimalPlaces(4)`.
 *
 * Fast path (`tenThousandthsOf`): `scaled` is a candidate count of
 * ten-thousandths, and `scaled / 10^4 === n` checks it: the division is
 * correctly rounded, so then `n` is the double nearest to the decimal
 * `scaled / 10^4`, which has at most 13 digits, so `String(n)` is that
 * decimal. Any other number (more than 4 decimals, too large, exponent
 * notation) takes the Decimal path.
 * @example
 * fixedFromNumber(0.1 + 0.2) //=> 3000 (0.30000000000000004 taken to 4 decimals)
 */
export function fixedFromNumber(n: number): Fixed {
  return tenThousandthsOf(n) ?? fixedFromDecimal(new Decimal(String(n)).toDecimalPlaces(INPUT_DECIMALS));
}

/**
 * The number as a whole number of ten-thousandths when it has at most 4
 * decimals and is below 1e9 (the fast path of `fixedFromNumber`), else null.
 * `String(n)` is then exactly that decimal.
 * @example
 * tenThousandthsOf(95.5) //=> 955000
 * tenThousandthsOf(12.34565) //=> null
 */
export function tenThousandthsOf(n: number): number | null {
  const scaled = Math.round(n * SCALE);
  return Math.abs(scaled) < FAST_LIMIT && scaled / SCALE === n ? scaled + 0 : null;
}

/** A short decimal: at most 9 digits before the point and 4 after. */
const SHORT_DECIMAL_TEXT = /^[+-]?\d{1,9}(\.\d{0,4})?$/;

/**
 * Numeric text (already checked to be a number) taken to 4 decimals, as
 * `new Decimal(text).toDecimalPlaces(4)`. A short decimal, as most typed
 * numbers are, goes through `Number`: it has at most 13 digits, so it is
 * exactly the shortest text of its nearest double (see `fixedFromNumber`).
 * @example
 * fixedFromText("95.50") //=> 955000
 */
export function fixedFromText(text: string): Fixed {
  if (SHORT_DECIMAL_TEXT.test(text)) return fixedFromNumber(Number(text));
  return fixedFromDecimal(new Decimal(text).toDecimalPlaces(INPUT_DECIMALS));
}

/**
 * The exact value as a Decimal.
 * @example
 * toDecimal(955000).toString() //=> "95.5"
 */
export function toDecimal(f: Fixed): Decimal {
  return typeof f === "number" ? new Decimal(f).dividedBy(SCALE) : f;
}

/**
 * The value as Decimal would write it, for messages. A fast number is at most
 * 13 digits as ten-thousandths, so `String` of the nearest double is exactly
 * that decimal, in the same plain notation.
 * @example
 * fixedToString(955000) //=> "95.5"
 */
export function fixedToString(f: Fixed): string {
  return typeof f === "number" && Math.abs(f) < FAST_LIMIT ? String(f / SCALE) : toDecimal(f).toString();
}

/**
 * Compares exactly: negative, zero or positive as a < b, a = b, a > b.
 * @example
 * compareFixed(955000, 1_000_000) //=> negative
 */
export function compareFixed(a: Fixed, b: Fixed): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return toDecimal(a).comparedTo(toDecimal(b));
}

/** Compares with a plain (small, whole) number such as a column's minimum. */
export function compareFixedTo(a: Fixed, n: number): number {
  return typeof a === "number" ? a - n * SCALE : a.comparedTo(n);
}

/** True for a whole number. */
export function isWholeFixed(f: Fixed): boolean {
  return typeof f === "number" ? f % SCALE === 0 : f.isInteger();
}

/**
 * An exact running total: integer addition while the total is a safe
 * integer, Decimal from the first value or sum that is not. Up to the switch
 * the integer total equals the Decimal one, so the result is what adding the
 * same values in Decimal, in the same order, gives.
 * @example
 * const total = new FixedSum(); total.add(1000); total.add(2000); total.value().toString() //=> "0.3"
 */
export class FixedSum {
  private scaled = 0;
  private decimal: Decimal | null = null;

  add(f: Fixed): void {
    if (this.decimal === null && typeof f === "number") {
      const next = this.scaled + f;
      // A sum of safe integers is exact if and only if it is itself safe.
      if (Number.isSafeInteger(next)) {
        this.scaled = next;
        return;
      }
    }
    this.decimal = (this.decimal ?? toDecimal(this.scaled)).plus(toDecimal(f));
  }

  value(): Decimal {
    return this.decimal ?? toDecimal(this.scaled);
  }
}
