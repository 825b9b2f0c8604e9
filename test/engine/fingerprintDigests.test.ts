/**
 * The input fingerprint is written into every RunLog row, so it must stay
 * comparable across versions: a workbook graded by this version and by an
 * older one must show the same digest. These digests were computed by the
 * fingerprint as it stood before its ordering was rewritten (issue 13) and
 * are stored here, not recomputed: a change to the canonical text or to the
 * order of its rows fails this test. Change a digest only together with the
 * format's version line (`appraise-input-v2`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDemoTables, type DemoOptions } from "../../src/cli/demo/buildDemo";
import { prng } from "../../src/cli/demo/prng";
import { inputGrids, type InputTable } from "../../src/cli/inputTables";
import { grade } from "../../src/engine/grade";
import type { Cell, WorkbookInput } from "../../src/engine/types";
import { runCli, tempDir } from "../helpers/cli";
import { table } from "./workbook";

const fingerprint = (input: WorkbookInput): string => grade(input).inputFingerprint;

/** Rules keys added after these digests were stored (issue 10's paperwork, issue 17's calendar): 0.1.0's demo had no rows for them. */
const LATER_KEYS = new Set(["report.title", "feedback.date", "calendar"]);

/** The demo builder's tables as 0.1.0 built them: its Rules table without the later keys' rows. */
const demoTables = (options: DemoOptions): InputTable[] =>
  buildDemoTables(options).map((t) => (t.decl.name === "Rules" ? { ...t, rows: t.rows.filter((r) => !LATER_KEYS.has(String(r[0]))) } : t));
const demo = (options: DemoOptions): string => fingerprint(inputGrids(demoTables(options)));

/**
 * An Indicators table of `count` made-up rows drawn from few values, so that
 * duplicate rows, rows equal in their first cell and rows of every cell kind
 * are common; beside a fixed Units table.
 */
function randomIndicators(count: number, seed: number): WorkbookInput {
  const rand = prng(seed);
  const pick = <T>(values: readonly T[]): T => values[rand.int(values.length)] as T;
  const units = ["区发改局", "区财政局", "区教育局", "a\tb", ""];
  const texts = ["职能", "共性", "core", null, "x\\y", "line\nbreak", "９５．５", "\ud800"];
  const cells: readonly Cell[] = [null, 1, 1.5, -0, 0.1 + 0.2, 1e21, true, false, { error: "#N/A" }, "1", " "];
  const rows: Cell[][] = Array.from({ length: count }, () => [
    pick(units),
    pick(texts),
    pick(texts),
    pick([...texts, ...cells]),
    pick(cells),
    rand.chance(0.5) ? rand.int(100) / 4 : pick(cells),
  ]);
  return {
    tables: [
      table("Units", "考评对象", [
        ["Unit", "Category"],
        ["区发改局", "经济类"],
        ["区财政局", "经济类"],
      ]),
      table("Indicators", "指标", [["Unit", "Type", "Group", "Indicator", "MaxPoints", "Score"], ...rows]),
    ],
  };
}

describe("stored input fingerprints (RunLog digests stay comparable across versions)", () => {
  it("of the demo workbook's tables, as the engine gets them", () => {
    expect(demo({})).toBe("sha256:780e3ab69b825b00b59ed9e9f3f899beace323b72401dc34450fcf692128bb0b");
  });

  it("of examples/yinhai-2016.xlsx as 0.1.0 wrote it (test/fixtures), through `appraise score --json -`", async () => {
    const dir = tempDir();
    try {
      const input = path.join(__dirname, "../fixtures/yinhai-2016-inputs-v0.1.0.xlsx");
      const run = await runCli(["score", input, "--out", path.join(dir, "out.xlsx"), "--json", "-"], dir);
      expect(JSON.parse(run.stdout).inputFingerprint).toBe("sha256:780e3ab69b825b00b59ed9e9f3f899beace323b72401dc34450fcf692128bb0b");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each<[string, DemoOptions, string]>([
    ["3 units × 10 rows", { unitCount: 3, rowsPerUnit: 10 }, "sha256:5648e99c6a24aadf8ded364113c725aeffdfa6a4da5f485c3a6e056e9313388d"],
    ["45 plan units × 30 rows", { rowsPerUnit: 30 }, "sha256:a3a5126969d49b9e0ca552168b04ff052cd25deec29aecf5d471f847e77f68f1"],
    ["1,000 units × 30 rows", { unitCount: 1000, rowsPerUnit: 30 }, "sha256:ac95d41c12920a158b134d124432698d571c9cc1941c7761a83fb52b039fa7b5"],
    [
      "2,500 units × 30 rows (75,000 rows, more than 65,536)",
      { unitCount: 2500, rowsPerUnit: 30 },
      "sha256:303fd4186211c819a24dfc3536db32cb38f3cb86fbe30eea0b886de2a7b65a70",
    ],
  ])("of the demo builder's %s", (_, options, digest) => {
    expect(demo(options)).toBe(digest);
  });

  it.each<[number, number, string]>([
    [0, 1, "sha256:0d3b128ebf06146f520c08d6fc50174af7d9edace57ae383ab5a159ffedb601a"],
    [1, 2, "sha256:7737677993bc6b7037546b0fb80c2eeedebb6b37b1b0e918caba40dbd8f61f7f"],
    [2, 3, "sha256:a2bccd5fac52d159c390a29eed619fa109656480b4995223f169a2bcfdffe408"],
    [40, 4, "sha256:0117ac81be80feb132c3f1cb4a0ff378a505f8ec14756b29b12235654df50ea3"],
    [700, 5, "sha256:cafa0e8e8c1e0c31ba9a7d62efea5144568b0ede9de4fd345af7223c106eb48d"],
    [5_000, 6, "sha256:842e706dfa3dbfd19f95609cd24c174680a3e1800d4792ad12b20a7271d424b5"],
    [70_000, 7, "sha256:90df923d9eadaac709b82796ea5660ff2c314bdf68d8ce14724aa04364ac6078"],
  ])("of %i random rows with many duplicates (seed %i)", (count, seed, digest) => {
    expect(fingerprint(randomIndicators(count, seed))).toBe(digest);
  });

  it("of a run withheld for a missing table", () => {
    const input = randomIndicators(30, 8);
    expect(fingerprint({ tables: input.tables.filter((t) => t.name !== "Units") })).toBe(
      "sha256:893cd7a210aea02288de0693e2b42682ae9c11ffea6b63b54b16d6f0c79cec9a",
    );
  });
});
