/**
 * The golden 1904 workbook: written by another program (xlsxwriter, with the
 * 1904 date system), graded by `appraise score` and by the add-in over the
 * fake host holding the same cells (serials of the 1904 system, their number
 * formats), must give identical Results and Warnings. Either reading a date
 * four years and a day off would change which rows are late.
 *
 * Needs Debian's python3-xlsxwriter (`npm run setup:tools` installs it):
 * skipped with that command printed where it is missing, failed on CI.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { readSheet, type FakeExcelHost } from "../fakeExcel";
import { FIXED_NOW, readBack, runCli, sheetValues, tempDir } from "../helpers/cli";
import { asText, fakeFromFile as fakeOfFile } from "../helpers/golden";
import { describeWith, findPython, runPython } from "../helpers/external";
import { portOf } from "./helpers";

const XLSXWRITER = findPython(["xlsxwriter"]);
const SCRIPT = path.join(__dirname, "..", "golden", "make1904.py");

function makeGolden(dir: string): string {
  const file = path.join(dir, "golden-1904.xlsx");
  runPython(XLSXWRITER as string, fs.readFileSync(SCRIPT, "utf8"), [file]);
  return file;
}

/** The fake host of the file, which must be a 1904 workbook. */
async function fakeFromFile(file: string): Promise<FakeExcelHost> {
  const host = await fakeOfFile(file);
  expect(host.store.date1904).toBe(true);
  return host;
}

describeWith("python3-xlsxwriter", XLSXWRITER !== null, "apt-get install -y python3-xlsxwriter", "the golden 1904 workbook", () => {
  let dir = "";
  beforeAll(() => (dir = tempDir("appraise-1904-")));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives identical Results and Warnings in the add-in and through appraise score", async () => {
    const file = makeGolden(dir);
    const cli = await runCli(["score", file, "--lang", "zh", "--out", path.join(dir, "graded.xlsx")], dir);
    expect(cli.code).toBe(0);
    const graded = await readBack(path.join(dir, "graded.xlsx"));

    const host = await fakeFromFile(file);
    const { result, written } = await runAppraisal(portOf(host), { lang: "zh", version: "0.1.0", now: FIXED_NOW });
    expect(written).toBe(true);

    for (const kind of ["results", "warnings"] as const) {
      const { sheet } = OUTPUT_SHEETS[kind];
      expect(asText(readSheet(host, sheet))).toEqual(asText(sheetValues(graded, sheet)));
    }
    // And right, not merely the same: the late rows are the ones dated late.
    const late = (code: string) => result.diagnostics.filter((d) => d.code === code).map((d) => d.cell);
    expect(late("ADJUSTMENT_LATE")).toEqual(["指标考核!I2", "指标考核!I8", "指标考核!I14"]);
    expect(late("TEMPORARY_LATE")).toEqual(["指标考核!H3", "指标考核!H12"]);
    expect(late("APPEAL_LATE")).toEqual(["复核申请!C3"]);
    expect(late("PENALTY_OUTSIDE_PERIOD")).toEqual(["通报扣分!B3"]);
    expect(result.units.find((u) => u.unit === "区卫健局")?.penalty?.toString()).toBe("4.00");
  });

  it("would be graded wrong if the add-in took 1904 serials as 1900 ones", async () => {
    const host = await fakeFromFile(makeGolden(dir));
    host.store.date1904 = false; // workbook.functions.date now answers as in a 1900 workbook
    const { result } = await runAppraisal(portOf(host), { lang: "zh", version: "0.1.0", now: FIXED_NOW });
    // Every date four years and a day early: the temporary task "assigned 2012-05-31", not 2016-06-01.
    const temporary = result.diagnostics.find((d) => d.code === "TEMPORARY_LATE");
    expect(temporary?.message.zh).toContain("2012-05-31");
  });
});
