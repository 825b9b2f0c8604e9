/**
 * `appraise print` when LibreOffice fails (issue 17 item 5): the user reads a
 * plain reason and the next step in their language, then LibreOffice's own
 * words for whoever supports them, never the raw stderr alone; no PDF is
 * written. Stand-in `soffice` scripts (APPRAISE_SOFFICE) fail each way one
 * can; the real LibreOffice refuses a copy with an undeclared prefix.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, SOFFICE } from "../helpers/external";
import { rewriteZip } from "../helpers/workbooks";

const ENV = { ...(process.env as Record<string, string>), LANG: "en_US.UTF-8", LC_ALL: "" };
let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeDemoInput(dir, "in.xlsx");
  expect((await runCli(["score", "in.xlsx"], dir, ENV)).code).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A stand-in for soffice: a shell script with this body. */
function fakeSoffice(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

async function printWith(soffice: string, lang = "en") {
  const run = await runCli(["print", "in.graded.xlsx", "--lang", lang], dir, { ...ENV, APPRAISE_SOFFICE: soffice });
  expect(run.code).toBe(2);
  expect(fs.existsSync(path.join(dir, "in.graded.pdf"))).toBe(false);
  return run.stderr.split("\n");
}

describe("a LibreOffice that fails", () => {
  it("without its spreadsheet component: says so and how to install it, then LibreOffice's words", async () => {
    const lines = await printWith(fakeSoffice("nocalc", 'echo "Error: no export filter for /tmp/x/print.pdf found, aborting." >&2; exit 1'));
    expect(lines[0]).toBe(
      "LibreOffice could not make the PDF: the LibreOffice on this computer has no spreadsheet component (Calc). Install LibreOffice Calc (Debian/Ubuntu: apt-get install libreoffice-calc-nogui), or print from Excel.",
    );
    expect(lines.slice(1, 3)).toEqual(["LibreOffice's own words:", "  Error: no export filter for /tmp/x/print.pdf found, aborting."]);
  });

  it("that crashes: names the signal and says to retry or print from Excel", async () => {
    const lines = await printWith(fakeSoffice("crash", 'echo "Fatal exception: Signal 11" >&2; kill -SEGV $$'));
    expect(lines[0]).toMatch(/^LibreOffice could not make the PDF: LibreOffice stopped unexpectedly \(SIGSEGV\)\. Close other LibreOffice windows and retry;/);
    expect(lines[2]).toBe("  Fatal exception: Signal 11");
  });

  it("that exits 0 without a PDF, in Chinese", async () => {
    const lines = await printWith(fakeSoffice("nopdf", "exit 0"), "zh");
    expect(lines[0]).toMatch(/^LibreOffice 未能生成 PDF：LibreOffice 运行结束，但没有生成 PDF。请关闭其他 LibreOffice 窗口后重试；/);
    // Nothing on its stderr: no "own words" line.
    expect(lines.slice(1)).toEqual([""]);
  });

  it("that exits with an error status", async () => {
    const lines = await printWith(fakeSoffice("exit81", 'echo "something odd" >&2; exit 81'));
    expect(lines[0]).toMatch(/^LibreOffice could not make the PDF: LibreOffice failed \(exit status 81\)\. /);
  });
});

describeWith(
  "LibreOffice (soffice)",
  SOFFICE,
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  "the real LibreOffice on a damaged copy",
  () => {
    it("names the damaged part and why, then LibreOffice's words", async () => {
      // A copy as the package writer once made from openpyxl 3.0 inputs: r:id used, xmlns:r declared nowhere.
      const broken = rewriteZip(fs.readFileSync(path.join(dir, "in.graded.xlsx")), (name, text) =>
        name === "xl/workbook.xml" ? text.replace(/ xmlns:r="[^"]*"/, "") : text,
      );
      fs.writeFileSync(path.join(dir, "broken.xlsx"), broken);
      const run = await runCli(["print", "broken.xlsx"], dir, ENV);
      expect(run.code).toBe(2);
      const lines = run.stderr.split("\n");
      expect(lines[0]).toMatch(
        /^LibreOffice could not make the PDF: the workbook's part xl\/workbook\.xml is not well-formed XML \(.*unbound namespace prefix: "r"\.\), so LibreOffice cannot open it\. Try opening it in LibreOffice Calc;/,
      );
      expect(lines[1]).toBe("LibreOffice's own words:");
      expect(run.stderr).toContain("  Error: source file could not be loaded");
      expect(fs.existsSync(path.join(dir, "broken.pdf"))).toBe(false);
    }, 120_000);
  },
);
