import { MINIMAL_STYLES, styleBook } from "./styleBook";

describe("styleBook", () => {
  it("appends a style once, after the user's, and leaves the part alone when nothing is needed", () => {
    const book = styleBook(MINIMAL_STYLES);
    expect(book.styleOf({ format: null, fill: null, link: false })).toBe(0);
    expect(book.xml()).toBeNull();
    const score = book.styleOf({ format: "0.00", fill: "C6EFCE", link: false });
    expect(score).toBe(1);
    expect(book.styleOf({ format: "0.00", fill: "C6EFCE", link: false })).toBe(1);
    expect(book.styleOf({ format: "0.000", fill: null, link: true })).toBe(2);
    const xml = book.xml() as string;
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts');
    expect(xml).toMatch(/<fills count="3">/);
    expect(xml).toMatch(/<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/><xf numFmtId="2" fontId="0" fillId="2"/);
  });

  it("finds the styles it appended before, so a copy graded again keeps its styles part", () => {
    const first = styleBook(MINIMAL_STYLES);
    const looks = [
      { format: "@", fill: "FFC7CE", link: false },
      { format: "0", fill: null, link: true },
    ] as const;
    const ids = looks.map((l) => first.styleOf(l));
    const again = styleBook(first.xml() as string);
    expect(looks.map((l) => again.styleOf(l))).toEqual(ids);
    expect(again.xml()).toBeNull();
  });

  it("writes into a prefixed stylesheet in its prefix", () => {
    const prefixed = MINIMAL_STYLES.replace(/<(\/?)(?=[a-zA-Z])/g, "<$1x:")
      .replace('xmlns="', 'xmlns:x="')
      .replace("<x:?xml", "<?xml");
    const book = styleBook(prefixed);
    book.styleOf({ format: "0.00", fill: "C6EFCE", link: false });
    expect(book.xml()).toContain('<x:xf numFmtId="2" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/></x:cellXfs>');
  });
});
