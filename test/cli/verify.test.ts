/**
 * `appraise verify` (SPEC §7) on a graded copy: it matches as written; after
 * openpyxl (an independent writer) changes one tier and one composite in
 * 考评结果 it names exactly those two cells; after it changes an input score
 * it says the inputs changed since the last run. The file is never changed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";

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

  it("says the inputs changed since the last run after an input score is changed, and exits 1", async () => {
    const python = OPENPYXL as string;
    const out = runPython(python, EDIT, [path.join(dir, "in.graded.xlsx"), path.join(dir, "input-edited.xlsx"), JSON.stringify([["指标考核", "F2", 0]])]);
    expect(JSON.parse(out.trim())).not.toBe(0);
    const run = await runCli(["verify", "input-edited.xlsx", "--lang", "en"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("the inputs changed since the last run");
  });
});
