import { checkWellFormed } from "./copyDefect";
import { addDefinedNames, addOverrides, addSheets } from "./packageEdits";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const SHEET = [{ name: "考评结果", sheetId: 2, rId: "rId9" }];
const wellFormed = (xml: string): void => checkWellFormed([["xl/workbook.xml", xml]]);

describe("addSheets declares what it uses, whatever the input declares", () => {
  it("as openpyxl 3.0 writes it: xmlns:r on each <sheet>, none on <workbook>", () => {
    const xml = `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${R}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const out = addSheets(xml, SHEET);
    expect(out).toBe(
      `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${R}" name="A" sheetId="1" r:id="rId1"/><sheet name="考评结果" sheetId="2" xmlns:r="${R}" r:id="rId9"/></sheets></workbook>`,
    );
    expect(() => wellFormed(out)).not.toThrow();
  });

  it("uses the root's prefixes where the root declares them (Excel's form), and declares nothing", () => {
    const xml = `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets/></x:workbook>`;
    const out = addSheets(xml, SHEET);
    expect(out).toBe(`<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="考评结果" sheetId="2" rel:id="rId9"/></x:sheets></x:workbook>`);
    expect(() => wellFormed(out)).not.toThrow();
  });

  it("ignores a </sheets> in a comment and a sheets element of another namespace", () => {
    const xml = `<workbook xmlns="${MAIN}"><!-- </sheets> --><sheets></sheets><extLst><o:sheets xmlns:o="urn:other"/></extLst></workbook>`;
    const out = addSheets(xml, SHEET);
    expect(out.indexOf("考评结果")).toBeGreaterThan(out.indexOf("<sheets>"));
    expect(out.indexOf("考评结果")).toBeLessThan(out.lastIndexOf("</sheets>"));
    expect(() => wellFormed(out)).not.toThrow();
  });
});

describe("addDefinedNames", () => {
  it("creates <definedNames> after <sheets>, in the root's prefix", () => {
    const xml = `<x:workbook xmlns:x="${MAIN}"><x:sheets/><x:calcPr/></x:workbook>`;
    const out = addDefinedNames(xml, [{ name: "Appraise_Owned_Results", text: "'考评结果'!$A$1" }]);
    expect(out).toBe(
      `<x:workbook xmlns:x="${MAIN}"><x:sheets/><x:definedNames><x:definedName name="Appraise_Owned_Results">'考评结果'!$A$1</x:definedName></x:definedNames><x:calcPr/></x:workbook>`,
    );
  });
});

describe("addOverrides", () => {
  it("adds an Override once, comparing part names ignoring case", () => {
    const xml = `<Types xmlns="${TYPES}"><Override PartName='/XL/Tables/Table1.xml' ContentType="t"/></Types>`;
    const out = addOverrides(xml, [
      { part: "xl/tables/table1.xml", type: "t" },
      { part: "xl/tables/table2.xml", type: "t" },
    ]);
    expect(out.match(/<Override /g)).toHaveLength(2);
    expect(out).toContain('<Override PartName="/xl/tables/table2.xml" ContentType="t"/></Types>');
  });
});

describe("checkWellFormed", () => {
  it("names the part whose prefix is not declared (the bug this guards against)", () => {
    expect(() => checkWellFormed([["xl/workbook.xml", `<workbook xmlns="${MAIN}"><sheets><sheet r:id="rId1"/></sheets></workbook>`]])).toThrow(
      /^xl\/workbook\.xml: .*unbound namespace prefix: "r"/,
    );
  });
});
