/**
 * `appraise verify` (SPEC §7) on a graded copy: it matches as written; after
 * openpyxl (an independent writer) changes one tier and one composite in
 * 考评结果 it names exactly those two cells; after it changes an input score
 * it names no cell (out of date, not edited: issue 17) and says the inputs
 * changed; after a hand edit and an input change it names the hand-edited
 * cell alone; a deleted History row, an edited or deleted earlier RunLog row
 * and the History of a deleted last RunLog row are found through the chain
 * digest; a RunLog written before the audit's columns still verifies, with
 * what can be checked said. The file is never changed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";
import { rewriteZip } from "../helpers/workbooks";

const OPENPYXL = findPython(["openpyxl"]);

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeDemoInput(dir);
  expect((await runCli(["score", "in.xlsx", "--lang", "zh"], dir)).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Edits cells with openpyxl: each edit is [sheet, cell, value]; prints each old value. */
const EDIT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for sheet, cell, value in json.loads(sys.argv[3]):
    ws = wb[sheet]
    print(json.dumps(ws[cell].value, ensure_ascii=False))
    ws[cell].value = value
wb.save(sys.argv[2])
`;

describe("verify", () => {
  it("exits 0 on a fresh graded copy and says Results match the inputs of the last run", async () => {
    const before = fs.readFileSync(path.join(dir, "in.graded.xlsx"));
    const run = await runCli(["verify", "in.graded.xlsx", "--lang", "zh"], dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("考评结果与输入一致；输入与上次运行相同");
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "in.graded.xlsx")).equals(before)).toBe(true);
  });

  it("exits 2 with the reason when the file cannot be read", async () => {
    fs.writeFileSync(path.join(dir, "empty.xlsx"), "");
    const run = await runCli(["verify", "empty.xlsx", "--lang", "en"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the file is empty");
  });

  it("says a copy whose workbook part uses an undeclared prefix may not open elsewhere (an earlier Appraise wrote such copies), and exits 1", async () => {
    const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const graded = fs.readFileSync(path.join(dir, "in.graded.xlsx"));
    // As the first package writer left openpyxl 3.0's inputs: r:id on every <sheet>, r: declared nowhere.
    const broken = rewriteZip(graded, (name, text) => (name === "xl/workbook.xml" ? text.split(R).join("") : text));
    expect(broken.equals(graded)).toBe(false);
    fs.writeFileSync(path.join(dir, "broken.xlsx"), broken);
    const run = await runCli(["verify", "broken.xlsx", "--json", "-", "--lang", "en"], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.matches).toBe(false);
    expect(report.damagedPart.part).toBe("xl/workbook.xml");
    expect(report.damagedPart.reason).toMatch(/unbound namespace prefix: "r"/);
    const text = await runCli(["verify", "broken.xlsx", "--lang", "zh"], dir);
    expect(text.stdout.split("\n")[0]).toMatch(/^工作簿的部件 xl\/workbook\.xml 不是合格的 XML.*appraise score 原文件\.xlsx --force/);
    // The fresh copy has no such finding.
    const fresh = JSON.parse((await runCli(["verify", "in.graded.xlsx", "--json", "-"], dir)).stdout);
    expect(fresh.damagedPart).toBeNull();
  });

  it("takes only --json and --lang", async () => {
    const run = await runCli(["verify", "in.graded.xlsx", "--out", "x.xlsx"], dir);
    expect(run.code).toBe(2);
  });
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "verify after openpyxl edits", () => {
  it("names exactly the tier and the composite changed by hand in 考评结果, and exits 1", async () => {
    const python = OPENPYXL as string;
    const [tier] = runPython(python, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "probe.xlsx"), JSON.stringify([["考评结果", "N2", "x"]])])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string);
    const newTier = tier === "一等" ? "二等" : "一等";
    const out = runPython(python, EDIT, [
      path.join(dir, "in.graded.xlsx"),
      path.join(dir, "edited.xlsx"),
      JSON.stringify([
        ["考评结果", "N2", newTier],
        ["考评结果", "K4", 12.5],
      ]),
    ]);
    const composite = Number(JSON.parse(out.trim().split("\n")[1]));
    const run = await runCli(["verify", "edited.xlsx", "--lang", "zh"], dir);
    expect(run.code).toBe(1);
    const cells = run.stdout.split("\n").filter((l) => l.startsWith("  "));
    expect(cells).toEqual([`  考评结果!N2 写的是${newTier}，按输入应为${tier}`, `  考评结果!K4 写的是12.50，按输入应为${composite.toFixed(2)}`]);
    expect(run.stdout).toContain("考评结果有 2 个单元格被手工改动；输入与上次运行相同");

    const json = await runCli(["verify", "edited.xlsx", "--json", "-", "--lang", "en"], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.matches).toBe(false);
    expect(report.inputsChanged).toBe(false);
    expect(report.edited.map((e: { cell: string }) => e.cell)).toEqual(["考评结果!N2", "考评结果!K4"]);
    expect(report.edited[0].message).toBe(`考评结果!N2 says ${newTier}; the inputs give ${tier}`);
  });

  it("after an input change only, names no cell: the Results are out of date, not edited (exit 1)", async () => {
    const python = OPENPYXL as string;
    const out = runPython(python, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "input-edited.xlsx"), JSON.stringify([["指标考核", "F2", 0]])]);
    expect(JSON.parse(out.trim())).not.toBe(0);
    const run = await runCli(["verify", "input-edited.xlsx", "--lang", "en"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("考评结果 was not edited by hand, but is out of date; the inputs changed since the last run");
    expect(run.stdout).not.toContain("edited by hand\n");
    const zh = await runCli(["verify", "input-edited.xlsx", "--lang", "zh"], dir);
    expect(zh.stdout).toContain("考评结果未被手工改动，但已过期；上次运行后输入已改动");
    const report = JSON.parse((await runCli(["verify", "input-edited.xlsx", "--json", "-"], dir)).stdout);
    expect(report.edited).toEqual([]);
    expect(report.inputsChanged).toBe(true);
    expect(report.asWritten).toBe("same");
    expect(report.matchesInputs).toBe(false);
    expect(report.matches).toBe(false);
    expect(report.record).toEqual({ chainedRows: 1, unchainedRows: 0, brokenAt: null });
  });

  it("after a hand edit and an input change, names the hand-edited cell alone, from the History the chain vouches for", async () => {
    const python = OPENPYXL as string;
    const [tier] = runPython(python, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "probe.xlsx"), JSON.stringify([["考评结果", "N3", "x"]])])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string);
    const newTier = tier === "一等" ? "二等" : "一等";
    const edits = [
      ["考评结果", "N3", newTier],
      ["指标考核", "F2", 0],
    ];
    runPython(python, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "both.xlsx"), JSON.stringify(edits)]);
    const run = await runCli(["verify", "both.xlsx", "--json", "-", "--lang", "zh"], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.edited.map((e: { cell: string }) => e.cell)).toEqual(["考评结果!N3"]);
    expect(report.edited[0].message).toBe(`考评结果!N3 写的是${newTier}，上次运行写入的是${tier}`);
    expect(report.inputsChanged).toBe(true);
    expect(report.asWritten).toBe("differ");
    // Putting 考评结果!N3 back as History recorded it gives the output fingerprint: no other edit is claimed.
    expect(report.editsUnattributed).toBe(false);
    const text = await runCli(["verify", "both.xlsx", "--lang", "en"], dir);
    expect(text.stdout).toContain("考评结果 has 1 cell edited by hand; the inputs changed since the last run");
    expect(text.stdout).not.toContain("cannot be traced");
  });

  it("after an input change and a hand edit of a column History does not record, names no cell and says an edit happened", async () => {
    const edits = [
      ["考评结果", "C2", 1],
      ["指标考核", "F2", 0],
    ];
    runPython(OPENPYXL as string, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "unnamed.xlsx"), JSON.stringify(edits)]);
    const run = await runCli(["verify", "unnamed.xlsx", "--lang", "zh"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("考评结果在上次运行写入后被改动过，但无法确指是哪些单元格；上次运行后输入已改动");
    expect(run.stdout.split("\n").filter((l) => l.startsWith("  "))).toEqual([]);
  });
});

/** Deletes sheet rows with openpyxl (the table keeps its range, as a person deleting cells' contents leaves it), or edits cells. */
const DELETE_ROWS = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for sheet, row in json.loads(sys.argv[3]):
    wb[sheet].delete_rows(row)
wb.save(sys.argv[2])
`;

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "verify finds a changed or deleted record row", () => {
  beforeAll(async () => {
    // Two runs: the graded copy, then the copy graded again after an input changed (a second RunLog row and History block).
    runPython(OPENPYXL as string, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "second.xlsx"), JSON.stringify([["指标考核", "F2", 0]])]);
    expect((await runCli(["score", "second.xlsx", "--out", "twice.xlsx", "--lang", "zh"], dir)).code).toBe(0);
  });

  it("exits 0 on a record of two runs, the chain holding", async () => {
    const report = JSON.parse((await runCli(["verify", "twice.xlsx", "--json", "-"], dir)).stdout);
    expect(report.record).toEqual({ chainedRows: 2, unchainedRows: 0, brokenAt: null });
    expect(report.matches).toBe(true);
  });

  it.each([
    ["a deleted History row of the first run", "delete", [["结果历史", 5]], "运行记录!A2"],
    ["an edited earlier RunLog row (its warning count)", "edit", [["运行记录", "G2", 99]], "运行记录!A2"],
    ["a deleted earlier RunLog row", "delete", [["运行记录", 2]], "运行记录!A2"],
  ])("finds %s (%s %j): the chain breaks at %s, in both languages (exit 1)", async (_what, how, edits, cell) => {
    runPython(OPENPYXL as string, how === "delete" ? DELETE_ROWS : EDIT, [
      path.join(dir, "twice.xlsx"),
      path.join(dir, "tampered.xlsx"),
      JSON.stringify(edits),
    ]);
    const report = JSON.parse((await runCli(["verify", "tampered.xlsx", "--json", "-"], dir)).stdout);
    expect(report.record.brokenAt).toEqual({ kind: "runlog", cell });
    const zh = await runCli(["verify", "tampered.xlsx", "--lang", "zh"], dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(`记录链在${cell}断开：这一行、它之前的某行，或它记下的结果历史被改动或删除`);
    const en = await runCli(["verify", "tampered.xlsx", "--lang", "en"], dir);
    expect(en.stdout).toContain(`The record's chain breaks at ${cell}: this row, a row before it, or the History it recorded was changed or deleted`);
  });

  it("finds the History block of a deleted last RunLog row", async () => {
    runPython(OPENPYXL as string, DELETE_ROWS, [path.join(dir, "twice.xlsx"), path.join(dir, "no-last.xlsx"), JSON.stringify([["运行记录", 3]])]);
    const report = JSON.parse((await runCli(["verify", "no-last.xlsx", "--json", "-"], dir)).stdout);
    expect(report.record.brokenAt).toEqual({ kind: "history", cell: "结果历史!A47" });
    // The Results are those of the deleted run, not what the remaining record says Appraise wrote: no edit is claimed.
    expect(report.edited).toEqual([]);
    expect(report.editsUnattributed).toBe(false);
    expect(report.asWritten).toBe("unknown");
    const zh = await runCli(["verify", "no-last.xlsx", "--lang", "zh"], dir);
    expect(zh.stdout).toContain("考评结果与输入一致；上次运行后输入已改动");
    expect(zh.stdout).toContain("结果历史!A47起的结果历史不属于任何一次运行：记下它的运行记录行被删除，或这些行被改动");
  });
});

/** Makes a RunLog as an Appraise before the audit's columns wrote it: the last two columns gone, table and all. */
const LEGACY = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["运行记录"]
t = ws.tables["RunLog"]
ws.delete_cols(13, 2)
t.ref = "A1:L2"
t.autoFilter.ref = "A1:L2"
t.tableColumns = t.tableColumns[:12]
for sheet, cell, value in json.loads(sys.argv[3]):
    wb[sheet][cell].value = value
wb.save(sys.argv[2])
`;

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "verify on a workbook graded before the audit's columns", () => {
  it("after an input change, names no cell and says only staleness can be checked", async () => {
    runPython(OPENPYXL as string, LEGACY, [path.join(dir, "in.graded.xlsx"), path.join(dir, "old-input.xlsx"), JSON.stringify([["指标考核", "F2", 0]])]);
    const report = JSON.parse((await runCli(["verify", "old-input.xlsx", "--json", "-", "--lang", "zh"], dir)).stdout);
    expect(report.edited).toEqual([]);
    expect(report.inputsChanged).toBe(true);
    expect(report.asWritten).toBe("unknown");
    expect(report.record).toEqual({ chainedRows: 0, unchainedRows: 1, brokenAt: null });
    const run = await runCli(["verify", "old-input.xlsx", "--lang", "en"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("考评结果 differs from what the inputs give (out of date); the inputs changed since the last run");
    expect(run.stdout).toContain(
      "The RunLog was written by an older version, without output fingerprints or chain digests: only whether the inputs changed can be checked",
    );
  });

  it("with the inputs of the last run, names a cell edited by hand, as before", async () => {
    runPython(OPENPYXL as string, LEGACY, [path.join(dir, "in.graded.xlsx"), path.join(dir, "old-edit.xlsx"), JSON.stringify([["考评结果", "C2", 1]])]);
    const report = JSON.parse((await runCli(["verify", "old-edit.xlsx", "--json", "-", "--lang", "zh"], dir)).stdout);
    expect(report.edited.map((e: { cell: string }) => e.cell)).toEqual(["考评结果!C2"]);
    expect(report.inputsChanged).toBe(false);
  });

  it("graded again, gets the two columns: the old row unchecked, the new one chained, and verifies clean", async () => {
    runPython(OPENPYXL as string, LEGACY, [path.join(dir, "in.graded.xlsx"), path.join(dir, "old.xlsx"), "[]"]);
    expect((await runCli(["score", "old.xlsx", "--out", "old.regraded.xlsx", "--lang", "zh"], dir)).code).toBe(0);
    const run = await runCli(["verify", "old.regraded.xlsx", "--json", "-"], dir);
    const report = JSON.parse(run.stdout);
    expect(report.record).toEqual({ chainedRows: 1, unchainedRows: 1, brokenAt: null });
    expect(report.findings).toEqual(["1 RunLog row has no chain digest (written by an older version) and cannot be checked"]);
    expect(report.matches).toBe(true);
    expect(run.code).toBe(0);
  });
});
