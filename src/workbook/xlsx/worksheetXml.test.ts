/**
 * The copy's check parses a rendered sheet without its rows (withoutRows),
 * so the rows must parse whatever text they hold: here every kind of value,
 * random text included (control characters, lone surrogates, `]]>`, `<`,
 * `&`, quotes, astral characters), is rendered by both renderers and the
 * whole part parsed with namespaces, as the check parsed it before.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { PRINT_LOOKS, type PrintStyle } from "../print/printLooks";
import { cell, cells, span, type PrintSheetPlan } from "../print/printPlan";
import { renderPrintSheet } from "./renderPrintSheet";
import { renderSheet, type SheetValue } from "./renderSheet";
import { withoutRows } from "./worksheetXml";

const parses = (xml: string): void => void new SaxesParser({ xmlns: true }).write(xml).close();
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("]]>", "</sheetData>", "<sheetData>", "&amp;", '"', "_x0001_"),
);
const value: fc.Arbitrary<SheetValue> = fc.oneof(
  text,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: "#N/A" }, { error: "#UNCOMPUTED" }),
);
const styles = Object.keys(PRINT_LOOKS) as PrintStyle[];

describe("a rendered sheet's rows", () => {
  it("parse with namespaces whatever the table's cells hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        fc.array(text, { minLength: 3, maxLength: 3 }),
        (rows, headers) => {
          const layout = { headers, rows, numberFormats: ["0.00", null, "@"], columnWidths: [10, 10, 10], rowFills: rows.map(() => "C6EFCE"), links: [] };
          parses(renderSheet(layout, () => 1, "rId1"));
        },
      ),
      { seed: 19, numRuns: 300 },
    );
  });

  it("parse with namespaces whatever the print sheet's cells hold", () => {
    const printCell = fc.record({ value: fc.oneof(text, fc.double(), fc.constant(null)), style: fc.constantFrom(...styles) });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            text.map((t) => span(t)),
            fc.array(printCell, { maxLength: 3 }).map((list) => cells(...list)),
          ),
          { maxLength: 8 },
        ),
        (rows) => {
          const plan: PrintSheetPlan = {
            kind: "feedback",
            sheet: "反馈单",
            columnWidths: [10, 10, 10],
            numberFormat: "0.00",
            rows,
            pageBreaksAfter: [],
            titleRows: null,
          };
          parses(renderPrintSheet(plan, () => 2));
        },
      ),
      { seed: 19, numRuns: 300 },
    );
  });
});

describe("withoutRows", () => {
  it("leaves out the rows and nothing else", () => {
    const layout = {
      headers: ["单位", "<sheetData>"],
      rows: [["a</sheetData>b", 1]],
      numberFormats: [null, null],
      columnWidths: [8, 8],
      rowFills: [null],
      links: [],
    };
    const xml = renderSheet(layout, () => 0, "rId1", { drawing: '<drawing r:id="rId9"/>' });
    const frame = withoutRows(xml);
    expect(frame).toContain("<sheetData></sheetData>");
    expect(frame).not.toContain("<row");
    expect(xml.replace(/<sheetData>.*<\/sheetData>/s, "<sheetData></sheetData>")).toBe(frame);
    parses(frame);
  });

  it("still fails a frame that does not parse (an undeclared prefix after the rows)", () => {
    const plan: PrintSheetPlan = {
      kind: "announcement",
      sheet: "考评通报",
      columnWidths: [8],
      numberFormat: "0.00",
      rows: [cells(cell("x"))],
      pageBreaksAfter: [],
      titleRows: null,
    };
    const broken = renderPrintSheet(plan, () => 0).replace("</worksheet>", "<x:extLst/></worksheet>");
    expect(() => parses(withoutRows(broken))).toThrow(/unbound namespace prefix: "x"/);
  });
});
