/**
 * The few cell styles Appraise's sheets need, appended to the package's
 * styles.xml: a number format per column, a fill per row, the link font.
 * The user's styles stay as they are, at the same indexes (every cell of
 * theirs keeps its `s`). A style already in the part, in the form written
 * here (a graded copy graded again), is reused, so grading a copy again
 * leaves styles.xml and the owned sheets byte-identical.
 */
import { rootPrefix } from "./xmlText";

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) Appraise's layouts use. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "@": 49 };
/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_FORMAT = 164;
const LINK_COLOR = "FF0563C1";

/** A minimal styles part for a package that has none. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface CellLook {
  /** Number format code, or null for General. */
  readonly format: string | null;
  /** Solid fill "RRGGBB", or null. */
  readonly fill: string | null;
  readonly link: boolean;
  /** The look of a print-sheet cell (考评通报, 反馈单), beyond format and fill. */
  readonly print?: PrintLook;
}

export interface PrintLook {
  readonly bold: boolean;
  /** Font size in points. */
  readonly size: number;
  /** Font colour "RRGGBB", or null for automatic. */
  readonly color: string | null;
  /** Thin borders on all four edges. */
  readonly border: boolean;
  readonly wrap: boolean;
  readonly horizontal: "center" | "right" | null;
  readonly vertical: "top" | "center" | null;
}

export interface StyleBook {
  /** The `s` index of a look, appending its style on first use. */
  styleOf(look: CellLook): number;
  /** The part's new text, or null when nothing was appended. */
  xml(): string | null;
}

/** A section of the part (`<fonts count="n">…</fonts>`): where its children end, how many it has. */
interface Section {
  readonly tag: string;
  readonly child: string;
  existing: number;
  readonly added: string[];
}

function sectionRegex(p: string, tag: string): RegExp {
  return new RegExp(`<${p}${tag}(\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}${tag}>)`);
}

function childCount(inner: string, p: string, child: string): number {
  return (inner.match(new RegExp(`<${p}${child}[\\s/>]`, "g")) ?? []).length;
}

/** The part being added to: its prefix, its current text, its sections and its custom number formats by code. */
interface Book {
  readonly p: string;
  xml: string;
  readonly sections: Map<string, Section>;
  readonly customFormats: Map<string, number>;
}

const SECTIONS = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellXfs", "xf"],
] as const;

/** The children of a section of the part, as text. */
const inner = (book: Book, tag: string): string => sectionRegex(book.p, tag).exec(book.xml)?.[2] ?? "";

function openBook(original: string): Book {
  const p = rootPrefix(original, "styleSheet");
  const book: Book = { p, xml: original, sections: new Map(), customFormats: new Map() };
  for (const [tag, child] of SECTIONS) book.sections.set(tag, { tag, child, existing: childCount(inner(book, tag), p, child), added: [] });
  for (const m of inner(book, "numFmts").matchAll(/numFmtId="(\d+)"\s+formatCode="([^"]*)"/g)) book.customFormats.set(m[2], Number(m[1]));
  return book;
}

/** The index of `element` in the section, reusing an identical existing one. */
function indexIn(book: Book, tag: string, element: string): number {
  const section = book.sections.get(tag) as Section;
  const at = inner(book, tag).indexOf(element);
  if (at >= 0) return childCount(inner(book, tag).slice(0, at), book.p, section.child);
  const added = section.added.indexOf(element);
  if (added >= 0) return section.existing + added;
  section.added.push(element);
  return section.existing + section.added.length - 1;
}

function formatId(book: Book, code: string | null): number {
  if (code === null) return 0;
  if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
  const known = book.customFormats.get(code);
  if (known !== undefined) return known;
  const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...book.customFormats.values()) + 1;
  book.customFormats.set(code, id);
  indexIn(book, "numFmts", `<${book.p}numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`);
  return id;
}

/** A cell's font: a print cell's Calibri at its size, bold and coloured as asked; the link font; else the default. */
function fontId(book: Book, look: CellLook): number {
  const { p } = book;
  const pr = look.print;
  if (pr) {
    if (!pr.bold && pr.size === 11 && pr.color === null) return 0;
    return indexIn(
      book,
      "fonts",
      `<${p}font>${pr.bold ? `<${p}b/>` : ""}<${p}sz val="${pr.size}"/>${pr.color ? `<${p}color rgb="FF${pr.color}"/>` : ""}<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
    );
  }
  if (!look.link) return 0;
  return indexIn(
    book,
    "fonts",
    `<${p}font><${p}u/><${p}sz val="11"/><${p}color rgb="${LINK_COLOR}"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
  );
}

function fillId(book: Book, fill: string | null): number {
  const { p } = book;
  if (!fill) return 0;
  return indexIn(
    book,
    "fills",
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
  );
}

function borderId(book: Book, pr: PrintLook | undefined): number {
  const { p } = book;
  if (!pr?.border) return 0;
  const edges = ["left", "right", "top", "bottom"].map((e) => `<${p}${e} style="thin"><${p}color auto="1"/></${p}${e}>`).join("");
  return indexIn(book, "borders", `<${p}border>${edges}<${p}diagonal/></${p}border>`);
}

/** A print cell's alignment element, or "" for none. */
function alignment(p: string, pr: PrintLook | undefined): string {
  if (!pr || !(pr.wrap || pr.horizontal || pr.vertical)) return "";
  return `<${p}alignment${pr.horizontal ? ` horizontal="${pr.horizontal}"` : ""}${pr.vertical ? ` vertical="${pr.vertical}"` : ""}${pr.wrap ? ' wrapText="1"' : ""}/>`;
}

/** The `s` index of a look: its cellXfs entry, appended on first use (0, the default style, for a plain look). */
function xfId(book: Book, look: CellLook): number {
  const { p } = book;
  const ids = { numFmtId: formatId(book, look.format), fontId: fontId(book, look), fillId: fillId(book, look.fill), borderId: borderId(book, look.print) };
  const align = alignment(p, look.print);
  if (ids.numFmtId === 0 && ids.fontId === 0 && ids.fillId === 0 && ids.borderId === 0 && align === "") return 0;
  const apply = `${ids.numFmtId ? ' applyNumberFormat="1"' : ""}${ids.fontId ? ' applyFont="1"' : ""}${ids.fillId ? ' applyFill="1"' : ""}${ids.borderId ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
  const head = `<${p}xf numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"${apply}`;
  return indexIn(book, "cellXfs", align ? `${head}>${align}</${p}xf>` : `${head}/>`);
}

/** A look as a map key: every field, in one order. */
function lookKey(look: CellLook): string {
  const p = look.print;
  const print = p === undefined ? "" : `|${p.bold}|${p.size}|${p.color}|${p.border}|${p.wrap}|${p.horizontal}|${p.vertical}`;
  return `${look.format}|${look.fill}|${look.link}${print}`;
}

/**
 * A style book over the package's styles part (`MINIMAL_STYLES` when it has none).
 * @example
 * const book = styleBook(stylesXml);
 * book.styleOf({ format: "0.00", fill: "C6EFCE", link: false }) //=> 7 (the index of the appended xf)
 */
export function styleBook(original: string): StyleBook {
  const book = openBook(original);
  const cache = new Map<string, number>();
  return {
    styleOf(look) {
      const key = lookKey(look);
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const id = xfId(book, look);
      cache.set(key, id);
      return id;
    },
    xml() {
      const changed = [...book.sections.values()].filter((s) => s.added.length > 0);
      if (changed.length === 0) return null;
      for (const s of changed) book.xml = appendTo(book.xml, book.p, s);
      return book.xml;
    },
  };
}

/** The part with the section's new children appended and its count updated (the section created when absent). */
function appendTo(xml: string, p: string, s: Section): string {
  const count = s.existing + s.added.length;
  const body = s.added.join("");
  const re = sectionRegex(p, s.tag);
  const m = re.exec(xml);
  if (m) {
    const attrs = (m[1] ?? "").replace(/\s+count="\d*"/, "");
    return xml.replace(re, () => `<${p}${s.tag} count="${count}"${attrs}>${m[2] ?? ""}${body}</${p}${s.tag}>`);
  }
  // Only numFmts may be missing in a styles part Excel can open; it comes first in the stylesheet.
  const root = new RegExp(`<${p}styleSheet[^>]*>`).exec(xml);
  if (!root) throw new Error("styles part has no styleSheet element");
  const at = root.index + root[0].length;
  return `${xml.slice(0, at)}<${p}${s.tag} count="${count}">${body}</${p}${s.tag}>${xml.slice(at)}`;
}
