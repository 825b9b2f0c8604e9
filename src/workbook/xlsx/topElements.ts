/**
 * Where to insert into an XML part, and with which names: the root element
 * and its children, each with its place in the text and the namespace
 * bindings in effect there, read with saxes (namespaces resolved). The
 * package writer adds elements to parts other programs wrote, and those
 * declare their namespaces as they please (openpyxl 3.0 declares `xmlns:r`
 * on each `<sheet>`, not on `<workbook>`): what is in scope is read here, never
 * guessed from the text.
 */
import type { SaxesTagNS } from "saxes";
import { saxParser } from "./saxParser";

/** An element of the part: its names and where its tags are in the text. */
export interface XmlElement {
  /** The qualified name as written (`x:sheets`). */
  readonly name: string;
  readonly local: string;
  /** The namespace URI it is in. */
  readonly uri: string;
  /** The prefixes in effect inside it ("" is the default namespace), its own declarations included. */
  readonly scope: Readonly<Record<string, string>>;
  /** Offset of its start tag's `<`. */
  readonly start: number;
  /** Offset just after its start tag (`>` or `/>`). */
  readonly openEnd: number;
  /** Offset of its end tag's `<`; null for an empty element written `<x/>`. */
  readonly closeStart: number | null;
  /** Offset just after the element. */
  readonly end: number;
}

export interface TopElements {
  readonly root: XmlElement;
  readonly children: readonly XmlElement[];
}

interface Open {
  tag: SaxesTagNS;
  start: number;
  openEnd: number;
  scope: Record<string, string>;
}

/** The prefixes in effect at a tag: its parent's, with its own declarations over them. */
function scopeOf(parent: Readonly<Record<string, string>>, tag: SaxesTagNS): Record<string, string> {
  return { ...parent, ...(tag.ns ?? {}) };
}

/**
 * The root element of a part and its children. Throws saxes' error (with line
 * and column) when the part is not well-formed or uses an undeclared prefix.
 * @example
 * topElements('<a xmlns="u"><b/></a>').children[0] //=> { name: "b", local: "b", uri: "u", start: 13, openEnd: 17, closeStart: null, end: 17, … }
 */
export function topElements(xml: string): TopElements {
  const parser = saxParser({ xmlns: true });
  const stack: Open[] = [];
  const found: XmlElement[] = [];
  const element = (o: Open, closeStart: number | null, end: number): XmlElement => ({
    name: o.tag.name,
    local: o.tag.local,
    uri: o.tag.uri,
    scope: o.scope,
    start: o.start,
    openEnd: o.openEnd,
    closeStart,
    end,
  });
  parser.on("opentag", (tag) => {
    const open: Open = {
      tag,
      start: xml.lastIndexOf("<", parser.position - 1),
      openEnd: parser.position,
      scope: scopeOf(stack.at(-1)?.scope ?? {}, tag),
    };
    if (tag.isSelfClosing) {
      if (stack.length <= 1) found.push(element(open, null, parser.position));
    } else stack.push(open);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    const open = stack.pop() as Open;
    if (stack.length <= 1) found.push(element(open, xml.lastIndexOf("<", parser.position - 1), parser.position));
  });
  parser.write(xml).close();
  const root = found.at(-1);
  if (root === undefined) throw new Error("the part has no root element");
  return { root, children: found.slice(0, -1) };
}

/**
 * A prefix bound to `uri` where `at` is ("" for the default namespace when
 * `attribute` is false; attributes need a real prefix), or null for none.
 */
export function prefixFor(at: XmlElement, uri: string, options: { attribute: boolean }): string | null {
  const bound = Object.entries(at.scope).find(([p, u]) => u === uri && (!options.attribute || p !== ""));
  return bound === undefined ? null : bound[0];
}

/**
 * Inserts `text` as the last children of `el`: before its end tag, or, for
 * an empty `<x …/>`, by writing it out as `<x …>text</x>`.
 */
export function appendInside(xml: string, el: XmlElement, text: string): string {
  if (el.closeStart !== null) return xml.slice(0, el.closeStart) + text + xml.slice(el.closeStart);
  const open = xml.slice(el.start, el.openEnd).replace(/\s*\/>$/, ">");
  return `${xml.slice(0, el.start)}${open}${text}</${el.name}>${xml.slice(el.end)}`;
}

/** An attribute of an element, with the namespace it is in ("" for none). */
export interface XmlAttribute {
  readonly local: string;
  readonly uri: string;
  readonly value: string;
}

const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/**
 * The attributes of an element's start tag, namespace declarations left
 * out, each with the namespace its prefix is bound to where it stands.
 */
export function attributesOf(xml: string, el: XmlElement): XmlAttribute[] {
  const inherited = Object.fromEntries(Object.entries(el.scope).filter(([p]) => p !== "" && p !== "xml" && p !== "xmlns"));
  const parser = saxParser({ xmlns: true, fragment: true, additionalNamespaces: inherited });
  let found: XmlAttribute[] = [];
  parser.on("opentag", (tag) => {
    found = Object.values(tag.attributes)
      .filter((a) => a.uri !== XMLNS_NS && a.name !== "xmlns")
      .map((a) => ({ local: a.local, uri: a.uri, value: a.value }));
  });
  const open = xml.slice(el.start, el.openEnd).replace(/\s*\/?>$/, "/>");
  parser.write(open).close();
  return found;
}
