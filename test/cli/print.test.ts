/**
 * The plan's paperwork on paper: `appraise print` turns a graded copy's
 * 反馈单 and 考评通报 into a PDF through LibreOffice, read back with
 * poppler's pdfinfo and pdftotext as an office worker would read the pages.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { TIER_LABELS } from "../../src/engine/tierLabels";
import type { Tier } from "../../src/engine/types";
import { runCli, setCell, sofficeSheets, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, SOFFICE } from "../helpers/external";

const POPPLER = spawnSync("pdfinfo", ["-v"], { encoding: "utf8" }).status === 0;
/** The machine's environment (PATH finds soffice), in English. */
const ENV = { ...(process.env as Record<string, string>), LANG: "en_US.UTF-8", LC_ALL: "" };

interface JsonUnit {
  unit: string;
  category: string;
  composite: number | null;
  rank: number | null;
  categorySize: number | null;
  tier: Tier | null;
  graded: boolean;
}

/** A unit in a tier line: one a veto lowered is marked (the demo's 区安监和环保局, 一等 → 二等; see test/workbook/letterFindings.test.ts). */
const marked = (unit: string): string => (unit === "区安监和环保局" ? `${unit}（一票否决）` : unit);

let dir: string;
let units: JsonUnit[];
beforeAll(async () => {
  dir = tempDir();
  const rulesRow = (t: Parameters<typeof setCell>[0]) => {
    const rules = t.find((x) => x.decl.name === "Rules");
    return rules ? rules.rows.findIndex((r) => r[0] === "feedback.date") : -1;
  };
  // The demo with a feedback date: 2017-01-25, so the deadline crosses the Spring Festival.
  await writeDemoInput(dir, "in.xlsx", (t) => setCell(t, "Rules", rulesRow(t), "Value", "2017-01-25"));
  const run = await runCli(["score", "in.xlsx", "--json", "report.json", "--lang", "zh"], dir, ENV);
  expect(run.code).toBe(0);
  units = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")).units;
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pdftotext = (file: string, page: number): string =>
  spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", file, "-"], { encoding: "utf8" }).stdout;
const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1]);

describeWith(
  "LibreOffice and poppler-utils",
  SOFFICE && POPPLER,
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils",
  "appraise print",
  () => {
    it("prints the 反馈单 of the demo's 45 units on exactly 45 pages, page 3 holding that unit's result and deadline", async () => {
      const run = await runCli(["print", "in.graded.xlsx", "--only", "feedback", "--out", "feedback.pdf"], dir, ENV);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("Printed “反馈单” to feedback.pdf\n");
      const pdf = path.join(dir, "feedback.pdf");
      expect(pages(pdf)).toBe(45);
      const third = units[2] as JsonUnit;
      const text = pdftotext(pdf, 3).replace(/\s+/g, " ");
      expect(text).toContain(third.unit);
      expect(text).toContain((third.composite as number).toFixed(2));
      expect(text).toContain(`名次：第${third.rank}名/${third.categorySize}`);
      expect(text).toContain(`初步等次：${TIER_LABELS[third.tier as Tier].zh}`);
      expect(text).toContain("2017-02-09");
      // Page 3 is that unit's letter alone.
      expect(text).not.toContain((units[3] as JsonUnit).unit);
    }, 180_000);

    it("prints both documents into one PDF by default, beside the workbook", async () => {
      const run = await runCli(["print", "in.graded.xlsx"], dir, ENV);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("Printed “考评通报” and “反馈单” to in.graded.pdf\n");
      expect(pages(path.join(dir, "in.graded.pdf"))).toBeGreaterThan(45);
      expect(pdftotext(path.join(dir, "in.graded.pdf"), 1)).toContain("2016年度绩效考评结果");
    }, 180_000);

    it("writes the 考评通报 lines with exactly the units the JSON places in each tier, in rank order", () => {
      const sheet = sofficeSheets(path.join(dir, "in.graded.xlsx")).get("考评通报") ?? [];
      const lines = sheet.map((r) => r[0] ?? "");
      const categories = [...new Set(units.map((u) => u.category))];
      for (const category of categories) {
        const inCategory = units.filter((u) => u.category === category);
        expect(lines).toContain(`${category}（${inCategory.length}个）`);
        for (const tier of ["first", "second", "third", "unqualified"] as const) {
          const names = inCategory
            .filter((u) => u.tier === tier)
            .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
            .map((u) => u.unit);
          if (names.length > 0) expect(lines).toContain(`${TIER_LABELS[tier].zh}（${names.length}个）：${names.map(marked).join("、")}`);
        }
      }
    }, 120_000);

    it("says 暂定 for a category with an ungraded unit", async () => {
      await writeDemoInput(dir, "prov.xlsx", (t) =>
        t.map((x) => (x.decl.name === "Satisfaction" ? { ...x, rows: x.rows.filter((r) => r[0] !== "区统计局") } : x)),
      );
      expect((await runCli(["score", "prov.xlsx", "--lang", "zh"], dir, ENV)).code).toBe(0);
      const lines = (sofficeSheets(path.join(dir, "prov.graded.xlsx")).get("考评通报") ?? []).map((r) => r[0] ?? "");
      expect(lines).toContain("经济管理类和其他类（14个）（暂定）");
      expect(lines).toContain("未评定（1个）：区统计局");
    }, 120_000);
  },
);

describe("appraise print without what it needs", () => {
  it("says how to install LibreOffice when it is missing, and exits 2", async () => {
    const d = tempDir();
    try {
      await writeDemoInput(d, "in.xlsx");
      expect((await runCli(["score", "in.xlsx"], d, ENV)).code).toBe(0);
      const run = await runCli(["print", "in.graded.xlsx"], d, { ...ENV, APPRAISE_SOFFICE: path.join(d, "no-such-soffice") });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        "Printing to PDF needs LibreOffice, and the soffice command was not found. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc-nogui;",
      );
      expect(fs.existsSync(path.join(d, "in.graded.pdf"))).toBe(false);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("refuses a workbook Appraise has not graded, saying to run score first", async () => {
    const d = tempDir();
    try {
      await writeDemoInput(d, "in.xlsx");
      const run = await runCli(["print", "in.xlsx", "--lang", "zh"], d, ENV);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe("in.xlsx 中没有 Appraise 写的“考评通报”或“反馈单”工作表：请先运行 appraise score，再打印它写出的副本。\n");
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("rejects --only with another value", async () => {
    const run = await runCli(["print", "x.xlsx", "--only", "letters"], tempDir(), ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--only must be announcement (考评通报) or feedback (反馈单), not "letters".');
  });
});
