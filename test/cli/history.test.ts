/**
 * History (结果历史) in the command line's copy (SPEC §6): the first run writes
 * a block of every unit; grading the copy again with the same inputs adds no
 * block and reports no change; after an input changes (edited by openpyxl)
 * it appends a block below the old rows and lists the units that changed,
 * in the summary and in the JSON's `changes`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { loggedRows } from "../../src/workbook/xlsx/runLogRows";
import { FIXED_NOW, runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";

const OPENPYXL = findPython(["openpyxl"]);

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeDemoInput(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const historyRows = (file: string) => loggedRows(readPackage(fs.readFileSync(path.join(dir, file))), OUTPUT_SHEETS.history);

describe("History in the graded copy", () => {
  it("writes one block of every unit on the first run, with no changes to report", async () => {
    const run = await runCli(["score", "in.xlsx", "--json", "first.json", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    const { headers, rows } = historyRows("in.graded.xlsx");
    expect(headers).toEqual(["运行时间", "输入指纹", "单位", "类别", "综合得分", "名次", "等次"]);
    expect(rows).toHaveLength(45);
    expect(rows[0][0]).toBe(FIXED_NOW.toISOString());
    const report = JSON.parse(fs.readFileSync(path.join(dir, "first.json"), "utf8"));
    expect(report.changes).toEqual({ since: null, units: [] });
    expect(run.stdout).not.toContain("自上次运行以来");
  });

  it("adds no block when the copy is graded again with the same inputs, and says nothing changed", async () => {
    const run = await runCli(["score", "in.graded.xlsx", "--out", "again.xlsx", "--lang", "en"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No results changed since the last run");
    expect(historyRows("again.xlsx").rows).toEqual(historyRows("in.graded.xlsx").rows);
  });
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "History after an input changes", () => {
  it("appends a block below the old rows and lists the changed units in the summary and the JSON", async () => {
    runPython(OPENPYXL as string, "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb['指标考核']['F2'].value = 0\nwb.save(sys.argv[2])", [
      path.join(dir, "in.graded.xlsx"),
      path.join(dir, "changed.xlsx"),
    ]);
    const run = await runCli(["score", "changed.xlsx", "--out", "changed.graded.xlsx", "--json", "changes.json", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "changes.json"), "utf8"));
    expect(report.changes.since).toBe(FIXED_NOW.toISOString());
    expect(report.changes.units.length).toBeGreaterThan(0);
    const unit = report.changes.units[0];
    expect(unit.before).not.toEqual(unit.after);
    expect(run.stdout).toContain(`自上次运行以来 ${report.changes.units.length} 个单位的结果有变化`);
    expect(run.stdout).toContain(`  ${unit.message}`);
    const before = historyRows("in.graded.xlsx").rows;
    const after = historyRows("changed.graded.xlsx").rows;
    expect(after).toHaveLength(90);
    expect(after.slice(0, 45)).toEqual(before);
    expect(after[45][1]).toBe(report.inputFingerprint);
  });
});
