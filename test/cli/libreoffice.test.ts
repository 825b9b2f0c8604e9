/**
 * LibreOffice as an independent reader of the graded copy: it must open the
 * file (ExcelJS writes quirks such as totalsRowShown="1"), and its view of the
 * Results sheet must match the JSON report, including a unit named "=1+1",
 * which must arrive as that text and not as the formula's value 2.
 *
 * And LibreOffice as an independent writer: the example input re-saved by
 * LibreOffice (its own table XML: no style, no filter columns) grades exactly
 * as the original.
 *
 * Needs `soffice` (Debian: libreoffice-calc-nogui; `npm run setup:tools`).
 * Missing on CI is a failure; missing elsewhere skips with a loud message.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { TIER_LABELS } from "../../src/engine/tierLabels";
import { describeWith, SOFFICE } from "../helpers/external";
import { renameUnit, runCli, sofficeResave, sofficeSheets, tempDir, writeDemoInput } from "../helpers/cli";

describeWith(
  "LibreOffice (soffice)",
  SOFFICE,
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  "LibreOffice as an independent reader and writer",
  () => {
    describe("LibreOffice reads the graded copy", () => {
      let dir: string;
      let sheets: Map<string, string[][]>;
      let report: {
        units: { unit: string; category: string; composite: number | null; tier: keyof typeof TIER_LABELS | null; rank: number | null }[];
        diagnostics: unknown[];
      };

      beforeAll(async () => {
        dir = tempDir();
        await writeDemoInput(dir, "in.xlsx", (t) => renameUnit(t, "区财政局", "=1+1"));
        const run = await runCli(["score", "in.xlsx", "--json", "report.json", "--lang", "zh"], dir);
        expect(run.code).toBe(0);
        report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
        sheets = sofficeSheets(path.join(dir, "in.graded.xlsx"));
      }, 180_000);

      afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

      it("opens every sheet", () => {
        expect([...sheets.keys()].sort()).toEqual(
          [
            "考评结果",
            "校验提示",
            "考评通报",
            "反馈单",
            "结果历史",
            "运行记录",
            "考评对象",
            "指标考核",
            "满意度评价",
            "满意度测评票数",
            "创新争优加分",
            "通报扣分",
            "察访核验",
            "一票否决",
            "复核申请",
            "考评规则",
          ].sort(),
        );
      });

      it("shows the JSON units in Results: names, composites and tier labels", () => {
        const [header, ...rows] = sheets.get("考评结果")!;
        expect(header[0]).toBe("单位");
        expect(header[10]).toBe("综合得分");
        expect(header[13]).toBe("等次");
        const seen = rows.filter((r) => r.some((c) => c !== ""));
        expect(seen.map((r) => r[0])).toEqual(report.units.map((u) => u.unit));
        report.units.forEach((u, i) => {
          expect(Number(seen[i][10])).toBe(u.composite);
          expect(seen[i][13]).toBe(u.tier === null ? "" : TIER_LABELS[u.tier].zh);
          expect(seen[i][11]).toBe(u.rank === null ? "" : String(u.rank));
        });
      });

      it("shows a unit named =1+1 as that literal text", () => {
        const rows = sheets.get("考评结果")!;
        expect(rows.some((r) => r[0] === "=1+1")).toBe(true);
        expect(rows.some((r) => r[0] === "2")).toBe(false);
        expect(sheets.get("考评对象")!.some((r) => r[0] === "=1+1")).toBe(true);
      });

      it("shows every diagnostic in Warnings and one RunLog row", () => {
        const warnings = sheets.get("校验提示")!.filter((r) => r.some((c) => c !== ""));
        expect(warnings.length).toBe(report.diagnostics.length + 1);
        const log = sheets.get("运行记录")!.filter((r) => r.some((c) => c !== ""));
        expect(log.length).toBe(2);
        expect(log[1][1]).toBe("0.1.0");
      });
    });

    it("grades a workbook LibreOffice saved exactly as the original", async () => {
      const dir = tempDir();
      try {
        fs.copyFileSync(path.join(__dirname, "../../examples/yinhai-2016.xlsx"), path.join(dir, "original.xlsx"));
        fs.mkdirSync(path.join(dir, "lo"));
        sofficeResave(path.join(dir, "original.xlsx"), path.join(dir, "lo"));
        const original = await runCli(["score", "original.xlsx", "--json", "-"], dir);
        const resaved = await runCli(["score", "lo/original.xlsx", "--json", "-"], dir);
        expect(resaved.code).toBe(0);
        expect(JSON.parse(resaved.stdout)).toEqual(JSON.parse(original.stdout));
        expect(fs.existsSync(path.join(dir, "lo/original.graded.xlsx"))).toBe(true);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  },
);
