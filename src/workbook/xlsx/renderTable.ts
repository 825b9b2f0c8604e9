/**
 * The table part (xl/tables/tableN.xml) of one of Appraise's sheets: the
 * table from A1 over its header and rows, with a filter button on every
 * column and a light style, as Excel writes one.
 */
import { columnLetters } from "../../engine/address";
import { escapeAttr } from "./xmlText";

/** Table column names as Excel stores them: newlines and tabs as `_x000a_`-style escapes. */
const columnName = (name: string): string => escapeAttr(name.replace(/[\r\n\t]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0")}_`));

/**
 * @example
 * renderTable({ id: 3, name: "Results", headers: ["单位"], rowCount: 45 }) // a table over A1:A46
 */
export function renderTable(t: { readonly id: number; readonly name: string; readonly headers: readonly string[]; readonly rowCount: number }): string {
  const ref = `A1:${columnLetters(t.headers.length)}${Math.max(t.rowCount, 1) + 1}`;
  const columns = t.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${columnName(h)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${t.id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>'
  );
}
