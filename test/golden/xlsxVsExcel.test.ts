/**
 * The golden workbooks (issue 12, must show 1): the bundled example
 * (examples/yinhai-2016.xlsx, 45 units, every one graded) and the mistakes
 * workbook (the demo as an office worker's first try, test/e2e/page/workbooks.ts:
 * nothing can be graded), each graded through the xlsx adapter (`appraise
 * score … --json`, the graded copy read back) and through the fake Excel host
 * holding the same cells, must give identical Results and Warnings sheets,
 * cell for cell as a user reads them, and the same units and diagnostics;
 * and, run at the same time, identical RunLog rows (output fingerprint and
 * chain digest included) and History blocks (issue 17).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { jsonReport } from "../../src/cli/report";
import type { GradeResult } from "../../src/engine/types";
import { VERSION } from "../../src/version";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { mistakes, TEXT_SCORES } from "../e2e/page/workbooks";
import { portOf } from "../excel/helpers";
import { FIXED_NOW, readBack, runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { copySheetText, fakeFromFile, hostSheetText } from "../helpers/golden";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "yinhai-2016.xlsx");

interface Golden {
  /** Writes the workbook into `dir`; returns its path. */
  readonly make: (dir: string) => Promise<string>;
  /** What the file's grading must show besides being the same both ways. */
  readonly check: (result: GradeResult) => void;
}

const GOLDEN: Record<string, Golden> = {
  "the bundled example": {
    make: async (dir) => {
      const file = path.join(dir, "yinhai-2016.xlsx");
      fs.copyFileSync(EXAMPLE, file);
      return file;
    },
    check: (result) => {
      expect(result.units).toHaveLength(45);
      expect(result.units.every((u) => u.graded)).toBe(true);
    },
  },
  "the mistakes workbook": {
    make: (dir) => writeDemoInput(dir, "mistakes.xlsx", mistakes),
    check: (result) => {
      expect(result.units.some((u) => u.graded)).toBe(false);
      expect(result.diagnostics.filter((d) => d.code === "NOT_A_NUMBER")).toHaveLength(TEXT_SCORES);
    },
  },
};

describe.each(Object.keys(GOLDEN))("%s, graded by appraise score and by the add-in", (name) => {
  let dir = "";
  beforeAll(() => (dir = tempDir("appraise-golden-")));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives identical Results and Warnings sheets, units and diagnostics, RunLog rows (fingerprints and chain digest) and History blocks", async () => {
    const golden = GOLDEN[name];
    const file = await golden.make(dir);
    const out = path.join(dir, "graded.xlsx");
    const json = path.join(dir, "report.json");
    const cli = await runCli(["score", file, "--lang", "zh", "--out", out, "--json", json], dir);
    expect(cli.code).toBe(0);
    const graded = await readBack(out);

    const host = await fakeFromFile(file);
    const { result, written, changes } = await runAppraisal(portOf(host), { lang: "zh", version: VERSION, now: FIXED_NOW });
    expect(written).toBe(true);

    for (const kind of ["results", "warnings"] as const) {
      const { sheet } = OUTPUT_SHEETS[kind];
      const fromCli = copySheetText(graded, sheet);
      // A header and a row per unit (Results) or per diagnostic (Warnings): nothing left out on either side.
      expect(fromCli).toHaveLength(1 + (kind === "results" ? result.units : result.diagnostics).length);
      expect(hostSheetText(host, sheet)).toEqual(fromCli);
    }
    // The RunLog row (its output fingerprint and chain digest included: same time, same version) and the History block.
    // (Trailing blank cells aside: ExcelJS reads a row only as far as its last value.)
    const trimmed = (rows: string[][] | null) =>
      rows?.map((r) => {
        const row = [...r];
        while (row.length > 0 && row[row.length - 1] === "") row.pop();
        return row;
      });
    for (const kind of ["runlog", "history"] as const) {
      const { sheet } = OUTPUT_SHEETS[kind];
      expect(trimmed(hostSheetText(host, sheet))).toEqual(trimmed(copySheetText(graded, sheet)));
    }
    const log = hostSheetText(host, OUTPUT_SHEETS.runlog.sheet) ?? [];
    expect(log[0]?.slice(12)).toEqual(["输出指纹", "链摘要"]);
    expect(log[1]?.[13]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(log[1]?.[12]).toEqual(result.resultsWithheld ? "" : expect.stringMatching(/^sha256:[0-9a-f]{64}$/));
    // The units and diagnostics (the fingerprint of the same cells included), as the JSON gives them.
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as unknown;
    expect(report).toEqual(JSON.parse(JSON.stringify(jsonReport(result, "zh", VERSION, changes))));
    golden.check(result);
  });
});
