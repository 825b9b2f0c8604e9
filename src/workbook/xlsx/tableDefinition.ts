/**
 * A table part (xl/tables/tableN.xml): the table's id, name, ref, header and
 * totals rows and column names, as the package reader needs them.
 */
import { saxParser } from "./saxParser";
import { localName } from "./xmlText";

export interface TableDefinition {
  readonly id: number;
  readonly name: string;
  readonly ref: string;
  /** False only for `headerRowCount="0"` (Excel's default is one header row). */
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  readonly columns: readonly string[];
}

/**
 * The definition in a table part. ExcelJS 4.4 took a missing headerRowCount
 * as "no header" (this adapter corrected that; here it is read as Excel
 * means it) and a totals row only from `totalsRowCount="1"`.
 * Throws saxes' error when the part is not well-formed.
 * @example
 * tableDefinition('<table id="3" name="Units" ref="A1:C46"><tableColumns count="1"><tableColumn id="1" name="单位"/></tableColumns></table>')
 * //=> { id: 3, name: "Units", ref: "A1:C46", headerRow: true, totalsRow: false, columns: ["单位"] }
 */
export function tableDefinition(xml: string): TableDefinition | null {
  let def: { id: number; name: string; ref: string; headerRow: boolean; totalsRow: boolean } | null = null;
  const columns: string[] = [];
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    const name = localName(tag.name);
    if (name === "table" && def === null) {
      def = {
        id: Number(a.id),
        name: a.name ?? a.displayName ?? "",
        ref: a.ref ?? "",
        headerRow: a.headerRowCount !== "0",
        totalsRow: a.totalsRowCount !== undefined && a.totalsRowCount !== "0",
      };
    } else if (name === "tableColumn") columns.push(a.name ?? "");
  });
  parser.write(xml).close();
  return def === null ? null : { ...(def as object as Omit<TableDefinition, "columns">), columns };
}
