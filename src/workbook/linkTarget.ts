/**
 * Where a link to a diagnostic's cell goes: the Warnings sheet links each
 * diagnostic's Cell to it.
 */
import { formatAddress, parseAddress, topLeft } from "../engine/address";

/**
 * The link target of a diagnostic's cell: the sheet quoted where Excel needs it
 * and, for a range such as a header row, its first cell.
 * @example
 * linkTarget("指标考核!A1:F1") //=> "指标考核!A1"
 * linkTarget("My sheet!B2") //=> "'My sheet'!B2"
 */
export function linkTarget(cell: string): string | null {
  const range = parseAddress(cell);
  return range === null ? null : formatAddress(topLeft(range));
}
