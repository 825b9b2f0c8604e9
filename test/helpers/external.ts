/**
 * Programs other than our own, as independent writers and readers of
 * workbooks: Debian's python3-openpyxl and python3-xlsxwriter, and
 * LibreOffice (`soffice`). `npm run setup:tools` installs them (`.ci/run` runs
 * it); on CI a missing one fails the suite that needs it, elsewhere it skips
 * with a loud message naming that command (describeWith, for every suite).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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
 * The one command that installs every program the tests use (Debian
 * packages, scripts/install-tools.sh); `.ci/run` runs it too.
 */
export const SETUP_TOOLS = "npm run setup:tools";

/**
 * What becomes of a suite that needs `tool`: it runs when the tool is
 * there; otherwise it fails on CI (which must install it) and is skipped
 * elsewhere, with a message naming {@link SETUP_TOOLS} (and the one
 * package, `install`).
 * @example
 * toolGate("soffice", false, "apt-get install -y libreoffice-calc-nogui", { CI: "true" }) //=> { run: false, fail: "soffice is missing: …" }
 */
export function toolGate(
  tool: string,
  available: boolean,
  install: string,
  env: NodeJS.ProcessEnv = process.env,
): { readonly run: boolean; readonly fail: string | null; readonly skip: string | null } {
  if (available) return { run: true, fail: null, skip: null };
  const how = `${SETUP_TOOLS} (or: ${install})`;
  if (env.CI) return { run: false, fail: `${tool} is missing: CI must install it with ${how}`, skip: null };
  return { run: false, fail: null, skip: `needs ${tool}. Install the test tools with: ${how}` };
}

/**
 * Runs `body` as a describe block when the tool is there; otherwise a test
 * that fails on CI (which must install it) or a skipped one, announced
 * loudly, elsewhere (toolGate). Every suite that needs a program other than
 * Node goes through here.
 */
export function describeWith(tool: string, available: boolean, install: string, name: string, body: () => void): void {
  const gate = toolGate(tool, available, install);
  if (gate.run) describe(name, body);
  else if (gate.fail !== null) {
    const fail = gate.fail;
    it(`${name}: needs ${tool} on CI`, () => {
      throw new Error(fail);
    });
  } else {
    console.warn(`\n*** SKIPPED: ${name} ${gate.skip} ***\n`);
    it.skip(`${name} (${tool} missing)`, () => undefined);
  }
}

/** As describeWith, for one test: `it` when the tool is there, else failed on CI or skipped with the message. */
export function itWith(tool: string, available: boolean, install: string, name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  describeWith(tool, available, install, name, () => it(name, fn, timeout));
}

export const SOFFICE = hasSoffice();

/** Debian's nginx (in /usr/sbin, which a user's PATH may lack), else nginx on PATH. */
export const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p)) ?? "nginx";

/** Whether a program runs at all (`certutil -H` prints its help and exits 1: being found is what matters). */
const runs = (program: string, args: string[]): boolean => spawnSync(program, args, { stdio: "ignore" }).error === undefined;

/** The shipped web server configuration's test (test/e2e/nginx.e2e.test.ts): nginx, openssl and NSS's certutil. */
export const HOSTING_TOOLS = {
  available: runs(NGINX, ["-v"]) && runs("openssl", ["version"]) && runs("certutil", ["-H"]),
  name: "nginx, openssl and certutil",
  install: "apt-get install -y --no-install-recommends nginx openssl libnss3-tools",
} as const;

/** xmllint (libxml2-utils), the independent check that an XML file we write or edit is well-formed; and python3, which the WPS install script runs. */
export const XML_TOOLS = {
  available: runs("xmllint", ["--version"]) && runs("python3", ["--version"]),
  name: "xmllint and python3",
  install: "apt-get install -y --no-install-recommends libxml2-utils python3",
} as const;

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
