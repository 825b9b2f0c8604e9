/**
 * `appraise import` reads last year's summary through readPlainSheet, which
 * runs the table reader's SAX pass (sheetCells.ts's scanCells) and takes
 * the merged ranges and raw formulas from it. Here a worksheet part written
 * the way Excel writes one: a two-row merged header, a 小计 row of SUBTOTAL
 * formulas with cached results, a shared formula and its follower, rich
 * text with a phonetic run, a prefixed part, a formula never calculated.
 */
import { shownAt, type PlainSheet } from "../import/plainSheet";
import { readHeader } from "../import/headerLayout";
import { rowKind } from "../import/rowKinds";
import { readPlainSheet } from "./plainSheets";
import { readBoxes, type CellContext } from "./sheetCells";

const STRINGS = ["序号", "单位名称", "指标考核得分（700分）", "职能", "共性", "综合得分", "一、经济管理类（2个）", "区发改局", "区财政局", "小计"];
const ctx: CellContext = { strings: STRINGS, dateStyles: new Set(), date1904: false };
const s = (i: number): string => `<v>${i}</v>`;

const PART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:E7"/><sheetData>
<row r="1"><c r="A1" t="s">${s(0)}</c><c r="B1" t="s">${s(1)}</c><c r="C1" t="s">${s(2)}</c><c r="D1" s="1"/><c r="E1" t="s">${s(5)}</c></row>
<row r="2"><c r="A2" s="1"/><c r="B2" s="1"/><c r="C2" t="s">${s(3)}</c><c r="D2" t="s">${s(4)}</c><c r="E2" s="1"/></row>
<row r="3"><c r="A3" t="s">${s(6)}</c></row>
<row r="4"><c r="A4"><v>1</v></c><c r="B4" t="s">${s(7)}</c><c r="C4"><v>585.5</v></c><c r="D4"><v>96</v></c><c r="E4"><f t="shared" ref="E4:E5" si="0">C4+D4</f><v>681.5</v></c></row>
<row r="5"><c r="A5"><v>2</v></c><c r="B5" t="s">${s(8)}</c><c r="C5"><v>580</v></c><c r="D5"><v>95</v></c><c r="E5"><f t="shared" si="0"/><v>675</v></c></row>
<row r="6"><c r="B6" t="s">${s(9)}</c><c r="C6"><f>SUBTOTAL(9,C4:C5)</f><v>1165.5</v></c><c r="D6"><f>SUBTOTAL(9,D4:D5)</f><v>191</v></c><c r="E6"><f>SUBTOTAL(9,E4:E5)</f></c></row>
<row r="7"><c r="A7" t="inlineStr"><is><r><t>审核人：</t></r><r><rPr><b/></rPr><t>张三</t></r><rPh sb="0" eb="2"><t>シンサ</t></rPh></is></c></row>
</sheetData>
<mergeCells count="5"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:D1"/><mergeCell ref="E1:E2"/><mergeCell ref="A3:E3"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
</worksheet>`;

/** The same part with every element prefixed, as some programs write it. */
const PREFIXED = PART.replace(/<(\/?)(?!\?)([a-zA-Z]+)/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="');

const read = (xml: string): PlainSheet => readPlainSheet("2025年汇总", xml, ctx, []);

describe("readPlainSheet", () => {
  it("keeps the merged header: its ranges, and the group's text shown over both its columns", () => {
    const sheet = read(PART);
    expect(sheet.merges).toEqual([
      { row: 1, column: 1, lastRow: 2, lastColumn: 1 },
      { row: 1, column: 2, lastRow: 2, lastColumn: 2 },
      { row: 1, column: 3, lastRow: 1, lastColumn: 4 },
      { row: 1, column: 5, lastRow: 2, lastColumn: 5 },
      { row: 3, column: 1, lastRow: 3, lastColumn: 5 },
    ]);
    expect(shownAt(sheet, 1, 4)).toBe("指标考核得分（700分）");
    expect(shownAt(sheet, 2, 2)).toBe("单位名称");
    const header = readHeader(sheet, 1);
    expect([header.top, header.bottom]).toEqual([1, 2]);
    expect(header.columns.get("common")).toMatchObject({ column: 4, header: "指标考核得分（700分） / 共性", points: null });
    expect(header.columns.get("functional")).toMatchObject({ column: 3 });
  });

  it("keeps the 小计 row's SUBTOTAL formulas with their cached results, so the import skips it as a subtotal", () => {
    const sheet = read(PART);
    expect(sheet.rows[5]?.slice(2)).toEqual([
      { value: 1165.5, formula: "SUBTOTAL(9,C4:C5)" },
      { value: 191, formula: "SUBTOTAL(9,D4:D5)" },
      { value: { error: "#UNCOMPUTED" }, formula: "SUBTOTAL(9,E4:E5)" },
    ]);
    const columns = { unit: 2, scores: [3, 4, 5] };
    expect(rowKind(sheet, 6, columns)).toEqual({ kind: "skipped", skipped: "subtotal", text: expect.stringContaining("小计") as string });
    expect(rowKind(sheet, 4, columns)).toEqual({ kind: "unit", unit: "区发改局" });
  });

  it("reads a shared formula's follower as a formula with no text of its own, rich text without its phonetic run, and no cell for a blank one", () => {
    const sheet = read(PART);
    expect(sheet.rows[3]?.[4]).toEqual({ value: 681.5, formula: "C4+D4" });
    expect(sheet.rows[4]?.[4]).toEqual({ value: 675, formula: "" });
    expect(sheet.rows[6]?.[0]).toEqual({ value: "审核人：张三", formula: null });
    expect(sheet.rows[0]?.[3]).toBeUndefined();
    expect(sheet.rows[1]?.[0]).toBeUndefined();
  });

  it("reads an empty data table formula with no cached value as no cell, as it always has (the table reader: uncalculated)", () => {
    const xml = PART.replace('</row>\n<row r="7">', '<c r="F6"><f t="dataTable" ref="F6:F7" dt2D="0" dtr="0" r1="A1"/></c></row>\n<row r="7">');
    expect(read(xml).rows[5]?.[5]).toBeUndefined();
    expect(readBoxes(xml, [{ row: 6, column: 6, lastRow: 6, lastColumn: 6 }], ctx)[0]).toEqual([[{ error: "#UNCOMPUTED" }]]);
  });

  it("reads each cell's value as the table reader does, and a prefixed part as the plain one", () => {
    const sheet = read(PART);
    const box = { row: 1, column: 1, lastRow: 7, lastColumn: 5 };
    const [grid] = readBoxes(PART, [box], ctx);
    const values = grid.map((row, r) => row.map((_, c) => sheet.rows[r]?.[c]?.value ?? null));
    expect(values).toEqual(grid);
    expect(read(PREFIXED)).toEqual(sheet);
  });

  it("throws saxes' error on a part that is not well-formed", () => {
    expect(() => read(PART.replace("</sheetData>", ""))).toThrow();
  });
});
