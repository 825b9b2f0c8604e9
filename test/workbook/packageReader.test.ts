/**
 * The package reader gives exactly the cells the ExcelJS reader gave, table
 * for table, on workbooks from several writers and with every kind of cell.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputWorkbook } from "../../src/cli/inputTables";
import { loadWorkbook, workbookToBuffer } from "../../src/workbook/exceljs/files";
import { packageTables } from "../../src/workbook/xlsx/packageTables";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { readTables } from "../../src/workbook/exceljs/readTables";
import { rewriteZip } from "../helpers/workbooks";
import { tempDir } from "../helpers/cli";
import { findPython, itWith, runPython } from "../helpers/external";

async function sameAsExcelJs(bytes: Buffer): Promise<void> {
  const viaExcelJs = readTables((await loadWorkbook(bytes)).workbook);
  expect(packageTables(readPackage(bytes))).toEqual(viaExcelJs);
}

describe("packageTables reads what the ExcelJS reader read", () => {
  it("the demo inputs", async () => {
    await sameAsExcelJs(await workbookToBuffer(inputWorkbook(buildDemoTables())));
  });

  it("every kind of cell: shared, inline and rich strings, numbers, booleans, errors, dates, formulas with and without results, links", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Cells");
    ws.addTable({ name: "Kinds", ref: "A1", columns: [{ name: "A" }, { name: "B" }, { name: "C" }], rows: [["x", 1, true]] });
    const bytes = rewriteZip(await workbookToBuffer(wb), (name, text) => {
      if (name === "xl/tables/table1.xml") return text.replace(/ref="A1:C2"/g, 'ref="A1:C9"');
      if (name === "xl/styles.xml")
        return text
          .replace(
            /<cellXfs count="(\d+)">/,
            '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0"/><!--',
          )
          .replace("</cellXfs>", "--></cellXfs>");
      if (name !== "xl/worksheets/sheet1.xml") return text;
      const rows = [
        '<row r="3"><c r="A3" t="inlineStr"><is><t>inline</t></is></c><c r="B3" t="inlineStr"><is><r><t>ri</t></r><r><t>ch_x0041_</t></r></is></c><c r="C3" t="e"><v>#N/A</v></c></row>',
        '<row r="4"><c r="A4" s="1"><v>42699</v></c><c r="B4"><f>1-1</f><v>0</v></c><c r="C4" t="b"><f>1=2</f><v>0</v></c></row>',
        '<row r="5"><c r="A5" t="str"><f>""</f><v></v></c><c r="B5"><f>A1*2</f></c><c r="C5" s="1"><f>A4</f><v>42699.5</v></c></row>',
        '<row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6"><v>1.5e3</v></c><c r="C6" t="str"><v>plain str</v></c></row>',
        '<row r="7"><c r="A7" s="2"><v>12</v></c><c r="B7" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C7" s="1"/></row>',
        '<row r="8"><c r="A8"><f t="shared" ref="A8:A9" si="0">B6*2</f><v>3000</v></c><c r="C8" t="s"><v>0</v></c></row>',
        '<row r="9"><c r="A9"><f t="shared" si="0"/><v>0</v></c></row>',
      ].join("");
      // Links on a text and a number cell: the cell's value is still what it holds.
      const links = '<hyperlinks><hyperlink ref="A3" location="Cells!A1"/><hyperlink ref="B6" location="Cells!B2"/></hyperlinks>';
      return text.replace("</sheetData>", `${rows}</sheetData>`).replace("<pageMargins", `${links}<pageMargins`);
    });
    await sameAsExcelJs(bytes);
    const [grid] = packageTables(readPackage(bytes));
    expect(grid.rows.slice(1)).toEqual([
      ["inline", "richA", { error: "#N/A" }],
      [42699, 0, false],
      ["", { error: "#UNCOMPUTED" }, 42699.5],
      [true, 1500, "plain str"],
      [12, { error: "#DIV/0!" }, null],
      [3000, null, "A"],
      [0, null, null],
    ]);
  });

  it("the 1904 date system: date cells become 1900-system serials (+1462)", async () => {
    const wb = inputWorkbook(buildDemoTables());
    wb.properties.date1904 = true;
    await sameAsExcelJs(await workbookToBuffer(wb));
  });

  const OPENPYXL = findPython(["openpyxl"]);
  itWith(
    "python3-openpyxl",
    OPENPYXL !== null,
    "apt-get install -y python3-openpyxl",
    "a workbook saved by openpyxl (absolute targets, inline strings)",
    async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, "in.xlsx"), await workbookToBuffer(inputWorkbook(buildDemoTables())));
      runPython(OPENPYXL as string, "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", [
        path.join(dir, "in.xlsx"),
        path.join(dir, "out.xlsx"),
      ]);
      await sameAsExcelJs(fs.readFileSync(path.join(dir, "out.xlsx")));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});
