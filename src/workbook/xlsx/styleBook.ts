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

/**
 * A style book over the package's styles part (`MINIMAL_STYLES` when it has none).
 * @example
 * const book = styleBook(stylesXml);
 * book.styleOf({ format: "0.00", fill: "C6EFCE", link: false }) //=> 7 (the index of the appended xf)
 */
export function styleBook(original: string): StyleBook {
  const p = rootPrefix(original, "styleSheet");
  let xml = original;
  const inner = (tag: string): string => sectionRegex(p, tag).exec(xml)?.[2] ?? "";
  const sections = new Map<string, Section>(
    (
      [
        ["numFmts", "numFmt"],
        ["fonts", "font"],
        ["fills", "fill"],
        ["borders", "border"],
        ["cellXfs", "xf"],
      ] as const
    ).map(([tag, child]) => [tag, { tag, child, existing: childCount(inner(tag), p, child), added: [] }]),
  );
  const cache = new Map<string, number>();
  const customFormats = new Map<string, number>();
  for (const m of inner("numFmts").matchAll(/numFmtId="(\d+)"\s+formatCode="([^"]*)"/g)) customFormats.set(m[2], Number(m[1]));

  /** The index of `element` in the section, reusing an identical existing one. */
  function indexIn(tag: string, element: string): number {
    const section = sections.get(tag) as Section;
    const at = inner(tag).indexOf(element);
    if (at >= 0) return childCount(inner(tag).slice(0, at), p, section.child);
    const added = section.added.indexOf(element);
    if (added >= 0) return section.existing + added;
    section.added.push(element);
    return section.existing + section.added.length - 1;
  }

  function formatId(code: string | null): number {
    if (code === null) return 0;
    if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
    const known = customFormats.get(code);
    if (known !== undefined) return known;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...customFormats.values()) + 1;
    customFormats.set(code, id);
    indexIn("numFmts", `<${p}numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`);
    return id;
  }

  /** A print cell's font: Calibri at its size, bold and coloured as asked. */
  function printFontId(pr: PrintLook): number {
    if (!pr.bold && pr.size === 11 && pr.color === null) return 0;
    return indexIn(
      "fonts",
      `<${p}font>${pr.bold ? `<${p}b/>` : ""}<${p}sz val="${pr.size}"/>${pr.color ? `<${p}color rgb="FF${pr.color}"/>` : ""}<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
    );
  }

  return {
    styleOf(look) {
      const key = `${look.format}|${look.fill}|${look.link}|${JSON.stringify(look.print ?? null)}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const numFmtId = formatId(look.format);
      const pr = look.print;
      const fontId = pr
        ? printFontId(pr)
        : look.link
          ? indexIn("fonts", `<${p}font><${p}u/><${p}sz val="11"/><${p}color rgb="${LINK_COLOR}"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`)
          : 0;
      const fillId = look.fill
        ? indexIn(
            "fills",
            `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${look.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
          )
        : 0;
      const borderId = pr?.border
        ? indexIn(
            "borders",
            `<${p}border>${["left", "right", "top", "bottom"].map((e) => `<${p}${e} style="thin"><${p}color auto="1"/></${p}${e}>`).join("")}<${p}diagonal/></${p}border>`,
          )
        : 0;
      const alignment =
        pr && (pr.wrap || pr.horizontal || pr.vertical)
          ? `<${p}alignment${pr.horizontal ? ` horizontal="${pr.horizontal}"` : ""}${pr.vertical ? ` vertical="${pr.vertical}"` : ""}${pr.wrap ? ' wrapText="1"' : ""}/>`
          : "";
      const apply = `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
      const plain = numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0 && alignment === "";
      const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
      const id = plain ? 0 : indexIn("cellXfs", alignment ? `${head}>${alignment}</${p}xf>` : `${head}/>`);
      cache.set(key, id);
      return id;
    },
    xml() {
      const changed = [...sections.values()].filter((s) => s.added.length > 0);
      if (changed.length === 0) return null;
      for (const s of changed) xml = appendTo(xml, p, s);
      return xml;
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
