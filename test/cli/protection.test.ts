/**
 * The graded copy's owned sheets are protected against accidental edits,
 * without a password (issue 11), and the user's sheets are not: openpyxl, an
 * independent reader, sees the protection; grading the copy again still works.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";
import { zipText } from "../helpers/workbooks";

const OWNED = ["考评结果", "校验提示", "考评通报", "反馈单", "结果历史", "运行记录"];
const OPENPYXL = findPython(["openpyxl"]);

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeDemoInput(dir, "in.xlsx");
  expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("protects every owned sheet without a password, and no input sheet", () => {
  const bytes = fs.readFileSync(path.join(dir, "in.graded.xlsx"));
  for (const sheet of readPackage(bytes).sheets) {
    const xml = zipText(bytes, sheet.part ?? "") ?? "";
    const protection = /<sheetProtection\b[^>]*\/>/.exec(xml)?.[0] ?? null;
    if (OWNED.includes(sheet.name)) {
      expect([sheet.name, protection]).toEqual([sheet.name, expect.stringContaining('sheet="1"')]);
      expect(protection).not.toMatch(/password|hashValue/i);
    } else expect([sheet.name, protection]).toEqual([sheet.name, null]);
  }
});

it("grades a protected copy again", async () => {
  const again = await runCli(["score", "in.graded.xlsx", "--out", "again.xlsx"], dir);
  expect(again.code).toBe(0);
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "an independent reader", () => {
  it("sees the owned sheets protected, the input sheets not", () => {
    const out = runPython(
      OPENPYXL as string,
      "import openpyxl, sys, json; wb = openpyxl.load_workbook(sys.argv[1]); print(json.dumps({ws.title: bool(ws.protection.sheet) for ws in wb.worksheets}))",
      [path.join(dir, "in.graded.xlsx")],
    );
    const protectedSheets = JSON.parse(out) as Record<string, boolean>;
    for (const [name, on] of Object.entries(protectedSheets)) expect([name, on]).toEqual([name, OWNED.includes(name)]);
  });
});
