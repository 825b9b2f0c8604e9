/**
 * The installed command, bin/appraise.js, over the compiled build (dist/node):
 * real processes, real exit statuses.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir, writeDemoInput } from "../helpers/cli";

const root = path.join(__dirname, "../..");
const bin = path.join(root, "bin/appraise.js");
let dir: string;

beforeAll(() => {
  // The build the command runs from; tsc is quick enough to run every time.
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json")], { stdio: "pipe" });
  dir = tempDir();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const appraise = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" } });

it("exits 0 and writes the copy", async () => {
  await writeDemoInput(dir);
  const run = appraise("score", "in.xlsx");
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("Wrote in.graded.xlsx");
  expect(fs.existsSync(path.join(dir, "in.graded.xlsx"))).toBe(true);
});

it("exits 1 with --strict when there are errors", async () => {
  await writeDemoInput(dir, "bad.xlsx", (tables) => tables.map((t) => (t.decl.name === "Satisfaction" ? { ...t, rows: t.rows.slice(1) } : t)));
  expect(appraise("score", "bad.xlsx").status).toBe(0);
  expect(appraise("score", "bad.xlsx", "--strict").status).toBe(1);
});

it("exits 2 when the file cannot be read", () => {
  const run = appraise("score", "nope.xlsx");
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("Cannot read");
});

it("prints its version", () => {
  expect(appraise("--version").stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
});
