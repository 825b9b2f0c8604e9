/**
 * `npm test` on a fresh machine (issue 20): a suite whose program is missing
 * is skipped with the one install command printed (npm run setup:tools)
 * outside CI, and fails with CI set; every suite that needs a program goes
 * through the same helper (test/helpers/external.ts, describeWith).
 *
 * Shown on a real suite in a child jest run with LibreOffice taken off PATH,
 * and on the helper itself.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SETUP_TOOLS, toolGate } from "./helpers/external";

const ROOT = path.join(__dirname, "..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");

/** Runs one suite in a child jest with PATH holding nothing, so `soffice` is not found; CI set or not. */
function jestWithoutSoffice(suite: string, ci: boolean): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: path.join(ROOT, "no-such-dir") };
  delete env.CI;
  if (ci) env.CI = "true";
  const run = spawnSync(process.execPath, [JEST, "--runTestsByPath", suite, "--colors=false"], { cwd: ROOT, env, encoding: "utf8", timeout: 240_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe("a suite whose program is missing", () => {
  const suite = path.join("test", "cli", "libreoffice.test.ts");

  it("is skipped outside CI, naming npm run setup:tools", () => {
    const { status, output } = jestWithoutSoffice(suite, false);
    expect(output).toContain(
      "*** SKIPPED: LibreOffice as an independent reader and writer needs LibreOffice (soffice). Install the test tools with: npm run setup:tools (or: apt-get install -y --no-install-recommends libreoffice-calc-nogui) ***",
    );
    expect(output).toMatch(/Tests:\s+1 skipped, 1 total/);
    expect(status).toBe(0);
  }, 240_000);

  it("fails with CI set, naming the same command", () => {
    const { status, output } = jestWithoutSoffice(suite, true);
    expect(output).toContain("LibreOffice (soffice) is missing: CI must install it with npm run setup:tools");
    expect(output).toMatch(/Tests:\s+1 failed, 1 total/);
    expect(status).toBe(1);
  }, 240_000);
});

describe("toolGate", () => {
  it("runs a suite whose program is there, CI or not", () => {
    expect(toolGate("soffice", true, "apt-get install x", {})).toEqual({ run: true, fail: null, skip: null });
    expect(toolGate("soffice", true, "apt-get install x", { CI: "true" })).toEqual({ run: true, fail: null, skip: null });
  });

  it("skips outside CI and fails on CI, naming the one command and the package", () => {
    expect(toolGate("python3-xlsxwriter", false, "apt-get install -y python3-xlsxwriter", {})).toEqual({
      run: false,
      fail: null,
      skip: "needs python3-xlsxwriter. Install the test tools with: npm run setup:tools (or: apt-get install -y python3-xlsxwriter)",
    });
    expect(toolGate("python3-xlsxwriter", false, "apt-get install -y python3-xlsxwriter", { CI: "true" })).toEqual({
      run: false,
      fail: "python3-xlsxwriter is missing: CI must install it with npm run setup:tools (or: apt-get install -y python3-xlsxwriter)",
      skip: null,
    });
  });

  it("names a command that exists, which .ci/run runs too", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(SETUP_TOOLS).toBe("npm run setup:tools");
    expect(pkg.scripts["setup:tools"]).toBe("bash scripts/install-tools.sh");
    expect(readFileSync(path.join(ROOT, ".ci", "run"), "utf8")).toContain("bash scripts/install-tools.sh");
  });
});

describe("every suite that needs a program", () => {
  /** Test files (and their helpers) that run python3, soffice, pdftotext or Chromium. */
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );

  it("goes through describeWith (or itWith, or the e2e suite() built on it): no suite skips or throws on its own", () => {
    const own: string[] = [];
    for (const file of files(path.join(ROOT, "test"))) {
      const text = readFileSync(file, "utf8");
      const rel = path.relative(ROOT, file);
      if (rel === path.join("test", "tools.test.ts") || rel === path.join("test", "helpers", "external.ts")) continue;
      // A skip or a CI check of its own, instead of the helper's.
      if (/\?\s*(it|describe|test)\s*:\s*(it|describe|test)\.skip|process\.env\.CI/.test(text)) own.push(rel);
    }
    expect(own).toEqual([]);
  });
});
