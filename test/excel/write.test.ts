/**
 * The Office.js adapter's write against the fake host, with hand-made plans:
 * what lands in the sheets, text safety, ownership, RunLog append, failures
 * and chunking.
 */
import { allTables, cellInfo, nameFormula, readCells, setCells, sheetLayout, sheetNames, tableInfo } from "../fakeExcel";
import { sampleResult, unitResult } from "../helpers/sampleResult";
import { diagnostic } from "../../src/engine/messages";
import { readLayout } from "../../src/workbook/excel/readWorkbook";
import { widthPoints, writePlan } from "../../src/workbook/excel/writePlan";
import { planOf, portOf, runOf, smallWorkbook, syncsOf } from "./helpers";
import { parseAddress } from "../../src/engine/address";

describe("write", () => {
  it("creates the four output sheets in one sync, not suspending calculation (dependent formulas see the results)", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.read();
    const plan = planOf();
    expect(await syncsOf(host, () => port.write(plan))).toBe(1);
    // Screen updating is suspended for the sync (ExcelApi 1.9, which the manifest requires); calculation is not.
    expect(host.syncs[host.syncs.length - 1].suspended).toEqual({ calculation: false, screenUpdating: true });

    expect(sheetNames(host).slice(-6)).toEqual(["考评结果", "校验提示", "考评通报", "反馈单", "结果历史", "运行记录"]);
    const results = tableInfo(host, "Results");
    expect(results).toMatchObject({ sheet: "考评结果", address: "A1:P4", header: plan.results?.headers });
    expect(results?.rows.map((r) => r[0])).toEqual(["区发改局", "=1+1", "区财政局"]);
    expect(results?.rows[0].slice(2, 5)).toEqual([585.5, 96, 681.5]);
    expect(tableInfo(host, "Warnings")?.rows).toHaveLength(3);
    expect(tableInfo(host, "RunLog")?.rows).toEqual([plan.runLog.rows[0].map((v) => v)]);
    expect(nameFormula(host, "Appraise_Owned_Results")).toBe("=考评结果!$A$1");
    expect(nameFormula(host, "Appraise_Owned_Warnings")).toBe("=校验提示!$A$1");
    expect(nameFormula(host, "Appraise_Owned_RunLog")).toBe("=运行记录!$A$1");
  });

  it("writes text as text: a unit named =1+1 stays a string, scores keep their format", async () => {
    const host = smallWorkbook();
    await portOf(host).write(planOf());
    expect(cellInfo(host, "考评结果!A3")).toMatchObject({ value: "=1+1", formula: null, valueType: "String", numberFormat: "@" });
    expect(cellInfo(host, "考评结果!K2")).toMatchObject({ value: 968.75, numberFormat: "0.00" });
    expect(cellInfo(host, "运行记录!B2")).toMatchObject({ value: "0.1.0", valueType: "String" });
    expect(cellInfo(host, "运行记录!A2")).toMatchObject({ value: "2024-05-01T08:00:00.000Z", valueType: "String" });
  });

  it("writes text as typed String values through valuesAsJson where ExcelApi 1.16 is supported", async () => {
    const host = smallWorkbook();
    const port = portOf(host, { valuesAsJson: true });
    await port.read();
    await port.write(planOf());
    expect(cellInfo(host, "考评结果!A3")).toMatchObject({ value: "=1+1", formula: null, valueType: "String", numberFormat: "@" });
    expect(cellInfo(host, "考评结果!K2")).toMatchObject({ value: 968.75, valueType: "Double", numberFormat: "0.00" });
    expect(cellInfo(host, "校验提示!F2")).toMatchObject({ value: "指标考核!F6", hyperlink: { documentReference: "指标考核!F6" } });
  });

  it("lays the sheets out: fills per row, widths, frozen header, links to the cells", async () => {
    const host = smallWorkbook();
    const plan = planOf();
    await portOf(host).write(plan);
    expect(cellInfo(host, "考评结果!A2").fill).toBe("#C6EFCE");
    expect(cellInfo(host, "考评结果!P3").fill).toBe("#DDEBF7");
    expect(cellInfo(host, "考评结果!A4").fill).toBeNull();
    expect(sheetLayout(host, "考评结果")).toEqual({ frozenRows: 1, columnWidths: plan.results?.columnWidths.map(widthPoints) });
    expect(cellInfo(host, "校验提示!F2")).toMatchObject({ value: "指标考核!F6", hyperlink: { documentReference: "指标考核!F6" } });
    expect(cellInfo(host, "校验提示!F3").hyperlink).toEqual({ documentReference: "'My sheet'!A1", screenTip: "'My sheet'!A1" });
    expect(cellInfo(host, "校验提示!F4").hyperlink).toBeNull();
  });

  it("replaces the contents on the next run and appends to the RunLog, one sync each", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.read();
    await port.write(planOf());
    const fewer = planOf(sampleResult({ units: [unitResult({ unit: "区统计局" })], diagnostics: [] }), "zh", new Date("2024-05-02T00:00:00Z"));
    const snapshot = await port.read();
    expect(snapshot.ownership).toEqual({ results: "owned", warnings: "owned", runlog: "owned", history: "owned" });
    expect(snapshot.input.tables.map((t) => t.name)).toEqual(["Units", "Indicators", "Satisfaction", "Rules"]);
    expect(await syncsOf(host, () => port.write(fewer))).toBe(1);
    expect(tableInfo(host, "Results")).toMatchObject({ address: "A1:P2" });
    expect(
      readCells(host, "考评结果!A3:P4")
        .flat()
        .every((v) => v === null),
    ).toBe(true);
    expect(cellInfo(host, "考评结果!A3").fill).toBeNull();
    expect(tableInfo(host, "Warnings")).toMatchObject({ address: "A1:G2", rows: [[null, null, null, null, null, null, null]] });
    expect(tableInfo(host, "RunLog")?.rows.map((r) => r[0])).toEqual(["2024-05-01T08:00:00.000Z", "2024-05-02T00:00:00.000Z"]);
    expect(cellInfo(host, "运行记录!C3")).toMatchObject({ valueType: "String", numberFormat: "@" });
  });

  it("leaves Results as they were when the plan withholds them", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.write(planOf());
    const before = tableInfo(host, "Results");
    const withheld = planOf(
      sampleResult({
        resultsWithheld: true,
        diagnostics: [
          diagnostic(
            "RULE_INVALID",
            { table: "Rules", row: 1, column: "Value", at: parseAddress("规则!B2") },
            { key: "decimals", value: "x", expected: { zh: "", en: "" } },
          ),
        ],
      }),
    );
    await port.read();
    await port.write(withheld);
    expect(tableInfo(host, "Results")).toEqual(before);
    expect(tableInfo(host, "Warnings")?.rows).toHaveLength(1);
  });

  it("leaves the previous Results in place when the write's sync fails", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.write(planOf());
    const before = allTables(host);
    await port.read();
    host.failNextSync("GeneralException");
    await expect(port.write(planOf(sampleResult({ units: [] })))).rejects.toMatchObject({ code: "GeneralException" });
    expect(allTables(host)).toEqual(before);
  });

  it("spends one sync to learn the layout when a write is not preceded by a read", async () => {
    const host = smallWorkbook();
    expect(await syncsOf(host, () => portOf(host).write(planOf()))).toBe(2);
  });

  it("refuses to write a sheet Appraise does not own", async () => {
    const host = smallWorkbook();
    setCells(host, "考评结果!A1", [["用户的数据"]]);
    const layout = await readLayout(runOf(host));
    expect(layout.outputs.results.ownership).toBe("foreign");
    await expect(writePlan(runOf(host), planOf(), layout)).rejects.toThrow(/does not own/);
    expect(readCells(host, "考评结果!A1:B2")).toEqual([
      ["用户的数据", null],
      [null, null],
    ]);
  });

  it("starts a new RunLog table below an owned log sheet's contents when its table is gone", async () => {
    const host = smallWorkbook();
    const port = portOf(host);
    await port.write(planOf());
    host.store.tables = host.store.tables.filter((t) => t.name !== "RunLog"); // the user converted it to a range
    await port.read();
    await port.write(planOf());
    expect(tableInfo(host, "RunLog")).toMatchObject({ sheet: "运行记录", address: "A4:N5" });
    expect(readCells(host, "运行记录!A2")).toEqual([["2024-05-01T08:00:00.000Z"]]);
  });

  it("leaves screen updating alone when told to (suspendScreenUpdating: false)", async () => {
    const host = smallWorkbook();
    await portOf(host, { suspendScreenUpdating: false }).write(planOf());
    expect(host.syncs[host.syncs.length - 1].suspended).toEqual({ calculation: false, screenUpdating: false });
  });

  describe("a plan bigger than one request", () => {
    const manyDiagnostics = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        diagnostic(
          "UNIT_UNKNOWN",
          { table: "Indicators", row: i + 1, column: "Unit", at: parseAddress(`指标考核!A${i + 2}`) },
          { name: `单位${i}`, suggestion: "区发改局" },
        ),
      );

    it("is written in measured syncs under the budget, the RunLog row last", async () => {
      const host = smallWorkbook({ payloadLimitBytes: 200_000 });
      const port = portOf(host, { budgetBytes: 150_000 });
      await port.read();
      const plan = planOf(sampleResult({ diagnostics: manyDiagnostics(2000) }));
      const syncs = await syncsOf(host, () => port.write(plan));
      expect(syncs).toBeGreaterThan(3);
      expect(host.syncs.every((s) => s.ok && s.requestBytes <= 200_000)).toBe(true);
      // Suspended while half written; the last sync is not, so Excel recalculates once, over the finished outputs.
      expect(host.syncs.slice(-syncs).map((s) => s.suspended.calculation)).toEqual([...Array.from({ length: syncs - 1 }, () => true), false]);
      expect(tableInfo(host, "Warnings")?.rows).toHaveLength(2000);
      expect(cellInfo(host, "校验提示!F2001").hyperlink).toMatchObject({ documentReference: "指标考核!A2001" });
      expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
    });

    it("keeps the previous outputs when its first sync fails", async () => {
      const host = smallWorkbook({ payloadLimitBytes: 200_000 });
      const port = portOf(host, { budgetBytes: 150_000 });
      await port.write(planOf());
      const before = allTables(host);
      await port.read();
      host.failNextSync("InvalidOperationInCellEditMode");
      await expect(port.write(planOf(sampleResult({ diagnostics: manyDiagnostics(2000) })))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      expect(allTables(host)).toEqual(before);
    });
  });
});
