/**
 * Every worksheet of a package as a plain grid, for `appraise import`: each
 * cell's value as the table reader reads it (sheetCells.ts's cellValue: a
 * formula as its cached result), whether it holds a formula and which, and
 * the sheet's merged ranges. Unlike packageTables.ts it reads whole sheets,
 * not table boxes: last year's summary has no tables.
 */
import { saxParser } from "./saxParser";
import { parseCellRef, parseLocalBox, type LocalRange } from "../../engine/address";
import type { PlainCell, PlainSheet } from "../import/plainSheet";
import { dateStyles } from "./cellStyles";
import { partText, type WorkbookPackage } from "./readPackage";
import { cellValue, type CellContext } from "./sheetCells";
import { decodeEscapes, sharedStrings } from "./sharedStrings";
import { localName } from "./xmlText";

/** One `<c>` as read (the shape sheetCells.ts's cellValue takes). */
interface Raw {
  t: string | undefined;
  style: number;
  formula: string;
  shared: boolean;
  value: string | undefined;
  runs: string[] | null;
}

interface State {
  row: number;
  col: number;
  at: { row: number; column: number };
  cell: Raw | null;
  text: "f" | "v" | "t" | "rt" | null;
  run: string;
  inRun: boolean;
  phonetic: boolean;
}

function openTag(s: State, name: string, a: Record<string, string>, merges: LocalRange[]): void {
  if (name === "row") {
    s.row = a.r !== undefined ? Number(a.r) : s.row + 1;
    s.col = 0;
  } else if (name === "c") {
    s.at = (a.r === undefined ? null : parseCellRef(a.r)) ?? { row: s.row, column: s.col + 1 };
    s.col = s.at.column;
    s.cell = { t: a.t, style: Number.parseInt(a.s ?? "0", 10) || 0, formula: "", shared: false, value: undefined, runs: null };
  } else if (name === "mergeCell") {
    const box = a.ref === undefined ? null : parseLocalBox(a.ref);
    if (box !== null) merges.push(box);
  } else if (s.cell !== null) openInCell(s, s.cell, name, a);
}

function openInCell(s: State, cell: Raw, name: string, a: Record<string, string>): void {
  if (name === "f") {
    if (a.t === "shared") cell.shared = true;
    s.text = "f";
  } else if (name === "v") s.text = "v";
  else if (name === "rPh") s.phonetic = true;
  else if (name === "r") {
    s.inRun = true;
    cell.runs ??= [];
  } else if (name === "t" && !s.phonetic) {
    s.text = s.inRun ? "rt" : "t";
    s.run = "";
  }
}

function onText(s: State, t: string): void {
  if (s.cell === null || s.text === null) return;
  if (s.text === "f") s.cell.formula += t;
  else if (s.text === "rt") s.run += t;
  else s.cell.value = (s.cell.value ?? "") + t;
}

function closeTag(s: State, name: string, done: (cell: Raw) => void): void {
  const cell = s.cell;
  if (cell === null) return;
  if (name === "c") {
    done(cell);
    s.cell = null;
  } else if (name === "t" && s.text === "rt") cell.runs?.push(decodeEscapes(s.run));
  else if (name === "r") s.inRun = false;
  else if (name === "rPh") s.phonetic = false;
  if (name === "f" || name === "v" || name === "t") s.text = null;
}

/**
 * One worksheet part as a plain grid. Throws saxes' error when the part is
 * not well-formed.
 */
export function readPlainSheet(name: string, xml: string, ctx: CellContext, tables: readonly string[]): PlainSheet {
  const rows: PlainCell[][] = [];
  const merges: LocalRange[] = [];
  const s: State = { row: 0, col: 0, at: { row: 0, column: 0 }, cell: null, text: null, run: "", inRun: false, phonetic: false };
  const done = (raw: Raw): void => {
    const value = cellValue(raw, ctx);
    const formula = raw.formula !== "" ? raw.formula : raw.shared ? "" : null;
    if (value === null && formula === null) return;
    const row = (rows[s.at.row - 1] ??= []);
    row[s.at.column - 1] = { value, formula };
  };
  const parser = saxParser({ position: false });
  const bare = (n: string): string => (n.includes(":") ? localName(n) : n);
  parser.on("opentag", (tag) => openTag(s, bare(tag.name), tag.attributes as Record<string, string>, merges));
  parser.on("text", (t) => onText(s, t));
  parser.on("cdata", (t) => onText(s, t));
  parser.on("closetag", (tag) => closeTag(s, bare(tag.name), done));
  parser.write(xml).close();
  return { name, rows, merges, tables };
}

/** Every worksheet of the package, in tab order, as plain grids (chartsheets left out). */
export function plainSheets(pkg: WorkbookPackage): PlainSheet[] {
  const ctx: CellContext = {
    strings: sharedStrings(partText(pkg.parts, pkg.sharedStringsPart)),
    dateStyles: dateStyles(partText(pkg.parts, pkg.stylesPart)),
    date1904: pkg.workbook.date1904,
  };
  return pkg.sheets.flatMap((sheet) =>
    sheet.part === null
      ? []
      : [
          readPlainSheet(
            sheet.name,
            partText(pkg.parts, sheet.part) ?? "",
            ctx,
            sheet.tables.map((t) => t.definition.name),
          ),
        ],
  );
}
