/**
 * Programs other than our own, as independent writers and readers of
 * workbooks: Debian's python3-openpyxl and python3-xlsxwriter, and
 * LibreOffice (`soffice`). `.ci/run` installs them; on CI a missing one fails
 * the suite that needs it, locally it skips with a loud message.
 */
import { spawnSync } from "node:child_process";
import type { InputTable } from "../../src/cli/inputTables";
import { hasSoffice } from "./cli";

/**
 * The first Python that has every module: Debian's /usr/bin/python3 first
 * (where apt installs python3-openpyxl), then whatever `python3` is on PATH.
 */
export function findPython(modules: readonly string[]): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const run = spawnSync(candidate, ["-c", modules.map((m) => `import ${m}`).join("; ") || "pass"], { encoding: "utf8" });
    if (run.status === 0) return candidate;
  }
  return null;
}

/** Runs a Python script with arguments; throws with its stderr when it fails. */
export function runPython(python: string, script: string, args: readonly string[]): string {
  const run = spawnSync(python, ["-c", script, ...args], { encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`python failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/**
 * Runs `body` as a describe block when the tool is there; otherwise a test
 * that fails on CI (which must install it) or a skipped one locally.
 */
export function describeWith(tool: string, available: boolean, install: string, name: string, body: () => void): void {
  if (available) describe(name, body);
  else if (process.env.CI) {
    it(`needs ${tool} on CI`, () => {
      throw new Error(`${tool} is missing; CI must install it (${install})`);
    });
  } else {
    console.warn(`\n*** SKIPPED: ${name} needs ${tool}. Install it with: ${install}\n`);
    it.skip(`${name} (${tool} missing)`, () => undefined);
  }
}

export const SOFFICE = hasSoffice();

/** The demo's tables as JSON for the Python writers (test/writers/*.py): Chinese headers, dates tagged. */
export function tablesJson(tables: readonly InputTable[]): string {
  return JSON.stringify(
    tables.map((t) => ({
      name: t.decl.name,
      zh: t.decl.zh,
      headers: t.columns.map((c) => c.zh),
      types: t.columns.map((c) => c.type),
      rows: t.rows.map((r) => r.map((v) => (v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v))),
    })),
  );
}
