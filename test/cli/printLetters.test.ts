/**
 * Issue 17, item 7 on paper: `appraise print` of a graded workbook with a
 * unit vetoed down to 三等 above a rank-after-it 二等, a unit below the
 * threshold and a unit whose findings include a late appeal, read back with
 * pdftotext as the unit reading its letter and the district reading its
 * notice would. And the same letters and notice through both adapters: the
 * package writer (`score`) and the Office.js adapter (the fake Excel host).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Workbook } from "exceljs";
import { parseLocalAddress } from "../../src/engine/address";
import { VERSION } from "../../src/version";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { portOf } from "../excel/helpers";
import { FIXED_NOW, readBack, runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, SOFFICE } from "../helpers/external";
import { copySheetText, fakeFromFile, hostSheetText } from "../helpers/golden";
import { APPEALED, BELOW_THRESHOLD, letterScenario, RANKED_AFTER_IT, VETOED_FIRST, VETOED_TO_THIRD } from "../helpers/letterScenario";

const POPPLER = spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).status === 0;
const ENV = { ...(process.env as Record<string, string>), LANG: "en_US.UTF-8", LC_ALL: "" };

interface JsonUnit {
  unit: string;
  composite: number | null;
  rank: number | null;
  tier: string | null;
  margin: number | null;
}
interface JsonDiagnostic {
  code: string;
  cell: string | null;
  message: string;
}
interface Report {
  units: JsonUnit[];
  diagnostics: JsonDiagnostic[];
}

let dir: string;
const reports: Record<"zh" | "en", Report> = {} as Record<"zh" | "en", Report>;
beforeAll(async () => {
  dir = tempDir();
  await writeDemoInput(dir, "in.xlsx", letterScenario);
  for (const lang of ["zh", "en"] as const) {
    const run = await runCli(["score", "in.xlsx", "--out", `${lang}.xlsx`, "--json", `${lang}.json`, "--lang", lang], dir, ENV);
    expect(run.code).toBe(0);
    reports[lang] = JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), "utf8")) as Report;
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The PDF's pages as text, each with its whitespace removed (a wrapped line joins up again) or collapsed to one space. */
function pdfPages(file: string, join: "" | " "): string[] {
  const run = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(run.status).toBe(0);
  return run.stdout.split("\f").map((p) => p.replace(/\s+/g, join).trim());
}

/** The one page that is the named unit's letter. */
function letterPage(pages: readonly string[], head: string): string {
  const found = pages.filter((p) => p.includes(head));
  expect(found).toHaveLength(1);
  return found[0] as string;
}

/** A sheet of the graded copy as text, a merged range's value in its first cell only (as Excel gives it; ExcelJS repeats it). */
function mastersOnly(graded: Workbook, sheet: string): string[][] | null {
  const ws = graded.getWorksheet(sheet);
  const text = copySheetText(graded, sheet);
  if (ws === undefined || text === null) return null;
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const out = text.map((row) => [...row]);
  for (const m of merges) {
    const range = parseLocalAddress(m);
    if (range === null) throw new Error(`Not a merged range: ${m}`);
    for (let r = range.row; r <= range.lastRow; r++)
      for (let c = range.column; c <= range.lastColumn; c++) {
        const row = out[r - 1];
        if ((r !== range.row || c !== range.column) && row !== undefined && c <= row.length) row[c - 1] = "";
      }
  }
  return out;
}

/**
 * Without trailing blanks, in a row and at the end (a used range ends at its
 * last value in Excel, at its last written cell in a file; ExcelJS gives a
 * row up to its last value).
 */
function trimmed(rows: string[][] | null): string[][] {
  const trimRow = (row: string[]): string[] => {
    const r = [...row];
    while (r.length > 0 && r.at(-1) === "") r.pop();
    return r;
  };
  const out = (rows ?? []).map(trimRow);
  while (out.length > 0 && (out.at(-1) as string[]).length === 0) out.pop();
  return out;
}

/** A sheet-qualified cell address, as the Warnings sheet gives one: 考评对象!A4, 一票否决!B2. */
const CELL = /[!！]\$?[A-Z]{1,3}\$?\d/;

describeWith(
  "LibreOffice and poppler-utils",
  SOFFICE && POPPLER,
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils",
  "appraise print: the letters and the notice on paper",
  () => {
    it("prints letters with no cell address, the threshold and veto margins, no APPEAL_LATE, and a notice that marks the veto (zh)", async () => {
      const run = await runCli(["print", "zh.xlsx", "--out", "zh.pdf"], dir, ENV);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const pages = pdfPages(path.join(dir, "zh.pdf"), "");
      const letters = pages.filter((p) => p.includes("反馈单"));
      expect(letters.length).toBe(reports.zh.units.length);
      // The office's findings carry cells (考评对象!A42, 一票否决!B2, …); no letter does.
      expect(reports.zh.diagnostics.filter((d) => d.cell !== null).length).toBeGreaterThan(5);
      for (const p of letters) {
        expect(p).not.toMatch(CELL);
        expect(p).not.toContain("考评对象!");
      }
      const report = reports.zh;
      const unit = (name: string) => report.units.find((u) => u.unit === name) as JsonUnit;
      expect(unit(BELOW_THRESHOLD).composite).toBe(885.71);
      const below = letterPage(letters, `单位：${BELOW_THRESHOLD}`);
      expect(below).toContain("与合格线（900分）的差距：14.29分");
      expect(below).not.toContain("与上一等次的差距");
      const third = letterPage(letters, `单位：${VETOED_TO_THIRD}`);
      expect(third).toContain("一票否决（党风廉政建设）：由二等降为三等");
      expect(third).not.toContain("与上一等次的差距");
      expect(letterPage(letters, `单位：${VETOED_FIRST}`)).toContain("一票否决（安全生产）：由一等降为二等");
      const appealed = letterPage(letters, `单位：${APPEALED}`);
      const late = report.diagnostics.find((d) => d.code === "APPEAL_LATE") as JsonDiagnostic;
      expect(appealed).not.toContain(late.message.replace(/\s+/g, ""));
      expect(appealed).not.toContain("复核申请2017-03-06提出");
      // Its other finding is there, as a plain sentence.
      expect(appealed).toContain("校验提示：通报日期2015-12-21不在考评期2016-01-01～2016-12-31内，不扣分。");
      // The notice: rank 7 reads 三等（一票否决）, above rank 8's 二等.
      const notice = pages.filter((p) => !p.includes("反馈单")).join("");
      const composite = (name: string) => (unit(name).composite as number).toFixed(2);
      expect(notice).toContain(`7${VETOED_TO_THIRD}${composite(VETOED_TO_THIRD)}三等（一票否决）`);
      expect(notice).toContain(`8${RANKED_AFTER_IT}${composite(RANKED_AFTER_IT)}二等`);
      expect(notice).toMatch(new RegExp(`三等（\\d+个）：[^：]*${VETOED_TO_THIRD}（一票否决）`));
    }, 240_000);

    it("says the same in English", async () => {
      const run = await runCli(["print", "en.xlsx", "--out", "en.pdf"], dir, ENV);
      expect(run.code).toBe(0);
      const pages = pdfPages(path.join(dir, "en.pdf"), " ");
      const letters = pages.filter((p) => p.includes("feedback of results"));
      expect(letters.length).toBe(reports.en.units.length);
      for (const p of letters) expect(p).not.toMatch(CELL);
      expect(letterPage(letters, `Unit: ${BELOW_THRESHOLD} `)).toContain("Points to reach the threshold of 900: 14.29");
      expect(letterPage(letters, `Unit: ${VETOED_TO_THIRD} `)).toContain("Veto (党风廉政建设): lowered from Second to Third");
      expect(letterPage(letters, `Unit: ${APPEALED} `)).not.toContain("The appeal of");
      const notice = pages.filter((p) => !p.includes("feedback of results")).join(" ");
      expect(notice).toMatch(new RegExp(`7 ${VETOED_TO_THIRD} [\\d.]+ Third \\(veto\\)`));
    }, 240_000);
  },
);

describe("the letters and the notice through both adapters", () => {
  it("are the same text, cell for cell, from appraise score and from the add-in", async () => {
    const graded = await readBack(path.join(dir, "zh.xlsx"));
    const host = await fakeFromFile(path.join(dir, "in.xlsx"));
    const { written } = await runAppraisal(portOf(host), { lang: "zh", version: VERSION, now: FIXED_NOW });
    expect(written).toBe(true);
    for (const sheet of ["考评通报", "反馈单"]) {
      const fromCli = trimmed(mastersOnly(graded, sheet));
      expect(fromCli.length).toBeGreaterThan(50);
      expect(trimmed(hostSheetText(host, sheet))).toEqual(fromCli);
      const text = (fromCli ?? []).flat().join("\n");
      expect(text).not.toMatch(CELL);
      expect(text).toContain(sheet === "考评通报" ? "三等（一票否决）" : "与合格线（900 分）的差距：14.29 分");
    }
  }, 120_000);
});
