import { Workbook } from "exceljs";
import { sampleResult } from "../../../test/helpers/sampleResult";
import { rewriteZip, workbookWith, zipText } from "../../../test/helpers/workbooks";
import { buildOutputPlan } from "../outputs";
import { OWNERSHIP_NAMES } from "../port";
import { loadWorkbook, workbookToBuffer } from "./files";
import { inspectPackage } from "./inspectPackage";
import { readOwnership } from "./ownership";
import { readTables } from "./readTables";
import { createXlsxPort } from "./xlsxPort";

const meta = { lang: "zh" as const, version: "0.1.0", now: new Date("2017-02-10T08:30:00.000Z") };
const plan = (over = {}) => buildOutputPlan(sampleResult(over), meta);

/** Saves and reloads, as the command line does between runs. */
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

  it("skips the tables of Appraise's own sheets", async () => {
    const wb = units();
    await createXlsxPort(wb).write(plan());
    const snapshot = await createXlsxPort(wb).read();
    expect(snapshot.input.tables.map((t) => t.name)).toEqual(["Units", "Indicators"]);
    expect(snapshot.ownership).toEqual({ results: "owned", warnings: "owned", runlog: "owned", history: "owned" });
    // What the next run chains on from: the RunLog's last digest and the History block just written.
    expect(snapshot.lastChainDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(snapshot.lastChainDigest).toBe(plan().runLog.rows[0][13]);
    expect(snapshot.history?.entries.map((e) => e.unit)).toEqual(sampleResult().units.map((u) => u.unit));
  });
});

describe("ownership", () => {
  it("is absent for a new workbook and foreign for someone else's sheet of that name", () => {
    const wb = units();
    expect(readOwnership(wb)).toEqual({ results: "absent", warnings: "absent", runlog: "absent", history: "absent" });
    wb.addWorksheet("校验提示");
    expect(readOwnership(wb).warnings).toBe("foreign");
  });

  it("is foreign when the output table name is taken on another sheet", () => {
    const wb = workbookWith([{ sheet: "Mine", name: "results", headers: ["a"], rows: [[1]] }]);
    expect(readOwnership(wb).results).toBe("foreign");
  });

  it("survives saving: the defined names point at the output sheets", async () => {
    const wb = units();
    await createXlsxPort(wb).write(plan());
    const bytes = await workbookToBuffer(wb);
    expect(zipText(bytes, "xl/workbook.xml")).toContain(`<definedName name="${OWNERSHIP_NAMES.results}">&apos;考评结果&apos;!$A$1</definedName>`);
    // History too: the RunLog row's chain digest covers the block the run appended (SPEC §6).
    expect(readOwnership(await roundTrip(wb))).toEqual({ results: "owned", warnings: "owned", runlog: "owned", history: "owned" });
  });
});

describe("writing outputs", () => {
  it("writes text from the workbook as literal text, never a formula", async () => {
    const wb = units();
    await createXlsxPort(wb).write(plan());
    const bytes = await workbookToBuffer(wb);
    for (const name of ["考评结果", "校验提示", "运行记录"]) {
      expect(zipText(bytes, `xl/worksheets/sheet${wb.getWorksheet(name)!.id}.xml`)).not.toContain("<f>");
    }
    expect(zipText(bytes, "xl/sharedStrings.xml")).toContain("<t>=1+1</t>");
    const back = await roundTrip(wb);
    expect(back.getWorksheet("考评结果")!.getCell("A3").value).toBe("=1+1");
  });

  it("writes scores as numbers with formats, fills by tier, widths and a frozen header", async () => {
    const wb = await roundTrip(
      await (async () => {
        const w = units();
        await createXlsxPort(w).write(plan());
        return w;
      })(),
    );
    const ws = wb.getWorksheet("考评结果")!;
    expect(ws.getCell("A1").value).toBe("单位");
    expect(ws.getCell("K2").value).toBe(968.75);
    expect(ws.getCell("K2").numFmt).toBe("0.00");
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect((ws.getCell("A2").fill as { fgColor: { argb: string } }).fgColor.argb).toBe("FFC6EFCE");
    expect(ws.getColumn(2).width).toBe(19);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((ws.getTable("Results") as unknown as { model: { tableRef: string } }).model.tableRef).toBe("A1:P4");
  });

  it("links Warnings cells to the cells they name, in Excel's in-workbook form", async () => {
    const wb = units();
    await createXlsxPort(wb).write(plan());
    const bytes = await workbookToBuffer(wb);
    const sheetNo = wb.getWorksheet("校验提示")!.id;
    const xml = zipText(bytes, `xl/worksheets/sheet${sheetNo}.xml`)!;
    expect(xml).toContain('<hyperlink ref="F2" location="指标考核!F6"/>');
    expect(xml).toContain('<hyperlink ref="F3" location="&apos;My sheet&apos;!A1"/>');
    expect(zipText(bytes, `xl/worksheets/_rels/sheet${sheetNo}.xml.rels`) ?? "").not.toContain("hyperlink");
  });

  it("replaces Results and Warnings in place and keeps their tab position", async () => {
    const wb = units();
    await createXlsxPort(wb).write(plan());
    wb.addWorksheet("Later");
    const before = wb.worksheets.map((w) => w.name);
    const fewer = sampleResult();
    await createXlsxPort(wb).write(buildOutputPlan({ ...fewer, units: fewer.units.slice(0, 1), diagnostics: [] }, meta));
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(before);
    const results = readTables(back).length; // the input tables and the four owned tables (Results, Warnings, RunLog, History)
    expect(results).toBe(6);
    const warnings = back.getWorksheet("校验提示")!;
    // No diagnostics: the table keeps one blank row under its header.
    expect((warnings.getTable("Warnings") as unknown as { model: { tableRef: string } }).model.tableRef).toBe("A1:G2");
    expect(back.getWorksheet("考评结果")!.getCell("A3").value).toBeNull();
  });

  it("leaves Results as they were when the plan withholds them", async () => {
    const wb = units();
    await createXlsxPort(wb).write(plan());
    await createXlsxPort(wb).write(plan({ resultsWithheld: true }));
    expect((await roundTrip(wb)).getWorksheet("考评结果")!.getCell("A3").value).toBe("=1+1");
  });

  it("appends to the RunLog, never truncating it", async () => {
    let wb = units();
    await createXlsxPort(wb).write(plan());
    wb = await roundTrip(wb);
    await createXlsxPort(wb).write(buildOutputPlan(sampleResult(), { ...meta, lang: "en", now: new Date("2017-02-11T00:00:00Z") }));
    wb = await roundTrip(wb);
    const ws = wb.getWorksheet("运行记录")!;
    expect(ws.getCell("A1").value).toBe("Time");
    expect(ws.getCell("A2").value).toBe("2017-02-10T08:30:00.000Z");
    expect(ws.getCell("A3").value).toBe("2017-02-11T00:00:00.000Z");
    expect(ws.getCell("L2").value).toBeNull();
    expect((ws.getTable("RunLog") as unknown as { model: { tableRef: string } }).model.tableRef).toBe("A1:N3");
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
