/**
 * The pane's audit over the Office.js adapter and the fake Excel host
 * (issue 17, must show 3), the same audit as `appraise verify`: after an
 * input change only no cell is called edited and the inputs are reported
 * changed; after a hand edit and an input change the hand-edited cell alone
 * is named; a deleted History row and an edited earlier RunLog row are found
 * through the chain digest; a RunLog table from before the audit's columns
 * is widened by the next run and still audits.
 */
import { auditInExcel } from "../../src/workbook/excel/auditInExcel";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { cellInfo, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { NOW, portOf, runOf, smallWorkbook } from "./helpers";

const LATER = new Date("2024-05-02T08:00:00.000Z");
const run = (host: FakeExcelHost, now = NOW) => runAppraisal(portOf(host), { lang: "zh", version: "0.1.0", now });
const audit = (host: FakeExcelHost) => auditInExcel(runOf(host));

/** The sheet address of the first Indicators row's Score, and its value. */
function firstScore(host: FakeExcelHost): { address: string; score: number } {
  const t = tableInfo(host, "Indicators");
  if (t === undefined) throw new Error("no Indicators");
  const [, top] = /^[A-Z]+(\d+)/.exec(t.address) ?? [];
  const c = t.header.findIndex((h) => h === "得分" || h === "Score");
  return { address: `${t.sheet}!${String.fromCharCode(65 + c)}${Number(top) + 1}`, score: Number(t.rows[0][c]) };
}

/** Lowers the first unit's score by 40: its composite, and so ranks and tiers, move. */
function changeInput(host: FakeExcelHost): void {
  const { address, score } = firstScore(host);
  host.userEdit(address, score - 40);
}

describe("the pane's audit (fake Excel host)", () => {
  it("after a run: Results as written, inputs of the last run, the chain holding", async () => {
    const host = smallWorkbook();
    await run(host);
    const a = await audit(host);
    expect(a).toMatchObject({ hasResults: true, edited: [], asWritten: "same", matchesInputs: true, inputsChanged: false });
    expect(a.record).toEqual({ chainedRows: 1, unchainedRows: 0, brokenAt: null });
  });

  it("after an input change only, names no cell and reports the inputs changed", async () => {
    const host = smallWorkbook();
    await run(host);
    changeInput(host);
    const a = await audit(host);
    expect(a.edited).toEqual([]);
    expect(a).toMatchObject({ inputsChanged: true, asWritten: "same", matchesInputs: false, editsUnattributed: false });
  });

  it("after a hand edit and an input change, names the hand-edited cell alone", async () => {
    const host = smallWorkbook();
    await run(host);
    const tier = String(cellInfo(host, "考评结果!N3").value);
    const typed = tier === "一等" ? "二等" : "一等";
    host.userSetProtection("考评结果", false);
    host.userEdit("考评结果!N3", typed);
    changeInput(host);
    const a = await audit(host);
    expect(a.edited).toEqual([{ cell: "考评结果!N3", column: "等次", written: typed, expected: tier, basis: "history" }]);
    expect(a).toMatchObject({ inputsChanged: true, asWritten: "differ", editsUnattributed: false });
  });

  it("after edits in a column History does not record and an input change, says there are other edits and names none of them", async () => {
    const host = smallWorkbook();
    await run(host);
    const tier = String(cellInfo(host, "考评结果!N3").value);
    const typed = tier === "一等" ? "二等" : "一等";
    host.userSetProtection("考评结果", false);
    host.userEdit("考评结果!N3", typed);
    host.userEdit("考评结果!P4", "手工写的说明");
    changeInput(host);
    const a = await audit(host);
    expect(a.edited.map((e) => e.cell)).toEqual(["考评结果!N3"]);
    expect(a).toMatchObject({ inputsChanged: true, asWritten: "differ", editsUnattributed: true });
  });

  it("with the inputs of the last run, names exactly the cell edited by hand, against what the inputs give", async () => {
    const host = smallWorkbook();
    await run(host);
    host.userSetProtection("考评结果", false);
    host.userEdit("考评结果!C2", 1);
    const a = await audit(host);
    expect(a.edited.map((e) => [e.cell, e.written, e.basis])).toEqual([["考评结果!C2", "1.00", "inputs"]]);
    expect(a).toMatchObject({ inputsChanged: false, asWritten: "differ", editsUnattributed: false });
  });

  describe("over a record of two runs", () => {
    async function twoRuns(): Promise<FakeExcelHost> {
      const host = smallWorkbook();
      await run(host);
      changeInput(host);
      await run(host, LATER);
      expect(new Set(tableInfo(host, "History")?.rows.map((r) => r[0]))).toEqual(new Set([NOW.toISOString(), LATER.toISOString()]));
      return host;
    }

    it("the chain holds", async () => {
      const a = await audit(await twoRuns());
      expect(a.record).toEqual({ chainedRows: 2, unchainedRows: 0, brokenAt: null });
      expect(a).toMatchObject({ edited: [], inputsChanged: false, matchesInputs: true });
    });

    it("finds a deleted History row of the first run", async () => {
      const host = await twoRuns();
      host.userSetProtection("结果历史", false);
      host.userDeleteTableRows("History", 1);
      expect((await audit(host)).record?.brokenAt).toEqual({ kind: "runlog", cell: "运行记录!A2" });
    });

    it("finds an edited earlier RunLog row", async () => {
      const host = await twoRuns();
      host.userSetProtection("运行记录", false);
      host.userEdit("运行记录!G2", 99);
      const a = await audit(host);
      expect(a.record?.brokenAt).toEqual({ kind: "runlog", cell: "运行记录!A2" });
      // The Results are still as the last run wrote them and as the inputs give.
      expect(a).toMatchObject({ edited: [], asWritten: "same", matchesInputs: true });
    });

    it("still names a hand edit when only a row before the last run's was changed (each row is checked against the digest on the row before)", async () => {
      const host = await twoRuns();
      host.userSetProtection("运行记录", false);
      host.userEdit("运行记录!G2", 99);
      host.userSetProtection("考评结果", false);
      host.userEdit("考评结果!C2", 1);
      const a = await audit(host);
      expect(a.record?.brokenAt).toEqual({ kind: "runlog", cell: "运行记录!A2" });
      expect(a.edited.map((e) => [e.cell, e.basis])).toEqual([["考评结果!C2", "inputs"]]);
    });

    it("claims no edit when the last run's own row was changed", async () => {
      const host = await twoRuns();
      host.userSetProtection("运行记录", false);
      host.userEdit("运行记录!G3", 99);
      host.userSetProtection("考评结果", false);
      host.userEdit("考评结果!C2", 1);
      const a = await audit(host);
      expect(a.record?.brokenAt).toEqual({ kind: "runlog", cell: "运行记录!A3" });
      expect(a).toMatchObject({ edited: [], asWritten: "unknown", editsUnattributed: false });
    });
  });

  it("widens a RunLog table from before the audit's columns; its old row is reported unchecked, the new one chains", async () => {
    const host = smallWorkbook();
    await run(host);
    // The table as an older Appraise wrote it: twelve columns.
    const table = host.store.tableByName("RunLog");
    if (table === undefined) throw new Error("no RunLog");
    host.store.begin();
    host.store.unprotectSheet(table.sheetId, null);
    host.store.clear(table.sheetId, { row: table.rect.row, col: 12, rows: table.rect.rows, cols: 2 }, "All");
    host.store.resizeTable(table.id, table.sheetId, { ...table.rect, cols: 12 });
    host.store.commit();
    expect(tableInfo(host, "RunLog")?.header).toHaveLength(12);
    changeInput(host);
    await run(host, LATER);
    const log = tableInfo(host, "RunLog");
    expect(log?.header.slice(12)).toEqual(["输出指纹", "链摘要"]);
    expect(log?.rows.map((r) => r.slice(12).map((v) => String(v ?? "").slice(0, 7)))).toEqual([
      ["", ""],
      ["sha256:", "sha256:"],
    ]);
    const a = await audit(host);
    expect(a.record).toEqual({ chainedRows: 1, unchainedRows: 1, brokenAt: null });
    expect(a).toMatchObject({ edited: [], asWritten: "same", matchesInputs: true, inputsChanged: false });
  });
});
