"use strict";
/**
 * Issue 9's benchmark, for bench/run.js: `appraise score` on the
 * 150,000-row workbook (read the package's tables, grade, write the input's
 * parts plus Appraise's sheets), and the two ways of reading the sheet XML
 * that were measured to choose the reader (bench/xml-child.js). Targets:
 * ≤ 3 s wall, ≤ 500 MB peak RSS. (Until issue 18 it also timed the ExcelJS
 * round trip the command used before issue 9, interleaved: 4.3× slower and
 * 2.9× the memory on 2026-12-01, README › Benchmarks. That port is deleted:
 * every command grades through the package port.)
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const TARGET = { ms: 3000, rssMB: 500 };
const hasGnuTime = fs.existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "true"]).status === 0;

/** Runs `node script args` once: wall ms and peak RSS MB (null without /usr/bin/time). */
function timedNode(root, script, args) {
  return new Promise((resolve, reject) => {
    const argv = [path.join(root, script), ...args];
    const [cmd, all] = hasGnuTime ? ["/usr/bin/time", ["-v", process.execPath, ...argv]] : [process.execPath, argv];
    const at = args.indexOf("--out");
    // As bench/run.js: each run writes a new copy (one already there would be compared with it first).
    if (at >= 0) fs.rmSync(args[at + 1], { force: true });
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, all, { cwd: root, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const status = /Exit status: (\d+)/.exec(stderr);
      if ((status ? Number(status[1]) : code) !== 0) return reject(new Error(`${script} ${args.join(" ")} failed: ${stderr}`));
      resolve({ ms, rssMB: rss ? Number(rss[1]) / 1000 : null });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (all) => ({
  runs: all.length,
  medianMs: median(all.map((r) => r.ms)),
  minMs: Math.min(...all.map((r) => r.ms)),
  peakRssMB: all.some((r) => r.rssMB === null) ? null : Math.max(...all.map((r) => r.rssMB)),
});

/** The figures and the rows bench/run.js prints. */
async function packageCopyBench({ root, bigFile, outDir, runs, log }) {
  log("bench: package copy on 150,000 indicator rows …");
  const pkg = [];
  for (let i = 0; i < runs; i++) {
    pkg.push(await timedNode(root, "bin/appraise.js", ["score", bigFile, "--out", path.join(outDir, "package.graded.xlsx")]));
  }
  const xmlRun = spawnSync(process.execPath, [path.join(root, "bench", "xml-child.js"), bigFile, "3"], { encoding: "utf8" });
  if (xmlRun.status !== 0) throw new Error(`xml-child failed: ${xmlRun.stderr}`);
  const xml = JSON.parse(xmlRun.stdout);
  const a = summary(pkg);
  const rows = [
    {
      what: "appraise score (package copy), 150,000 rows",
      time: a.medianMs,
      rss: a.peakRssMB,
      target: "≤ 3 s, ≤ 500 MB",
      ok: a.medianMs <= TARGET.ms && (a.peakRssMB === null || a.peakRssMB <= TARGET.rssMB),
    },
    {
      what: `  sheet XML (${xml.mb.toFixed(0)} MB, ${xml.saxes.cells.toLocaleString("en")} cells): saxes`,
      time: xml.saxes.medianMs,
      rss: null,
      target: "",
      ok: true,
    },
    { what: "  the same, plain regular-expression scan", time: xml.scan.medianMs, rss: null, target: "", ok: true },
  ];
  return { rows, figures: { packageCopy: a, xml } };
}

module.exports = { packageCopyBench };
