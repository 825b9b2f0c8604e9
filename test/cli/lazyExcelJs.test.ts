/**
 * The command loads ExcelJS (some 0.2 s of a run) only when a command runs:
 * help, the version and a wrong command line answer without it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

const mockLoaded: string[] = [];
jest.mock("exceljs", () => {
  mockLoaded.push("exceljs");
  return jest.requireActual("exceljs");
});

const io = (cwd: string): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  stderrIsTTY: false,
  env: { LANG: "en_US.UTF-8" },
  cwd,
  now: () => new Date(),
});

describe("appraise loads ExcelJS lazily", () => {
  it.each([[["--version"]], [["--help"]], [["score", "--help"]], [["help", "demo"]], [["score"]], [["score", "a.xlsx", "--force"]], [["frobnicate"]]])(
    "not for `appraise %j`",
    async (argv) => {
      await main(argv, io(os.tmpdir()));
      expect(mockLoaded).toEqual([]);
    },
  );

  it("for a command that writes a workbook", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "appraise-lazy-"));
    try {
      expect(await main(["template", "t.xlsx"], io(dir))).toBe(0);
      expect(mockLoaded).toEqual(["exceljs"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
