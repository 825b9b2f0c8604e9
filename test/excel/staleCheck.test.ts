/**
 * The pane's stale check over the Office.js adapter (the fake host): the
 * answer of audit/staleness.ts, the one `verify` and the pane's audit give,
 * with the RunLog read by its headers: its columns in another order, or
 * headed in English, give the same answer.
 */
import { createPaneApi } from "../../src/taskpane/state/paneApi";
import { loadRunModules } from "../../src/workbook/excel/loadRunModules";
import { recomputeInExcel } from "../../src/workbook/excel/recomputeInExcel";
import { RUNLOG_COLUMNS } from "../../src/workbook/columns/runLogColumns";
import { setCells, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { NOW, portOf, runOf, smallWorkbook } from "./helpers";

const paneOver = (host: FakeExcelHost) =>
  createPaneApi({
    port: portOf(host),
    engine: loadRunModules,
    lang: "zh",
    version: "0.1.0",
    describeHostError: (e) => ({ code: "Test", messageZh: String(e), messageEn: String(e), retryable: false }),
    selectCell: async () => undefined,
  });

/** The RunLog table's cells rewritten with its columns reversed (headed in English when asked). */
function reorderRunLog(host: FakeExcelHost, english: boolean): void {
  const t = tableInfo(host, "RunLog");
  if (t === undefined) throw new Error("no RunLog");
  const header = t.header.map((h) => (english ? (RUNLOG_COLUMNS.find((c) => c.zh === h)?.en ?? h) : h));
  setCells(
    host,
    `${t.sheet}!${t.address.split(":")[0]}`,
    [header, ...t.rows].map((r) => [...r].reverse()),
  );
}

/** A first unit's functional score changed in the Indicators table. */
function changeAnInput(host: FakeExcelHost): void {
  const t = tableInfo(host, "指标考核") ?? tableInfo(host, "Indicators");
  if (t === undefined) throw new Error("no Indicators table");
  const column = t.header.findIndex((h) => h === "Score" || h === "得分");
  const top = Number(/\d+/.exec(t.address)?.[0]);
  const letter = String.fromCharCode(65 + column + (t.address.charCodeAt(0) - 65));
  setCells(host, `${t.sheet}!${letter}${top + 1}`, [[Number(t.rows[0][column]) - 7]]);
}

describe("the pane's stale check over Excel", () => {
  it("is not stale before any run, nor just after one", async () => {
    const host = smallWorkbook();
    expect(await paneOver(host).isStale()).toBe(false);
    await recomputeInExcel({ run: runOf(host), lang: "zh", now: () => NOW });
    expect(await paneOver(host).isStale()).toBe(false);
    changeAnInput(host);
    expect(await paneOver(host).isStale()).toBe(true);
  });

  it.each([
    ["in another order", false],
    ["in another order, headed in English", true],
  ])("finds the last run's fingerprint by header with the RunLog's columns %s", async (_, english) => {
    const host = smallWorkbook();
    await recomputeInExcel({ run: runOf(host), lang: "zh", now: () => NOW });
    reorderRunLog(host, english);
    const read = await portOf(host).read();
    expect(read.lastRunFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await paneOver(host).isStale()).toBe(false);
    changeAnInput(host);
    expect(await paneOver(host).isStale()).toBe(true);
  });
});
