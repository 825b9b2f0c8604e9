/**
 * Reads the cells of a worksheet part that fall inside given boxes (the
 * tables' refs) straight into the engine's `Cell`s, in one SAX pass, with no
 * workbook model: the command line's reader of input tables.
 *
 * Each cell reads as ExcelJS 4.4 (with this adapter's patches) read it, so a
 * file grades as it did: shared, inline and rich strings as their text;
 * numbers; booleans; errors; a formula as its cached result (0, FALSE and ""
 * included), or `{error: "#UNCOMPUTED"}` when the file holds none; a number
 * in a date format (see cellStyles.ts) as a serial of the 1900 system (a 1904
 * workbook's serials +1462). Two deliberate differences: only a numeric
 * formula result in a date format is a date (ExcelJS turned a cached ""
 * into 1899-12-30), and a hyperlink never changes a cell's value.
 */
import { SaxesParser } from "saxes";
import { UNCOMPUTED, type Cell } from "../../engine/types";
import type { RangeBox } from "./readTables";
import { decodeEscapes } from "./sharedStrings";
import { localName } from "./xmlText";

export interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** Excel's serial of 1970-01-01 (1900 system). */
const UNIX_EPOCH_SERIAL = 25569;
const MAX_DATE_MS = 8.64e15;

/**
 * A date-formatted number as the 1900-system serial, by ExcelJS's own
 * arithmetic (excelToDate, then toCell's dateToSerial), so the result is the
 * same double.
 * @example
 * dateSerial(40908, true) //=> 42370
 */
export function dateSerial(value: number, date1904: boolean): Cell {
  const ms = Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return { error: "#VALUE!" };
  return UNIX_EPOCH_SERIAL + ms / 86_400_000;
}

/** What one `<c>` held, as read. */
interface RawCell {
  t: string | undefined;
  style: number;
  formula: string;
  shared: boolean;
  value: string | undefined;
  /** Inline rich text runs, decoded. */
  runs: string[] | null;
}

const numberCell = (n: number): Cell => (Number.isFinite(n) ? n : { error: "#NUM!" });

function formulaCell(c: RawCell, ctx: CellContext): Cell {
  const v = c.value;
  if (v === undefined || v === "") return c.t === "str" ? "" : { error: UNCOMPUTED };
  if (c.t === "str") return v;
  if (c.t === "b") return Number.parseInt(v, 10) !== 0;
  if (c.t === "e") return { error: v };
  const n = Number.parseFloat(v);
  return ctx.dateStyles.has(c.style) && Number.isFinite(n) ? dateSerial(n, ctx.date1904) : numberCell(n);
}

/** The engine's value of a read cell. */
export function cellValue(c: RawCell, ctx: CellContext): Cell {
  if (c.formula !== "" || c.shared) return formulaCell(c, ctx);
  if (c.t === "inlineStr") return c.runs !== null ? c.runs.join("") : (c.value ?? null);
  const v = c.value;
  if (v === undefined) return null;
  switch (c.t) {
    case "s":
      return ctx.strings[Number.parseInt(v, 10)] ?? null;
    case "str":
      return v;
    case "b":
      return Number.parseInt(v, 10) !== 0;
    case "e":
      return { error: v };
    default: {
      const n = Number.parseFloat(v);
      return ctx.dateStyles.has(c.style) ? dateSerial(n, ctx.date1904) : numberCell(n);
    }
  }
}

/**
 * Row and column of an A1 reference, 1-based; null when it is not one.
 * @example
 * decodeCellRef("AB12") //=> { row: 12, col: 28 }
 */
export function decodeCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  const row = Number(ref.slice(i));
  return col > 0 && i > 0 && Number.isInteger(row) && row > 0 ? { row, col } : null;
}

/** Empty grids, one per box, each row as wide as its box. */
function emptyGrids(boxes: readonly RangeBox[]): Cell[][][] {
  return boxes.map((b) => Array.from({ length: b.bottom - b.top + 1 }, () => Array<Cell>(b.right - b.left + 1).fill(null)));
}

/**
 * The cells of each box, by row then column, as the sheet holds them (blank
 * where it has no cell). Throws saxes' error when the part is not well-formed.
 */
export function readBoxes(xml: string, boxes: readonly RangeBox[], ctx: CellContext): Cell[][][] {
  const grids = emptyGrids(boxes);
  if (boxes.length === 0) return grids;
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const parser = new SaxesParser({ position: false });
  let row = 0;
  let col = 0;
  let cell: RawCell | null = null;
  let at: { row: number; col: number } = { row: 0, col: 0 };
  let text: "f" | "v" | "t" | "rt" | null = null;
  let run = "";
  let inRun = false;
  let phonetic = false;
  parser.on("opentag", (tag) => {
    // Sheet parts are large: most names have no prefix, so localName runs only for those that do.
    const name = tag.name.includes(":") ? localName(tag.name) : tag.name;
    if (cell === null && name !== "row" && name !== "c") return;
    const a = tag.attributes as Record<string, string>;
    if (name === "row") {
      row = a.r !== undefined ? Number(a.r) : row + 1;
      col = 0;
    } else if (name === "c") {
      const ref = a.r === undefined ? null : decodeCellRef(a.r);
      at = ref ?? { row, col: col + 1 };
      col = at.col;
      if (at.row < top || at.row > bottom || tag.isSelfClosing) return;
      cell = { t: a.t, style: a.s === undefined ? 0 : Number.parseInt(a.s, 10) || 0, formula: "", shared: false, value: undefined, runs: null };
    } else if (cell !== null) {
      if (name === "f") {
        if (a.t !== undefined) cell.shared = true;
        text = "f";
      } else if (name === "v") text = "v";
      else if (name === "rPh") phonetic = true;
      else if (name === "r") {
        inRun = true;
        cell.runs ??= [];
      } else if (name === "t" && !phonetic) {
        text = inRun ? "rt" : "t";
        run = "";
      }
    }
  });
  const onText = (t: string): void => {
    if (cell === null || text === null) return;
    if (text === "f") cell.formula += t;
    else if (text === "rt") run += t;
    else cell.value = (cell.value ?? "") + t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (cell === null) return;
    const name = tag.name.includes(":") ? localName(tag.name) : tag.name;
    if (name === "c") {
      place(grids, boxes, at, cellValue(cell, ctx));
      cell = null;
    } else if (name === "t" && text === "rt") cell.runs?.push(decodeEscapes(run));
    else if (name === "r") inRun = false;
    else if (name === "rPh") phonetic = false;
    if (name === "f" || name === "v" || name === "t") text = null;
  });
  parser.write(xml).close();
  return grids;
}

function place(grids: Cell[][][], boxes: readonly RangeBox[], at: { row: number; col: number }, value: Cell): void {
  if (value === null) return;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (at.row >= b.top && at.row <= b.bottom && at.col >= b.left && at.col <= b.right) grids[i][at.row - b.top][at.col - b.left] = value;
  }
}
