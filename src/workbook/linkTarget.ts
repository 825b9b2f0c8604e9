/**
 * Where a link to a diagnostic's cell goes: the Warnings sheet links each
 * diagnostic's Cell to it.
 */
import { quoteSheet } from "../engine/address";

/**
 * The link target of a diagnostic's cell: the sheet quoted where Excel needs it
 * and, for a range such as a header row, its first cell.
 * @example
 * linkTarget("指标考核!A1:F1") //=> "指标考核!A1"
 * linkTarget("My sheet!B2") //=> "'My sheet'!B2"
 */
export function linkTarget(cell: string): string | null {
  const bang = cell.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = cell.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const first = cell
    .slice(bang + 1)
    .split(":")[0]
    .replace(/\$/g, "");
  if (!/^[A-Za-z]{1,3}\d+$/.test(first)) return null;
  return `${quoteSheet(sheet)}!${first.toUpperCase()}`;
}
