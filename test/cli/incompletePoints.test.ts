/**
 * A typo never silently lowers a graded unit (issue 17, item 6): in the
 * demo's inputs, one 指标考核 row of 区财政局 names 区财正局. That row is
 * UNIT_UNKNOWN and dropped, and 区财政局, its points now short of 600, is not
 * graded (POINTS_TOTAL_MISMATCH, an error at the unit) instead of falling a
 * tier: the summary's first lines say so, before any tier count.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { InputTable } from "../../src/cli/inputTables";
import type { JsonReport } from "../../src/cli/report";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";

/** The demo's inputs with the first Indicators row of `unit` renamed `typo`. */
const misspell =
  (unit: string, typo: string) =>
  (tables: InputTable[]): InputTable[] =>
    tables.map((t) => {
      if (t.decl.name !== "Indicators") return t;
      const at = t.rows.findIndex((r) => r[0] === unit);
      return { ...t, rows: t.rows.map((r, i) => (i === at ? [typo, ...r.slice(1)] : r)) };
    });

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a 指标考核 row with 区财正局 for 区财政局", () => {
  it("leaves 区财政局 ungraded with POINTS_TOTAL_MISMATCH, and the summary opens with why", async () => {
    await writeDemoInput(dir, "before.xlsx");
    const before = await runCli(["score", "before.xlsx", "--json", "before.json", "--lang", "zh"], dir);
    expect(before.code).toBe(0);
    const graded = (JSON.parse(fs.readFileSync(path.join(dir, "before.json"), "utf8")) as JsonReport).units.find((u) => u.unit === "区财政局");
    expect(graded).toMatchObject({ graded: true });

    await writeDemoInput(dir, "typo.xlsx", misspell("区财政局", "区财正局"));
    const run = await runCli(["score", "typo.xlsx", "--json", "typo.json", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "typo.json"), "utf8")) as JsonReport;
    expect(report.units.find((u) => u.unit === "区财政局")).toMatchObject({ graded: false, tier: null, rank: null });
    const mismatch = report.diagnostics.filter((d) => d.code === "POINTS_TOTAL_MISMATCH");
    expect(mismatch.map((d) => [d.severity, d.table, d.cell])).toEqual([["error", "Units", expect.stringMatching(/^考评对象!A\d+$/)]]);
    expect(mismatch[0]?.message).toMatch(/^单位“区财政局”职能指标分值合计为 \d+(\.\d+)?，应为 600，得分不完整，不予评定。/);
    expect(report.diagnostics.find((d) => d.code === "UNIT_UNKNOWN")?.message).toContain("区财政局");

    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("未评定 1 个单位（有错误，不参加排名）：");
    expect(lines[1]).toBe(`  区财政局 — ${mismatch[0]?.cell}：${mismatch[0]?.message}`);
    // Among the errors too, not behind "另有 … 类".
    const errorsAt = lines.findIndex((l) => l.startsWith("校验："));
    expect(
      lines
        .slice(errorsAt + 1)
        .filter((l) => /^ {2}错误 /.test(l))
        .map((l) => l.split(" ")[3]),
    ).toEqual(["UNIT_UNKNOWN", "POINTS_TOTAL_MISMATCH"]);
  });
});
