/**
 * Loading and saving with ExcelJS (files.ts, readTables.ts and the patches
 * of patchExcelJs.ts): how the tests read a workbook independently of the
 * package reader, and how `template` and `demo` save the workbooks they
 * build. (The ExcelJS port that graded through them is gone: every run
 * goes through the package port, packagePort.ts.)
 */
import { Workbook } from "exceljs";
import { rewriteZip, workbookWith, zipText } from "../../../test/helpers/workbooks";
import { loadWorkbook, workbookToBuffer } from "./files";
import { inspectPackage } from "../xlsx/inspectPackage";
import { readTables } from "./readTables";

/** Saves and reloads, as a file written and opened again. */
async function roundTrip(wb: Workbook): Promise<Workbook> {
  return (await loadWorkbook(await workbookToBuffer(wb))).workbook;
}

const units = () =>
  workbookWith([
    {
      sheet: "考评对象",
      name: "Units",
      ref: "B3",
      headers: ["单位", "类别"],
      rows: [
        ["区发改局", "经济管理类和其他类"],
        [null, null],
        ["=1+1", { richText: [{ text: "经济" }, { text: "管理类" }] }],
      ],
    },
    {
      sheet: "指标考核",
      name: "Indicators",
      headers: ["单位", "得分", "布置日期", "公式"],
      rows: [
        ["区发改局", 95.5, new Date(Date.UTC(2016, 10, 25)), { formula: "B2*2", result: 191 }],
        ["区发改局", { error: "#N/A" }, null, { formula: "B3*2" }],
      ],
    },
  ]);

describe("reading tables", () => {
  it("reads every table by its ref, blank rows included, after a save and load", async () => {
    const wb = await roundTrip(units());
    const [u, ind] = readTables(wb);
    expect(u).toEqual({
      name: "Units",
      sheet: "考评对象",
      headerRow: 3,
      firstColumn: 2,
      header: ["单位", "类别"],
      rows: [
        ["区发改局", "经济管理类和其他类"],
        [null, null],
        ["=1+1", "经济管理类"],
      ],
    });
    expect(ind.rows).toEqual([
      ["区发改局", 95.5, 42699, 191],
      ["区发改局", { error: "#N/A" }, null, { error: "#UNCOMPUTED" }],
    ]);
  });

  it("reads a formula's saved result even when it is 0, FALSE or empty text", async () => {
    const wb = workbookWith([
      {
        sheet: "察访核验",
        name: "SpotChecks",
        headers: ["单位", "扣分", "说明"],
        rows: [
          ["区发改局", { formula: "1-1", result: 0 }, { formula: "1=2", result: false }],
          ["区财政局", { formula: "1+1", result: 2 }, { formula: "A2" }],
        ],
      },
    ]);
    // As Excel saves them: an empty text result is <v></v> with t="str".
    const bytes = rewriteZip(await workbookToBuffer(wb), (name, text) =>
      name === "xl/worksheets/sheet1.xml" ? text.replace(/<c r="C3"([^>]*)><f>A2<\/f><\/c>/, '<c r="C3" t="str"><f>A2</f><v></v></c>') : text,
    );
    expect(zipText(bytes, "xl/worksheets/sheet1.xml")).toContain('<c r="C3" t="str"><f>A2</f><v></v></c>');
    const [t] = readTables((await loadWorkbook(bytes)).workbook);
    expect(t.rows).toEqual([
      ["区发改局", 0, false],
      ["区财政局", 2, ""],
    ]);
  });

  it("reads a table as Excel writes it (no headerRowCount) with its header, and keeps it in the copy", async () => {
    const excelLike = rewriteZip(await workbookToBuffer(units()), (name, text) =>
      name.startsWith("xl/tables/") ? text.replace(/ headerRowCount="1"/, "") : text,
    );
    const loaded = await loadWorkbook(excelLike);
    expect(readTables(loaded.workbook)[0].header).toEqual(["单位", "类别"]);
    const copy = await workbookToBuffer(loaded.workbook);
    expect(zipText(copy, "xl/tables/table1.xml")).toContain('headerRowCount="1"');
  });

  it("writes a table without filter buttons back without an (invalid, ref-less) autoFilter", async () => {
    const noFilter = rewriteZip(await workbookToBuffer(units()), (name, text) =>
      name === "xl/tables/table1.xml" ? text.replace(/<autoFilter.*<\/autoFilter>/, "") : text,
    );
    const copy = await workbookToBuffer((await loadWorkbook(noFilter)).workbook);
    expect(zipText(copy, "xl/tables/table1.xml")).not.toContain("<autoFilter");
    expect(zipText(copy, "xl/tables/table2.xml")).toContain('<autoFilter ref="A1:D3">');
  });

  it("keeps the filter buttons of a table as Excel writes it (no hiddenButton attributes)", async () => {
    const excelLike = rewriteZip(await workbookToBuffer(units()), (name, text) =>
      name === "xl/tables/table1.xml"
        ? text.replace(/<filterColumn colId="0"[^>]*\/>/, "").replace(/<filterColumn colId="1"[^>]*\/>/, '<filterColumn colId="1" hiddenButton="1"/>')
        : text,
    );
    const copy = await workbookToBuffer((await loadWorkbook(excelLike)).workbook);
    const xml = zipText(copy, "xl/tables/table1.xml")!;
    expect(xml).toContain('<filterColumn colId="0" hiddenButton="0"/>');
    expect(xml).toContain('<filterColumn colId="1" hiddenButton="1"/>');
  });

  it("writes a table without a style (as LibreOffice writes them) back without one", async () => {
    const noStyle = rewriteZip(await workbookToBuffer(units()), (name, text) =>
      name === "xl/tables/table1.xml" ? text.replace(/<tableStyleInfo[^>]*\/>/, "") : text,
    );
    const copy = await workbookToBuffer((await loadWorkbook(noStyle)).workbook);
    expect(zipText(copy, "xl/tables/table1.xml")).not.toContain("<tableStyleInfo");
    expect(zipText(copy, "xl/tables/table2.xml")).toContain("<tableStyleInfo");
  });

  it("reads a table declared without a header row by its column names", async () => {
    const headerless = rewriteZip(await workbookToBuffer(units()), (name, text) =>
      name === "xl/tables/table1.xml" ? text.replace(/ headerRowCount="1"/, ' headerRowCount="0"').replace('ref="B3:C6"', 'ref="B4:C6"') : text,
    );
    const loaded = await loadWorkbook(headerless);
    const grid = readTables(loaded.workbook)[0];
    expect(grid.header).toEqual(["单位", "类别"]);
    expect(grid.headerRow).toBe(3);
    expect(grid.rows.length).toBe(3);
  });
});

describe("links to cells of the workbook in the input", () => {
  it("survive into the copy in Excel's own form", async () => {
    const wb = units();
    wb.getWorksheet("指标考核")!.getCell("F1").value = "see units";
    const withLink = rewriteZip(await workbookToBuffer(wb), (name, text) =>
      name === `xl/worksheets/sheet${wb.getWorksheet("指标考核")!.id}.xml`
        ? text.replace("<pageMargins", '<hyperlinks><hyperlink ref="F1" location="考评对象!B3" display="see units"/></hyperlinks><pageMargins')
        : text,
    );
    const loaded = (await loadWorkbook(withLink)).workbook;
    expect(loaded.getWorksheet("指标考核")!.getCell("F1").value).toEqual({ text: "see units", hyperlink: "#考评对象!B3" });
    const copy = await workbookToBuffer(loaded);
    const sheetNo = loaded.getWorksheet("指标考核")!.id;
    expect(zipText(copy, `xl/worksheets/sheet${sheetNo}.xml`)).toContain('<hyperlink ref="F1" location="考评对象!B3"/>');
    expect(zipText(copy, `xl/worksheets/_rels/sheet${sheetNo}.xml.rels`) ?? "").not.toContain("hyperlink");
  });
});

describe("inspectPackage", () => {
  it("says when the bytes are not a package", async () => {
    expect(inspectPackage(await workbookToBuffer(units()))).toMatchObject({ readable: true });
    expect(inspectPackage(Buffer.from("not a zip")).readable).toBe(false);
  });
});
