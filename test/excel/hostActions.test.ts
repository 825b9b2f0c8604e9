/**
 * The adapter's other host actions: host errors in plain words, the ribbon's
 * recompute as a value, selecting a warning's cell.
 */
import { describeHostError } from "../../src/workbook/excel/describeHostError";
import { recomputeInExcel } from "../../src/workbook/excel/recomputeInExcel";
import { selectCell } from "../../src/workbook/excel/selectCell";
import { VERSION } from "../../src/version";
import { FakeExcelError, setCells, tableInfo } from "../fakeExcel";
import { NOW, portOf, runOf, smallWorkbook } from "./helpers";

describe("describeHostError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", true, /Enter 或 Esc/],
    ["RequestPayloadSizeLimitExceeded", true, /超出了 Excel 的限制/],
    ["ResponsePayloadSizeLimitExceeded", true, /超出了 Excel 的限制/],
    ["AccessDenied", true, /受保护/],
    ["ApiNotFound", false, /不支持/],
    ["ItemNotFound", true, /发生了变化/],
    ["GeneralException", true, /内部出错/],
  ])("describes %s (retryable: %s)", (code, retryable, zh) => {
    const d = describeHostError(new FakeExcelError(code, "raw"));
    expect(d).toMatchObject({ code, retryable });
    expect(d.messageZh).toMatch(zh);
    expect(d.messageEn).not.toBe("");
  });

  it("recognises a protected sheet by the message when the code is generic", () => {
    expect(describeHostError({ code: "InvalidOperation", message: "The cell you're trying to change is on a protected sheet." }).messageEn).toMatch(
      /protected/,
    );
    expect(describeHostError({ code: "InvalidOperation", message: "您试图更改的单元格或图表位于受保护的工作表中。" })).toMatchObject({
      retryable: true,
      messageEn: expect.stringMatching(/Unprotect/),
    });
  });

  it("passes on what it does not know, with the code", () => {
    expect(describeHostError(new TypeError("x is undefined"))).toEqual({
      code: "Unknown",
      messageZh: "Excel 报告了一个错误（Unknown）：x is undefined",
      messageEn: "Excel reported an error (Unknown): x is undefined",
      retryable: true,
    });
  });
});

describe("recomputeInExcel", () => {
  it("runs, writes and sums up in both languages", async () => {
    const host = smallWorkbook();
    const report = await recomputeInExcel({ run: runOf(host), lang: "en", now: () => NOW });
    expect(report).toMatchObject({
      ok: true,
      messageEn: expect.stringMatching(/^Done: 4 units, 4 graded/),
      messageZh: expect.stringMatching(/^已完成：4 个单位/),
    });
    expect(tableInfo(host, "Results")?.header[0]).toBe("Unit");
    expect(tableInfo(host, "RunLog")?.rows[0][1]).toBe(VERSION);
  });

  it("returns a host failure as a value", async () => {
    const host = smallWorkbook();
    host.honoursDelayForCellEdit = false; // a host that fails delayed batches anyway (OfficeDev/office-js#3019)
    host.cellEditMode = true;
    const report = await recomputeInExcel({ run: runOf(host), lang: "zh" });
    expect(report).toMatchObject({ ok: false, error: { code: "InvalidOperationInCellEditMode", retryable: true } });
    expect(report.messageZh).toMatch(/正在编辑单元格/);
  });

  it("says nothing was written when an output sheet is someone else's", async () => {
    const host = smallWorkbook();
    setCells(host, "运行记录!A1", [["mine"]]);
    const report = await recomputeInExcel({ run: runOf(host), lang: "zh" });
    expect(report).toMatchObject({ ok: false, messageEn: expect.stringContaining("运行记录") });
    expect(report.outcome?.written).toBe(false);
  });

  it("runs one at a time when started together", async () => {
    const host = smallWorkbook();
    const reports = await Promise.all([1, 2, 3].map(() => recomputeInExcel({ run: runOf(host), lang: "zh", now: () => NOW })));
    expect(reports.map((r) => r.ok)).toEqual([true, true, true]);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(3);
  });

  it("gives the last run's fingerprint from the RunLog, or null before any run", async () => {
    const host = smallWorkbook();
    expect((await portOf(host).read()).lastRunFingerprint).toBeNull();
    const report = await recomputeInExcel({ run: runOf(host), lang: "zh", now: () => NOW });
    expect((await portOf(host).read()).lastRunFingerprint).toBe(report.outcome?.result.inputFingerprint);
  });

  it("takes the language from Office's display language", async () => {
    const host = smallWorkbook();
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: "zh-CN" } };
    try {
      await recomputeInExcel({ run: runOf(host) });
    } finally {
      delete g.Office;
    }
    expect(tableInfo(host, "Results")?.header[0]).toBe("单位");
  });
});

describe("selectCell", () => {
  it.each([
    ["指标考核!F7", "指标考核", { row: 6, col: 5, rows: 1, cols: 1 }],
    ["'My sheet'!A1:F1", "My sheet", { row: 0, col: 0, rows: 1, cols: 6 }],
    ["'It''s'!$B$2", "It's", { row: 1, col: 1, rows: 1, cols: 1 }],
  ])("selects %s, its sheet unquoted", async (address, sheetName, rect) => {
    const host = smallWorkbook();
    setCells(host, `'${sheetName.replace(/'/g, "''")}'!A1`, [["x"]]);
    await selectCell(address, runOf(host));
    expect(host.store.selection).toEqual({ sheetId: host.store.sheetByName(sheetName)?.id, rect });
  });

  it("selects a warning's range as data (its at), and refuses text that is no sheet address", async () => {
    const host = smallWorkbook();
    await selectCell({ sheet: "指标考核", row: 2, column: 1, lastRow: 3, lastColumn: 6 }, runOf(host));
    expect(host.store.selection?.rect).toEqual({ row: 1, col: 0, rows: 2, cols: 6 });
    await expect(selectCell("F7", runOf(host))).rejects.toThrow("Not a sheet address: F7");
  });

  it("activates the sheet and selects the cell, in one sync", async () => {
    const host = smallWorkbook();
    setCells(host, "My sheet!A1", [["x"]]);
    await selectCell("指标考核!F3", runOf(host));
    const sheet = host.store.sheetByName("指标考核");
    expect(host.store.selection).toEqual({ sheetId: sheet?.id, rect: { row: 2, col: 5, rows: 1, cols: 1 } });
    expect(host.store.activeSheetId).toBe(sheet?.id);
    await selectCell("'My sheet'!A1:B2", runOf(host));
    expect(host.store.selection?.rect).toEqual({ row: 0, col: 0, rows: 2, cols: 2 });
    expect(host.syncCount).toBe(2);
  });

  it("rejects with ItemNotFound when the sheet is gone", async () => {
    await expect(selectCell("没有这个表!A1", runOf(smallWorkbook()))).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
