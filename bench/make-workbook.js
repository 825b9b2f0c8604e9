#!/usr/bin/env node
"use strict";
// Writes a made-up input workbook for the benchmark:
//   node bench/make-workbook.js <out.xlsx> [units] [rowsPerUnit]
// Without units, the demo's 45 units of the reference plan (12 rows each).
// Uses the compiled build (dist/node); bench/run.js builds it first.
const path = require("path");
const dist = path.join(__dirname, "..", "dist", "node");
const { buildDemoTables } = require(path.join(dist, "cli", "demo", "buildDemo.js"));
const { inputWorkbook } = require(path.join(dist, "cli", "inputTables.js"));
const { saveWorkbook } = require(path.join(dist, "workbook", "exceljs", "files.js"));

async function makeWorkbook(out, unitCount, rowsPerUnit) {
  const tables = buildDemoTables(unitCount === undefined ? {} : { unitCount, rowsPerUnit });
  await saveWorkbook(inputWorkbook(tables), out);
  const indicators = tables.find((t) => t.decl.name === "Indicators").rows.length;
  return { units: tables.find((t) => t.decl.name === "Units").rows.length, indicators };
}

module.exports = { makeWorkbook };

if (require.main === module) {
  const [out, units, rows] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("usage: node bench/make-workbook.js <out.xlsx> [units] [rowsPerUnit]\n");
    process.exit(2);
  }
  makeWorkbook(path.resolve(out), units === undefined ? undefined : Number(units), rows === undefined ? undefined : Number(rows)).then(
    (r) => process.stdout.write(`${out}: ${r.units} units, ${r.indicators} indicator rows\n`),
    (e) => {
      process.stderr.write(`${e.stack || e}\n`);
      process.exit(1);
    },
  );
}
