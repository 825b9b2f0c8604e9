#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: how fast and how big Appraise runs, against its targets.
 *
 * - the plan's size, side by side: `grade()` on the reference plan's 45 units
 *   × 30 indicator rows recomputing one edit, against the same rules as a
 *   formula workbook in HyperFormula recomputing the same edit, in turns in
 *   one process (bench/versus-child.js), with the ratio; the workbook's
 *   composites and tiers are checked equal to Appraise's first;
 * - engine: `grade()` on 45 (the plan's units), 1,000 and 10,000 units × 60
 *   indicator rows each, median of 5 timed runs after a warm-up, each size in a
 *   child process of its own (with --expose-gc) for an honest peak RSS;
 * - command line: wall time and peak RSS of `appraise score` as a user runs it
 *   (a fresh `node bin/appraise.js` process) on the demo workbook
 *   (examples/yinhai-2016.xlsx) and on a made-up 5,000-unit × 30-row workbook
 *   (150,000 indicator rows), generated once into .bench/; the copy's path
 *   is emptied before each run, so every run writes a new copy (a file there
 *   would be compared with the copy first: OUTPUT_WOULD_OVERWRITE);
 * - the browser page (bench/page.js): dist/web/appraise.html from file:// in
 *   Chromium, from choosing the demo and the 150,000-row workbook to the
 *   download button, in the same run as the command line's rows, with the
 *   longest main-thread task and the longest gap between frames meanwhile.
 *
 * Builds dist/node and dist/web/appraise.html first when the sources are
 * newer. Exits 1 when a target is missed. Options: --quick (fewer runs),
 * --json (print the figures as JSON).
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { setInterval, clearInterval } = require("timers");
const { packageCopyBench } = require("./package-copy");
const { pageBench } = require("./page");

const root = path.join(__dirname, "..");
const benchDir = path.join(root, ".bench");
const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");

const TARGETS = {
  plan: { ms: 20, ratio: 15 },
  engine10k: { ms: 1500 },
  cliDemo: { ms: 500 },
  cliBig: { ms: 15000, rssMB: 1500 },
  /** Issue 19: a district's workbook in the page, from choosing it to the download ready. */
  pageDemo: { ms: 500 },
  /** Issue 19: the 150,000-row workbook in the page, at most this many times the command line's time in the same run. */
  pageBigRatio: 2,
  /**
   * Issue 19, "without freezing the page": no main-thread task longer than this while a file is graded. (The longest gap
   * between frames is shown too, not held to it: on a loaded machine the browser waits for a core as well.)
   */
  pageFreezeMs: 200,
};

function log(text) {
  process.stderr.write(`${text}\n`);
}

/** The newest modification time under a directory, for .ts files (and .tsx with `tsx`). */
function newestTs(dir, tsx = false) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestTs(p, tsx));
    else if (/\.tsx?$/.test(entry.name) && (tsx || entry.name.endsWith(".ts")) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const webPage = path.join(root, "dist", "web", "appraise.html");

/** Builds dist/web/appraise.html (npm run build:web) when a source or the config is newer. */
function ensureWebBuild() {
  const built = fs.existsSync(webPage) ? fs.statSync(webPage).mtimeMs : 0;
  const config = path.join(root, "webpack.web.config.js");
  if (built > Math.max(newestTs(path.join(root, "src"), true), fs.statSync(config).mtimeMs)) return;
  log("bench: building dist/web/appraise.html (npm run build:web) …");
  const webpackCli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [webpackCli, "--config", config, "--no-color"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error("the page's build failed");
}

function ensureBuild() {
  const main = path.join(root, "dist", "node", "cli", "main.js");
  const built = fs.existsSync(main) ? fs.statSync(main).mtimeMs : 0;
  if (built > newestTs(path.join(root, "src"))) return;
  log("bench: building dist/node (npm run build:cli) …");
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: "inherit" });
  if (run.status !== 0) throw new Error("the build failed");
  // tsc leaves unchanged outputs alone; mark the build as fresh.
  const now = new Date();
  fs.utimesSync(main, now, now);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function engine(units, rows, runs) {
  const child = spawnSync(process.execPath, ["--expose-gc", path.join(__dirname, "engine-child.js"), String(units), String(rows), String(runs)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`engine-child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

/** Appraise and the formula workbook on one edit: see bench/versus-child.js. */
function versus(rowsPerUnit, warmups, runs) {
  const child = spawnSync(process.execPath, [path.join(__dirname, "versus-child.js"), String(rowsPerUnit), String(warmups), String(runs)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`versus-child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

const hasGnuTime = fs.existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "true"]).status === 0;

/** Peak RSS of a running process on Linux, from /proc (VmHWM), in MB; null elsewhere. */
function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1000 : null;
  } catch {
    return null;
  }
}

/** Runs `node bin/appraise.js args` once: wall ms, peak RSS MB (or null), exit status. */
function cliOnce(args) {
  return new Promise((resolve, reject) => {
    const bin = [path.join(root, "bin", "appraise.js"), ...args];
    const [cmd, argv] = hasGnuTime ? ["/usr/bin/time", ["-v", process.execPath, ...bin]] : [process.execPath, bin];
    const t0 = process.hrtime.bigint();
    const at = args.indexOf("--out");
    // A copy already there would be compared with this run's first (score's OUTPUT_WOULD_OVERWRITE): each run writes a new one.
    if (at >= 0) fs.rmSync(args[at + 1], { force: true });
    const child = spawn(cmd, argv, { cwd: root, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let polled = null;
    const poll = hasGnuTime ? null : setInterval(() => (polled = vmHwm(child.pid) ?? polled), 25);
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (poll) clearInterval(poll);
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const status = /Exit status: (\d+)/.exec(stderr);
      const exit = status ? Number(status[1]) : code;
      if (exit !== 0) return reject(new Error(`appraise ${args.join(" ")} exited ${exit}: ${stderr}`));
      resolve({ ms, rssMB: m ? Number(m[1]) / 1000 : polled });
    });
  });
}

async function cli(args, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await cliOnce(args));
  const rss = all.map((r) => r.rssMB).filter((v) => v !== null);
  return { runs, medianMs: median(all.map((r) => r.ms)), minMs: Math.min(...all.map((r) => r.ms)), peakRssMB: rss.length ? Math.max(...rss) : null };
}

function ensureBigWorkbook(file) {
  const builder = path.join(root, "dist", "node", "cli", "demo", "buildDemo.js");
  if (fs.existsSync(file) && fs.statSync(file).mtimeMs > fs.statSync(builder).mtimeMs) return;
  log("bench: generating the 5,000-unit × 30-row workbook (once) …");
  const run = spawnSync(process.execPath, [path.join(__dirname, "make-workbook.js"), file, "5000", "30"], { stdio: "inherit" });
  if (run.status !== 0) throw new Error("make-workbook failed");
}

/** The page's rows (bench/page.js) beside the command line's 150,000-row time of the same run. */
function pageRows(page, big) {
  if (page.skipped) {
    // As the e2e tests: without Chromium the rows are skipped, loudly, unless CI is set (then they fail).
    log(`\n*** bench: the page's rows are SKIPPED: ${page.skipped} ***\n`);
    return [{ what: "the page (Chromium)", text: "skipped", target: "", ok: !process.env.CI }];
  }
  const { demo, big: p } = page.figures;
  const limit = TARGETS.pageBigRatio * big.medianMs;
  const longest = Math.max(demo.longestTaskMs, p.longestTaskMs);
  return [
    { what: "the page, demo workbook: chosen → download ready", time: demo.medianMs, rss: null, target: "< 0.5 s", ok: demo.medianMs < TARGETS.pageDemo.ms },
    {
      what: "the page, 5,000 units × 30 (150,000 rows)",
      time: p.medianMs,
      rss: null,
      target: `≤ 2 × the command line's (${fmtMs(limit)})`,
      ok: p.medianMs <= limit,
    },
    {
      what: "  the page meanwhile: longest main-thread task, frame gap",
      text: `${fmtMs(longest)}, ${fmtMs(Math.max(demo.longestFrameGapMs, p.longestFrameGapMs))}`,
      target: `task ≤ ${TARGETS.pageFreezeMs} ms`,
      ok: longest <= TARGETS.pageFreezeMs,
    },
  ];
}

function hyperformulaVersion() {
  return require(path.join(root, "node_modules", "hyperformula", "package.json")).version;
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms < 20 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
const fmtMB = (mb) => (mb === null ? "n/a" : `${Math.round(mb)} MB`);

/** The 1-minute load average: how busy the machine was (on a shared 2-core machine, figures move with it). */
const loadNow = () => os.loadavg()[0].toFixed(1);
const loadAtStart = loadNow();

async function main() {
  ensureBuild();
  ensureWebBuild();
  fs.mkdirSync(benchDir, { recursive: true });
  const runs = quick ? 3 : 5;

  log("bench: the plan's 45 units × 30 rows, Appraise and the HyperFormula workbook in turns …");
  const vs = versus(30, 5, quick ? 11 : 31);

  log("bench: engine …");
  const e45 = engine("plan", 60, runs);
  const e1k = engine(1000, 60, runs);
  const e10k = engine(10000, 60, runs);

  log("bench: command line on the demo workbook …");
  const demo = await cli(["score", "examples/yinhai-2016.xlsx", "--out", path.join(benchDir, "demo.graded.xlsx")], runs);
  const bigFile = path.join(benchDir, "units5000x30.xlsx");
  ensureBigWorkbook(bigFile);
  log("bench: command line on 150,000 indicator rows …");
  const big = await cli(["score", bigFile, "--out", path.join(benchDir, "units5000x30.graded.xlsx")], quick ? 1 : 3);
  const page = await pageBench({
    html: webPage,
    files: [
      { key: "demo", file: path.join(root, "examples", "yinhai-2016.xlsx"), runs },
      { key: "big", file: bigFile, runs: quick ? 1 : 3 },
    ],
    log,
  });

  const rows = [
    {
      what: `engine grade(), ${vs.units} units × 30 rows (${vs.indicatorRows.toLocaleString("en")}), one edit`,
      time: vs.appraise.medianMs,
      rss: null,
      target: "≤ 20 ms",
      ok: vs.appraise.medianMs <= TARGETS.plan.ms,
    },
    { what: `HyperFormula ${hyperformulaVersion()}, the same rules as formulas, one edit`, time: vs.formula.medianMs, rss: null, target: "", ok: true },
    {
      what: `  HyperFormula ÷ Appraise (${vs.checkedUnits} composites and tiers checked equal)`,
      text: `${vs.ratio.toFixed(1)}×`,
      target: "≥ 15×",
      ok: vs.ratio >= TARGETS.plan.ratio,
    },
    {
      what: `engine grade(), ${e45.units} units × 60 rows (${e45.indicatorRows.toLocaleString("en")})`,
      time: e45.medianMs,
      rss: e45.peakRssMB,
      target: "",
      ok: true,
    },
    {
      what: `engine grade(), ${e1k.units.toLocaleString("en")} × 60 (${e1k.indicatorRows.toLocaleString("en")} rows)`,
      time: e1k.medianMs,
      rss: e1k.peakRssMB,
      target: "",
      ok: true,
    },
    {
      what: `engine grade(), ${e10k.units.toLocaleString("en")} × 60 (${e10k.indicatorRows.toLocaleString("en")} rows)`,
      time: e10k.medianMs,
      rss: e10k.peakRssMB,
      target: "≤ 1.5 s",
      ok: e10k.medianMs <= TARGETS.engine10k.ms,
    },
    {
      what: "appraise score, demo workbook (45 units, 540 rows)",
      time: demo.medianMs,
      rss: demo.peakRssMB,
      target: "≤ 0.5 s",
      ok: demo.medianMs <= TARGETS.cliDemo.ms,
    },
    {
      what: "appraise score, 5,000 units × 30 (150,000 rows)",
      time: big.medianMs,
      rss: big.peakRssMB,
      target: "≤ 15 s, ≤ 1.5 GB",
      ok: big.medianMs <= TARGETS.cliBig.ms && (big.peakRssMB === null || big.peakRssMB <= TARGETS.cliBig.rssMB),
    },
  ];

  rows.push(...pageRows(page, big));

  const copy = await packageCopyBench({ root, bigFile, outDir: benchDir, runs: quick ? 1 : 3, log });
  rows.push(...copy.rows);

  const figures = {
    packageCopy: copy.figures,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    loadAverage: { start: loadAtStart, end: loadNow() },
    plan: vs,
    engine: { e45, e1k, e10k },
    cli: { demo, big },
    page,
  };
  fs.writeFileSync(path.join(benchDir, "results.json"), JSON.stringify(figures, null, 2));
  if (asJson) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);

  const width = Math.max(...rows.map((r) => r.what.length));
  const out = [
    `Appraise benchmark — node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load average ${loadAtStart} at start, ${loadNow()} at end`,
    `${"".padEnd(width)}  ${"median".padStart(9)}  ${"peak RSS".padStart(9)}  target`,
    ...rows.map(
      (r) =>
        `${r.what.padEnd(width)}  ${(r.text ?? (r.time === null ? "" : fmtMs(r.time))).padStart(9)}  ${(r.text || (r.rss === null && r.time === null) ? "" : fmtMB(r.rss)).padStart(9)}  ${r.target}${r.target ? (r.ok ? "  ok" : "  MISSED") : ""}`,
    ),
    `(one edit: median of ${vs.runs} edits after ${vs.warmups} warm-up edits, Appraise and HyperFormula in turns in one process; the very first`,
    ` edit took ${fmtMs(vs.appraise.firstMs)} and ${fmtMs(vs.formula.firstMs)}; HyperFormula built its workbook in ${fmtMs(vs.formula.buildMs)})`,
    `(engine: median of ${runs} runs after a warm-up, each size in its own process; command line: wall time of a fresh process,`,
    ` median of ${runs} (demo) and ${quick ? 1 : 3} (150,000 rows) runs, peak RSS from ${hasGnuTime ? "/usr/bin/time -v" : "/proc VmHWM"};`,
    ` page: ${page.skipped ? `skipped, ${page.skipped}` : `${page.browser}, a fresh page each run, from the file input's change event to the download button in the page, same medians`})`,
  ];
  if (!asJson) process.stdout.write(`${out.join("\n")}\n`);
  else log(out.join("\n"));
  return rows.every((r) => r.ok) ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`bench: ${e.stack || e}\n`);
    process.exitCode = 2;
  },
);
