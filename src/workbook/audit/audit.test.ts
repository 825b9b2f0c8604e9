/**
 * The audit's pure parts: canonical cells, the chain over RunLog rows and
 * History blocks, and the audit's decision, over plans laid out by
 * buildOutputPlan (the cells every adapter writes) in either language.
 */
import { sampleResult } from "../../../test/helpers/sampleResult";
import type { GradeResult, Lang } from "../../engine/types";
import { lastHistoryBlock } from "../history/historyBlock";
import { buildOutputPlan } from "../outputs";
import type { OutputPlan } from "../port";
import { auditWorkbook } from "./auditWorkbook";
import { canonicalCell, outputFingerprint } from "./digests";
import { lastChainDigest, type LoggedTable } from "./loggedTable";
import { checkChain } from "./runLogChain";

const HISTORY_HEADERS = ["运行时间", "输入指纹", "单位", "类别", "综合得分", "名次", "等次"];
const T1 = new Date("2017-02-10T08:30:00.000Z");
const T2 = new Date("2017-02-11T08:30:00.000Z");

/** Runs laid out one after another, each chained on from the last, as a port would write them. */
function record(runs: readonly { result: GradeResult; now: Date; lang?: Lang }[]) {
  const runLog: unknown[][] = [];
  const history: unknown[][] = [];
  let plan: OutputPlan | null = null;
  for (const run of runs) {
    const table = { headers: plan?.runLog.headers ?? [], rows: runLog, firstRow: 2 };
    const lastHistory = lastHistoryBlock(HISTORY_HEADERS, history);
    plan = buildOutputPlan(run.result, { lang: run.lang ?? "zh", version: "0.1.0", now: run.now, previousChainDigest: lastChainDigest(table), lastHistory });
    runLog.push([...plan.runLog.rows[0]]);
    history.push(...(plan.history?.rows ?? []).map((r) => [...r]));
  }
  const last = plan as OutputPlan;
  const logged = (rows: unknown[][], headers: readonly string[]): LoggedTable => ({ headers, rows, firstRow: 2 });
  return {
    plan: last,
    runLog: logged(runLog, last.runLog.headers),
    history: logged(history, HISTORY_HEADERS),
  };
}

const second = (): GradeResult => {
  const r = sampleResult();
  return { ...r, inputFingerprint: "sha256:" + "cd".repeat(32), units: r.units.map((u, i) => (i === 0 ? { ...u, composite: "950.00" } : u)) };
};

describe("canonical cells", () => {
  it.each([
    [null, "_"],
    ["", "_"],
    [948.5, "n948.5"],
    [0.1 + 0.2, "n0.3"],
    [-0, "n0"],
    [true, "T"],
    ["a\tb\nc\\", "sa\\tb\\nc\\\\"],
  ])("%j is %j", (v, text) => expect(canonicalCell(v)).toBe(text));

  it('fingerprint the Results body, not its headers: a table read back with blanks as "" gives the same', () => {
    const { results } = buildOutputPlan(sampleResult(), { lang: "zh", version: "", now: T1 });
    const rows = results!.rows;
    const asRead = rows.map((r) => r.map((v) => v ?? ""));
    expect(outputFingerprint(asRead, 16)).toBe(outputFingerprint(rows, 16));
    expect(outputFingerprint([[...rows[0].slice(0, 10), 968.76, ...rows[0].slice(11)], ...rows.slice(1)], 16)).not.toBe(outputFingerprint(rows, 16));
  });
});

describe("the chain", () => {
  it("holds over runs as laid out, one appending no block (same results) at the same time", () => {
    const { runLog, history } = record([
      { result: sampleResult(), now: T1 },
      { result: sampleResult(), now: T1 },
      { result: second(), now: T2, lang: "en" },
    ]);
    const chain = checkChain(runLog, history);
    expect(chain.brokenAt).toBeNull();
    expect(chain.chainedRows).toBe(3);
    expect(chain.runs.map((r) => r.block.length)).toEqual([3, 0, 3]);
  });

  it("pairs two runs alike in time and inputs with a block each (a History read as none appends again)", () => {
    const { runLog, history } = record([{ result: sampleResult(), now: T1 }]);
    const again = buildOutputPlan(sampleResult(), { lang: "zh", version: "0.1.0", now: T1, previousChainDigest: lastChainDigest(runLog) });
    const chain = checkChain(
      { ...runLog, rows: [...runLog.rows, [...again.runLog.rows[0]]] },
      { ...history, rows: [...history.rows, ...again.history!.rows.map((r) => [...r])] },
    );
    expect(chain.brokenAt).toBeNull();
    expect(chain.runs.map((r) => r.block.length)).toEqual([3, 3]);
  });

  it("breaks at the row whose History block lost a row, and at the row after a deleted one", () => {
    const { runLog, history } = record([
      { result: sampleResult(), now: T1 },
      { result: second(), now: T2 },
    ]);
    expect(checkChain(runLog, { ...history, rows: history.rows.filter((_, i) => i !== 1) }).brokenAt).toEqual({ kind: "runlog", sheetRow: 2 });
    // A row cleared (left blank) is a row deleted.
    expect(checkChain({ ...runLog, rows: [runLog.rows[0].map(() => null), runLog.rows[1]] }, history).brokenAt).toEqual({ kind: "runlog", sheetRow: 3 });
    // The last row deleted: its History block belongs to no run.
    expect(checkChain({ ...runLog, rows: runLog.rows.slice(0, 1) }, history).brokenAt).toEqual({ kind: "history", sheetRow: 5 });
  });

  it("starts again after a row without a digest (an older Appraise), which is counted unchecked", () => {
    const { runLog, history } = record([{ result: sampleResult(), now: T1 }]);
    const legacy = ["2016-12-01T00:00:00.000Z", ...runLog.rows[0].slice(1, 12)];
    const chain = checkChain({ ...runLog, rows: [legacy, ...runLog.rows] }, { ...history, rows: [...history.rows] });
    expect(chain).toMatchObject({ chainedRows: 1, unchainedRows: 1, brokenAt: null });
  });
});

describe("the audit", () => {
  const cellsOf = (plan: OutputPlan, rows = plan.results!.rows) => ({ sheet: "考评结果", headerRow: 1, firstColumn: 1, header: plan.results!.headers, rows });

  it("compares Results written in English with the output fingerprint whatever language audits them", () => {
    const { plan, runLog, history } = record([{ result: sampleResult(), now: T1, lang: "en" }]);
    const audit = auditWorkbook({ result: sampleResult(), results: cellsOf(plan), runLog, history });
    expect(audit).toMatchObject({ asWritten: "same", edited: [], matchesInputs: true, inputsChanged: false });
  });

  it("names no cell when only the inputs changed; names the tier typed over when they did too", () => {
    const { plan, runLog, history } = record([{ result: sampleResult(), now: T1 }]);
    const stale = auditWorkbook({ result: second(), results: cellsOf(plan), runLog, history });
    expect(stale).toMatchObject({ asWritten: "same", edited: [], inputsChanged: true, matchesInputs: false });
    const typed = plan.results!.rows.map((r, i) => (i === 1 ? [...r.slice(0, 13), "不合格", ...r.slice(14)] : r));
    const edited = auditWorkbook({ result: second(), results: cellsOf(plan, typed), runLog, history });
    expect(edited.edited.map((e) => [e.cell, e.written, e.expected, e.basis])).toEqual([["考评结果!N3", "不合格", plan.results!.rows[1][13] ?? "", "history"]]);
    // Putting 考评结果!N3 back gives what was written: there is no other edit to speak of.
    expect(edited.editsUnattributed).toBe(false);
    // An explanation typed over as well (a column History does not record): other edits, named as such, no cell.
    const twice = typed.map((r, i) => (i === 0 ? [...r.slice(0, 15), "改过的说明"] : r));
    const more = auditWorkbook({ result: second(), results: cellsOf(plan, twice), runLog, history });
    expect(more.edited.map((e) => e.cell)).toEqual(["考评结果!N3"]);
    expect(more.editsUnattributed).toBe(true);
  });

  it("claims nothing from a History block the chain does not vouch for", () => {
    const { plan, runLog, history } = record([{ result: sampleResult(), now: T1 }]);
    const typed = plan.results!.rows.map((r, i) => (i === 0 ? [...r.slice(0, 13), "不合格", ...r.slice(14)] : r));
    const tampered = { ...history, rows: history.rows.map((r, i) => (i === 0 ? [...r.slice(0, 6), "不合格"] : r)) };
    const audit = auditWorkbook({ result: second(), results: cellsOf(plan, typed), runLog, history: tampered });
    expect(audit.record?.brokenAt).toEqual({ kind: "runlog", cell: "运行记录!A2" });
    expect(audit).toMatchObject({ edited: [], asWritten: "unknown", editsUnattributed: false });
  });
});
