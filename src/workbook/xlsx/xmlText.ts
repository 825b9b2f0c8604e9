/**
 * Writing text into SpreadsheetML: XML escapes, and the `_xHHHH_` escape
 * Excel uses for characters XML 1.0 cannot hold (control characters).
 */

/** The local name of an element or attribute, without its prefix. */
export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Text content escaped for XML. */
export const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An attribute value escaped for XML (double quotes). */
export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");

/**
 * A cell's text for `<t>`: what Excel itself writes, so every reader gets the
 * text back: `_xHHHH_` for control characters and for a literal `_xHHHH_`
 * (its underscore escaped as `_x005F_`), then XML escapes.
 * @example
 * cellText("a\u0001b") //=> "a_x0001_b"
 * cellText("_x0041_") //=> "_x005F_x0041_"
 */
export function cellText(s: string): string {
  // Most text has none of the characters below: given back as it is.
  // eslint-disable-next-line no-control-regex -- the characters the replacements below act on
  if (!/[_&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(s)) return s;
  const escaped = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot hold
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return escapeText(escaped);
}

/** `<t>` with xml:space="preserve" where leading or trailing spaces or newlines would otherwise be at risk. */
export function tElement(s: string): string {
  const preserve = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${cellText(s)}</t>`;
}

/**
 * The prefix the part's root element uses ("" for none, else "x:"), so
 * elements added to the part are in its namespace.
 * @example
 * rootPrefix('<x:workbook xmlns:x="…">', "workbook") //=> "x:"
 */
export function rootPrefix(xml: string, root: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}
