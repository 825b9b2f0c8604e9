/**
 * The shared strings part (xl/sharedStrings.xml): the text of each `<si>`,
 * as ExcelJS 4.4 reads it: a plain `<t>`, or the runs (`<r><t>`) of rich
 * text joined; phonetic runs (`<rPh>`, furigana) left out; Excel's
 * `_xHHHH_` escapes decoded (upper-case hex, as ExcelJS does).
 */
import { saxParser } from "./saxParser";
import { localName } from "./xmlText";

/**
 * Decodes Excel's `_xHHHH_` escapes.
 * @example
 * decodeEscapes("a_x000D_b") //=> "a\rb"
 */
export const decodeEscapes = (s: string): string => s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/**
 * The strings of the part, by index. Throws saxes' error when it is not well-formed.
 * @example
 * sharedStrings('<sst><si><t>区</t></si><si><r><t>财</t></r><r><t>政局</t></r></si></sst>') //=> ["区", "财政局"]
 */
export function sharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  const parser = saxParser();
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  let text = "";
  let piece = "";
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") {
      inSi = true;
      text = "";
    } else if (name === "rPh") {
      if (!tag.isSelfClosing) phonetic++;
    } else if (name === "t" && inSi && phonetic === 0) {
      inT = !tag.isSelfClosing;
      piece = "";
    }
  });
  parser.on("text", (t) => {
    if (inT) piece += t;
  });
  parser.on("cdata", (t) => {
    if (inT) piece += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t" && inT) {
      text += decodeEscapes(piece);
      inT = false;
    } else if (name === "rPh" && !tag.isSelfClosing) phonetic--;
    else if (name === "si") {
      out.push(text);
      inSi = false;
    }
  });
  parser.write(xml).close();
  return out;
}
