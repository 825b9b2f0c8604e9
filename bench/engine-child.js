#!/usr/bin/env node
"use strict";
// One engine measurement in a process of its own, so peak memory is this
// size's alone: node --expose-gc bench/engine-child.js <units|plan> <rowsPerUnit> <runs>
// Prints one JSON line. "plan" means the reference plan's 45 units.
const path = require("path");
const dist = path.join(__dirname, "..", "dist", "node");
const { buildDemoTables } = require(path.join(dist, "cli", "demo", "buildDemo.js"));
const { inputGrids } = require(path.join(dist, "cli", "inputTables.js"));
const { grade } = require(path.join(dist, "engine", "grade.js"));

const [unitsArg, rowsArg, runsArg] = process.argv.slice(2);
const rowsPerUnit = Number(rowsArg);
const runs = Number(runsArg || 5);
const tables = buildDemoTables(unitsArg === "plan" ? { rowsPerUnit } : { unitCount: Number(unitsArg), rowsPerUnit });
const input = inputGrids(tables);
const indicatorRows = input.tables.find((t) => t.name === "Indicators").rows.length;
if (global.gc) global.gc();
const baseRss = process.memoryUsage().rss;

const times = [];
let result;
grade(input); // warm-up: JIT and caches, not counted
for (let i = 0; i < runs; i++) {
  if (global.gc) global.gc();
  const t0 = process.hrtime.bigint();
  result = grade(input);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    units: result.units.length,
    indicatorRows,
    graded: result.units.filter((u) => u.graded).length,
    runs,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxMs: times[times.length - 1],
    inputRssMB: baseRss / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1e3,
  }) + "\n",
);
