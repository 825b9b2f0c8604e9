/**
 * `appraise demo out.xlsx` grades the demo's inputs through the package port,
 * as `score` grades a file (issue 18): the workbook has every owned sheet
 * (考评结果, 校验提示, 运行记录, 结果历史, 考评通报, 反馈单), the owned sheets
 * protected, one RunLog row with its digests, one History block of the 45
 * units, and `appraise verify` finds it consistent. Read back with ExcelJS and
 * openpyxl, readers independent of the package reader that wrote it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { FIXED_NOW, readBack, runCli, sheetValues, tempDir } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";
import { zipText } from "../helpers/workbooks";

const OWNED = ["考评结果", "校验提示", "考评通报", "反馈单", "结果历史", "运行记录"];
const INPUTS = ["考评对象", "指标考核", "满意度评价", "满意度测评票数", "创新争优加分", "通报扣分", "察访核验", "一票否决", "复核申请", "考评规则"];
const SHA256 = /^sha256:[0-9a-f]{64}$/;
const OPENPYXL = findPython(["openpyxl"]);

let dir: string;
let demoRun: Awaited<ReturnType<typeof runCli>>;
beforeAll(async () => {
  dir = tempDir();
  demoRun = await runCli(["demo", "demo.xlsx", "--lang", "zh"], dir);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const demoFile = (): string => path.join(dir, "demo.xlsx");

it("writes the demo, graded, and says what it found", () => {
  expect(demoRun.code).toBe(0);
  expect(demoRun.stderr).toBe("");
  expect(demoRun.stdout).toContain("党委群团类：17 个单位，已评定 17 个");
  expect(demoRun.stdout).toContain("结果已写入 demo.xlsx");
});

it("has the input sheets and every owned sheet, the print sheets included", () => {
  const names = readPackage(fs.readFileSync(demoFile())).sheets.map((s) => s.name);
  expect([...names].sort()).toEqual([...INPUTS, ...OWNED].sort());
});

it("protects every owned sheet without a password, and no input sheet", () => {
  const bytes = fs.readFileSync(demoFile());
  for (const sheet of readPackage(bytes).sheets) {
    const protection = /<sheetProtection\b[^>]*\/>/.exec(zipText(bytes, sheet.part ?? "") ?? "")?.[0] ?? null;
    if (OWNED.includes(sheet.name)) {
      expect([sheet.name, protection]).toEqual([sheet.name, expect.stringContaining('sheet="1"')]);
      expect(protection).not.toMatch(/password|hashValue/i);
    } else expect([sheet.name, protection]).toEqual([sheet.name, null]);
  }
});

it("logs one run, with its output fingerprint and chain digest", async () => {
  const log = sheetValues(await readBack(demoFile()), "运行记录");
  expect(log.length).toBe(2);
  expect(log[0].slice(-2)).toEqual(["输出指纹", "链摘要"]);
  const [row] = log.slice(1);
  expect(row[0]).toBe(FIXED_NOW.toISOString());
  expect(row[3]).toBe(45);
  expect(row[4]).toBe(45);
  expect(row[12]).toMatch(SHA256);
  expect(row[13]).toMatch(SHA256);
});

it("keeps one History block: the 45 units of Results, at the run's time", async () => {
  const wb = await readBack(demoFile());
  const history = sheetValues(wb, "结果历史").slice(1);
  const results = sheetValues(wb, "考评结果").slice(1);
  expect(history.length).toBe(45);
  expect(new Set(history.map((r) => r[0]))).toEqual(new Set([FIXED_NOW.toISOString()]));
  expect(history.map((r) => [r[2], r[4], r[5], r[6]]).sort()).toEqual(results.map((r) => [r[0], r[10], r[11], r[13]]).sort());
});

it("has the notice and the feedback letters", async () => {
  const wb = await readBack(demoFile());
  const text = (sheet: string): string => JSON.stringify(sheetValues(wb, sheet));
  expect(text("考评通报")).toContain("2016年度绩效考评结果");
  expect(text("考评通报")).toContain("经济管理类和其他类（14个）");
  expect(text("考评通报")).toContain("二等（一票否决）");
  // One letter per unit, each with the appeal line (no feedback.date in the demo's Rules: the number of days, no date).
  const firsts = sheetValues(wb, "反馈单").map((r) => r[0]);
  const letters = firsts.filter((v) => typeof v === "string" && v.startsWith("单位："));
  const results = sheetValues(wb, "考评结果").slice(1);
  expect(letters).toEqual(results.map((r) => `单位：${r[0]}\u3000\u3000类别：${r[1]}`));
  expect(firsts.filter((v) => v === "如对考评结果有异议，请于反馈之日起7个工作日内向区绩效办提出复核申请。").length).toBe(45);
});

it("passes verify: Results as written, the inputs those of the run, the record chained", async () => {
  const verify = await runCli(["verify", "demo.xlsx", "--json", "-"], dir);
  expect(verify.code).toBe(0);
  expect(verify.stderr).toBe("");
  expect(JSON.parse(verify.stdout)).toMatchObject({
    matches: true,
    inputsChanged: false,
    asWritten: "same",
    edited: [],
    record: { chainedRows: 1, unchainedRows: 0, brokenAt: null },
    findings: [],
  });
});

it("is what score writes for the demo's inputs at the same time: the same owned sheets, part for part", async () => {
  expect((await runCli(["demo", "in.xlsx", "--inputs-only"], dir)).code).toBe(0);
  expect((await runCli(["score", "in.xlsx", "--out", "scored.xlsx", "--lang", "zh"], dir)).code).toBe(0);
  const sheets = (file: string): Map<string, string | null> => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return new Map(readPackage(bytes).sheets.map((s) => [s.name, zipText(bytes, s.part ?? "")]));
  };
  const demo = sheets("demo.xlsx");
  const scored = sheets("scored.xlsx");
  for (const name of OWNED) expect([name, demo.get(name)]).toEqual([name, scored.get(name)]);
});

it("refuses to replace an existing file unless --force", async () => {
  const before = fs.readFileSync(demoFile());
  const again = await runCli(["demo", "demo.xlsx"], dir);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("--force");
  expect(fs.readFileSync(demoFile()).equals(before)).toBe(true);
  const later = new Date(FIXED_NOW.getTime() + 60_000);
  expect((await runCli(["demo", "demo.xlsx", "--force"], dir, { LANG: "en_US.UTF-8" }, later)).code).toBe(0);
  // Replaced, not graded again on top: a new workbook has one run.
  expect(
    sheetValues(await readBack(demoFile()), "运行记录")
      .slice(1)
      .map((r) => r[0]),
  ).toEqual([later.toISOString()]);
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "an independent reader", () => {
  it("opens the demo and sees the owned sheets protected, the input sheets not", () => {
    const out = runPython(
      OPENPYXL as string,
      "import openpyxl, sys, json; wb = openpyxl.load_workbook(sys.argv[1]); print(json.dumps({ws.title: bool(ws.protection.sheet) for ws in wb.worksheets}))",
      [demoFile()],
    );
    const sheets = JSON.parse(out) as Record<string, boolean>;
    expect(Object.keys(sheets).sort()).toEqual([...INPUTS, ...OWNED].sort());
    for (const [name, on] of Object.entries(sheets)) expect([name, on]).toEqual([name, OWNED.includes(name)]);
  });
});
