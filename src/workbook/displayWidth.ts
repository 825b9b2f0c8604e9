/**
 * How wide a text is in a sheet's columns: the one measure for column widths
 * (outputs.ts, the input-table writer), the print sheets' wrapped row
 * heights (print/printPlan.ts) and the command's aligned summary.
 */

/**
 * The display width of a text in character cells: CJK and other wide characters
 * count double, as they take two columns in Excel's default fonts.
 * @example
 * displayWidth("区发改局") //=> 8
 * displayWidth("Unit") //=> 4
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
