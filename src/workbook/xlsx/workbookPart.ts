/**
 * The workbook part (xl/workbook.xml): its sheets in tab order, its defined
 * names and its date system.
 */
import { saxParser } from "./saxParser";
import { localName } from "./xmlText";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The relationship id of the sheet's part in the workbook's relationships. */
  readonly rId: string;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** Set for a name scoped to one sheet (0-based tab index). */
  readonly localSheetId?: number;
  readonly text: string;
}

export interface WorkbookEntries {
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedNameEntry[];
  readonly date1904: boolean;
}

const truthy = (v: string | undefined): boolean => v === "1" || v === "true";

/**
 * What the workbook part declares. Throws saxes' error when it is not well-formed.
 * @example
 * workbookEntries('<workbook><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>')
 * //=> { sheets: [{ name: "A", sheetId: 1, rId: "rId1" }], definedNames: [], date1904: true }
 */
export function workbookEntries(xml: string): WorkbookEntries {
  const sheets: SheetEntry[] = [];
  const definedNames: { name: string; localSheetId?: number; text: string }[] = [];
  let date1904 = false;
  let current: { name: string; localSheetId?: number; text: string } | null = null;
  const parser = saxParser();
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    const name = localName(tag.name);
    if (name === "workbookPr") date1904 = truthy(a.date1904);
    else if (name === "sheet") {
      const rId = Object.entries(a).find(([k]) => k !== "id" && localName(k) === "id")?.[1] ?? "";
      sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId), rId });
    } else if (name === "definedName") {
      current = { name: a.name ?? "", text: "", ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}) };
      definedNames.push(current);
      if (tag.isSelfClosing) current = null;
    }
  });
  parser.on("text", (t) => {
    if (current) current.text += t;
  });
  parser.on("closetag", (tag) => {
    if (localName(tag.name) === "definedName") current = null;
  });
  parser.write(xml).close();
  return { sheets, definedNames, date1904 };
}
