/**
 * The print sheets (考评通报, 反馈单) written by the Office.js adapter into the
 * fake host: in the same batch as the other outputs (one sync on the demo),
 * laid out for paper (merges, wrap, bold titles, borders, score format, row
 * heights), page setup where ExcelApi 1.9 is supported, and the same
 * ownership rule as Results.
 */
import { buildWorkbook, readCells, setCells, sheetNames, sheetOf, type FakeExcelHost } from "../fakeExcel";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputGrids } from "../../src/cli/inputTables";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { NOW, portOf, syncsOf } from "./helpers";

const demoHost = () => buildWorkbook(inputGrids(buildDemoTables()).tables);

async function run(host: FakeExcelHost, pageSetup = true) {
  const port = portOf(host, { pageSetup });
  await port.read();
  let outcome: Awaited<ReturnType<typeof runAppraisal>> | undefined;
  const syncs = await syncsOf(host, async () => (outcome = await runAppraisal(portOf(host, { pageSetup }), { lang: "zh", version: "0.1.0", now: NOW })));
  if (outcome === undefined) throw new Error("no outcome");
  return { outcome, syncs };
}

const styleAt = (host: FakeExcelHost, sheet: string, row: number, col: number) => sheetOf(host, sheet).print.styles.get(`${row},${col}`) ?? {};

describe("the print sheets in Excel", () => {
  it("writes both sheets in the same write batch as Results: the demo still reads in one sync and writes in one", async () => {
    const host = demoHost();
    const { outcome, syncs } = await run(host);
    expect(outcome.written).toBe(true);
    expect(syncs).toBe(2); // one to read, one to write everything
    expect(sheetNames(host)).toEqual(expect.arrayContaining(["考评结果", "校验提示", "考评通报", "反馈单", "运行记录"]));
    const feedback = outcome.plan.print?.find((p) => p.kind === "feedback");
    expect(readCells(host, "反馈单!A1")[0][0]).toBe("2016年度绩效考评结果反馈单");
    const page = sheetOf(host, "反馈单").print;
    expect(page.pageBreaks).toHaveLength(44); // 45 assessed units: a break before each letter but the first
    expect(page.pageBreaks).toEqual(feedback?.pageBreaksAfter.map((r) => r + 1));
    expect(page.page).toMatchObject({ orientation: "Portrait", paperSize: "A4", zoom: { horizontalFitToPages: 1 } });
    expect(sheetOf(host, "考评通报").print.page.printTitleRows).toEqual([0, 0]);
  });

  it("lays the letters out for paper: merged wrapped lines, a bold title, bordered tables, scores in the score format", async () => {
    const host = demoHost();
    await run(host);
    const sheet = sheetOf(host, "反馈单");
    expect(sheet.merged).toContainEqual({ row: 0, col: 0, rows: 1, cols: 4 });
    expect(styleAt(host, "反馈单", 0, 0)).toMatchObject({ bold: true, size: 16, horizontalAlignment: "Center" });
    // Row 3 is the parts table's header, row 4 its first part (职能指标 600 / score).
    expect(readCells(host, "反馈单!A3:D4")).toEqual([
      ["项目", "满分", "得分", "说明"],
      ["职能指标", 600, expect.any(Number), null],
    ]);
    expect(styleAt(host, "反馈单", 2, 0)).toMatchObject({ bold: true, borders: { EdgeTop: "Continuous", EdgeLeft: "Continuous" } });
    expect(styleAt(host, "反馈单", 3, 2).borders).toMatchObject({
      EdgeTop: "Continuous",
      EdgeBottom: "Continuous",
      EdgeLeft: "Continuous",
      EdgeRight: "Continuous",
    });
    expect(host.store.cell(sheet, 3, 2).numberFormat).toBe("0.00");
    expect(host.store.cell(sheet, 2, 0).numberFormat).toBe("@");
  });

  it("writes the sheets without page setup where ExcelApi 1.9 is missing (and only then)", async () => {
    const host = demoHost();
    const { outcome } = await run(host, false);
    expect(outcome.written).toBe(true);
    expect(sheetOf(host, "反馈单").print.pageBreaks).toEqual([]);
    expect(sheetOf(host, "反馈单").print.page.paperSize).toBe("Letter");
    expect(sheetOf(host, "反馈单").merged.length).toBeGreaterThan(0);
  });

  it("rewrites its own sheets in place on the next run (no merge or break left over) and leaves a user's sheet of that name alone", async () => {
    const host = demoHost();
    await run(host);
    const first = { merged: sheetOf(host, "反馈单").merged.length, breaks: sheetOf(host, "反馈单").print.pageBreaks };
    const { outcome } = await run(host);
    expect(outcome.written).toBe(true);
    expect(sheetOf(host, "反馈单").merged.length).toBe(first.merged);
    expect(sheetOf(host, "反馈单").print.pageBreaks).toEqual(first.breaks);

    const other = demoHost();
    setCells(other, "考评通报!A1", [["我的通报草稿"]]);
    const conflict = await run(other);
    expect(conflict.outcome.written).toBe(false);
    expect(conflict.outcome.result.diagnostics.find((d) => d.code === "OUTPUT_CONFLICT")?.cell).toBe("考评通报!A1");
    expect(readCells(other, "考评通报!A1")).toEqual([["我的通报草稿"]]);
    expect(sheetNames(other)).not.toContain("考评结果");
  });
});

describe("the fake host's page layout fails where Excel does", () => {
  it("refuses print title rows that are not whole rows, a zoom scale out of 10..400, and a merge inside a table", async () => {
    const host = demoHost();
    const attempt = (body: (ws: Excel.Worksheet) => void) =>
      (host.run as unknown as typeof Excel.run)(async (context) => {
        body(context.workbook.worksheets.getItem("考评对象") as Excel.Worksheet);
        await context.sync();
      });
    await expect(attempt((ws) => ws.pageLayout.setPrintTitleRows("A1:D1"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((ws) => (ws.pageLayout.zoom = { scale: 500 }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((ws) => ws.getRange("A1:B2").merge())).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(attempt((ws) => ws.horizontalPageBreaks.add("A1"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
