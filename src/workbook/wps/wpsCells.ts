/**
 * WPS `Range.Value2` values to the engine's cells. Value2 is VBA's: numbers
 * (dates as serials of the workbook's date system), strings, booleans,
 * empty for a blank. An error cell is, in VBA's object model, a CVErr
 * Variant, which a COM bridge hands over as the HRESULT 0x800A0000 + the
 * xlErr code (xlErrDiv0 2007 → -2146826281); Kingsoft's typings do not say
 * what WPS's JavaScript bridge gives, so this is an assumption to check in
 * the first real WPS (the fake host gives errors that way).
 */
import type { Cell } from "../../engine/types";
import type { WpsValue } from "./facade";

/** VBA's xlErr codes (XlCVError) and the error each is. */
const XL_ERRORS: Readonly<Record<number, string>> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
};

/** CVErr(code) as a COM bridge gives it: the HRESULT 0x800A0000 + code, signed. */
export const CVERR_BASE = 0x800a0000 - 2 ** 32;

/**
 * One engine cell from a Value2.
 * @example
 * wpsCell(CVERR_BASE + 2042) //=> { error: "#N/A" }
 * wpsCell("") //=> null
 */
export function wpsCell(value: WpsValue): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    const error = XL_ERRORS[value - CVERR_BASE];
    return error === undefined ? value : { error };
  }
  return value;
}
