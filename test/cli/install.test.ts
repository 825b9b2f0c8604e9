/**
 * An install that works outside the repository (issue 20). Slow (npm pack
 * builds the command line, npm installs from the tarball): some two minutes
 * on a busy machine; it runs in the full suite like every other.
 *
 * From the repository, `npm pack` makes the release tarball: the built
 * command line (dist/node), the bin and its Node version check, the user
 * guide, the examples; no sources, no tests. The tarball is installed into
 * an empty folder with no network: `npm ci --offline` from a lockfile that
 * pins the tarball and takes every dependency's version and integrity from
 * the repository's package-lock.json, so npm takes them from its cache
 * (filled by the `npm ci` that installed this checkout). From yet another
 * folder, `appraise --version` and `appraise score` work, and on a Node
 * older than 20.15 the command says which Node to install.
 *
 * The command line's transpile-only build (what `npm ci --omit=dev` in a
 * clone runs, without @types/node) gives the same files as the type-checked
 * one.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  engines: { node: string };
};
const LOCK = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
};
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", ...env },
  });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A project that depends on the tarball alone, its lockfile pinning the tarball and the repository's own production dependencies. */
function projectFor(dir: string, tarball: string): void {
  const file = `file:${path.basename(tarball)}`;
  const integrity = `sha512-${createHash("sha512").update(fs.readFileSync(tarball)).digest("base64")}`;
  const packages: Record<string, unknown> = {
    "": { name: "try-appraise", version: "1.0.0", dependencies: { [PKG.name]: file } },
    [`node_modules/${PKG.name}`]: { version: PKG.version, resolved: file, integrity, dependencies: PKG.dependencies, bin: PKG.bin, engines: PKG.engines },
  };
  // The repository's dependencies sit at node_modules/<name> (with their own nested ones below), where they sit for the tarball too.
  for (const [where, entry] of Object.entries(LOCK.packages))
    if (where.startsWith("node_modules/") && !entry.dev && !entry.devOptional) packages[where] = entry;
  const manifest = { name: "try-appraise", version: "1.0.0", private: true, dependencies: { [PKG.name]: file } };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(
    path.join(dir, "package-lock.json"),
    JSON.stringify({ name: "try-appraise", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

let work = "";
let tarball = "";
let installed = "";
let elsewhere = "";
beforeAll(() => {
  work = tempDir("appraise-install-");
  const packed = JSON.parse(ok(run(NPM, ["pack", "--json", "--pack-destination", work], ROOT), "npm pack")) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = path.join(work, packed[0].filename);
  fs.writeFileSync(path.join(work, "files.json"), JSON.stringify(packed[0].files.map((f) => f.path)));
  installed = path.join(work, "project");
  fs.mkdirSync(installed);
  fs.copyFileSync(tarball, path.join(installed, path.basename(tarball)));
  projectFor(installed, path.join(installed, path.basename(tarball)));
  ok(run(NPM, ["ci", "--offline", "--omit=dev"], installed), "npm ci --offline from the tarball");
  elsewhere = path.join(work, "elsewhere");
  fs.mkdirSync(elsewhere);
}, 600_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const appraise = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, [...(env.PRELOAD ? ["--require", env.PRELOAD] : []), path.join(installed, "node_modules", ".bin", "appraise"), ...args], elsewhere, {
    LANG: "en_US.UTF-8",
    LC_ALL: "",
    ...env,
  });

describe("the release tarball", () => {
  it("is named as no one else's package, keeps the command's name, and carries the built command line, not the sources", () => {
    expect(PKG.name).toBe("appraise-jixiao");
    expect(PKG.bin).toEqual({ appraise: "bin/appraise.js" });
    const files = JSON.parse(fs.readFileSync(path.join(work, "files.json"), "utf8")) as string[];
    for (const f of [
      "bin/appraise.js",
      "bin/nodeVersion.js",
      "dist/node/cli/main.js",
      "dist/node/engine/grade.js",
      "docs/guide.md",
      "docs/SPEC.md",
      "examples/yinhai-2016.xlsx",
      "package.json",
    ]) {
      expect([f, files.includes(f)]).toEqual([f, true]);
    }
    expect(files.filter((f) => /^(src|test|node_modules)\//.test(f) || f.endsWith(".ts"))).toEqual([]);
  });

  it("installs with no network and runs from another folder: --version and score", () => {
    const version = appraise(["--version"]);
    expect(version.stderr).toBe("");
    expect(version.stdout.trim()).toBe(PKG.version);
    fs.copyFileSync(path.join(ROOT, "examples", "yinhai-2016.xlsx"), path.join(elsewhere, "yinhai-2016.xlsx"));
    const score = appraise(["score", "yinhai-2016.xlsx"]);
    expect(score.status).toBe(0);
    expect(score.stdout).toContain("Wrote yinhai-2016.graded.xlsx");
    expect(fs.statSync(path.join(elsewhere, "yinhai-2016.graded.xlsx")).size).toBeGreaterThan(10_000);
    // Only production dependencies: no TypeScript test tooling, no jest.
    expect(fs.existsSync(path.join(installed, "node_modules", "jest"))).toBe(false);
    expect(fs.existsSync(path.join(installed, "node_modules", "@types", "node"))).toBe(false);
  });

  it("says which Node to install, in both languages, on a Node older than 20.15", () => {
    const preload = path.join(work, "node18.js");
    fs.writeFileSync(preload, 'Object.defineProperty(process.versions, "node", { value: "18.19.0" });\n');
    const old = appraise(["score", "x.xlsx"], { PRELOAD: preload });
    expect(old.status).toBe(2);
    expect(old.stdout).toBe("");
    expect(old.stderr).toBe(
      "appraise 需要 Node.js 20.15 或更高版本，当前是 18.19.0。请安装 Node.js 22 LTS（https://nodejs.org/zh-cn/download），然后重新打开命令行窗口。\n" +
        "appraise needs Node.js 20.15 or later; this is 18.19.0. Install Node.js 22 LTS (https://nodejs.org/en/download), then open a new terminal.\n",
    );
    expect(old.stderr).not.toContain("crc32");
  });
});

describe("the command line's build without the dev dependencies", () => {
  it("emits the same files without type checks (npm ci --omit=dev in a clone) as with them", () => {
    const checked = path.join(work, "checked");
    const unchecked = path.join(work, "unchecked");
    ok(run(process.execPath, [path.join(ROOT, "scripts", "build-cli.js"), "--out-dir", checked], ROOT), "checked build");
    ok(run(process.execPath, [path.join(ROOT, "scripts", "build-cli.js"), "--no-check", "--out-dir", unchecked], ROOT), "unchecked build");
    const list = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
    expect(list(unchecked)).toEqual(list(checked));
    expect(list(checked)).toContain(path.join("cli", "main.js"));
    for (const f of list(checked)) {
      if (fs.statSync(path.join(checked, f)).isFile())
        expect([f, fs.readFileSync(path.join(unchecked, f), "utf8")]).toEqual([f, fs.readFileSync(path.join(checked, f), "utf8")]);
    }
  }, 300_000);
});

describe("bin/nodeVersion.js", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { nodeProblem, MINIMUM } = require("../../bin/nodeVersion.js") as { nodeProblem: (v: string) => string | null; MINIMUM: number[] };

  it("asks for the Node of package.json's engines", () => {
    expect(PKG.engines.node).toBe(`>=${MINIMUM[0]}.${MINIMUM[1]}`);
  });

  it.each([
    ["20.15.0", false],
    ["20.19.2", false],
    ["22.1.0", false],
    ["24.0.0", false],
    ["20.14.0", true],
    ["18.20.4", true],
    ["16.0.0", true],
    ["v12.22.12", true],
  ])("Node %s: refused %s", (version, refused) => expect(nodeProblem(version) !== null).toBe(refused));
});
