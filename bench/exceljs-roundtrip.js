#!/usr/bin/env node
"use strict";
// The alternative `appraise score` replaced (issue 9), for bench/package-copy.js:
// the whole workbook loaded into ExcelJS's model, graded, and the whole model
// written back out, as the command did before.
//   node bench/exceljs-roundtrip.js <in.xlsx> <out.xlsx>
const path = require("path");
const fs = require("fs");
const dist = path.join(__dirname, "..", "dist", "node");
const { openWorkbook, saveWorkbook } = require(path.join(dist, "workbook", "xlsx", "files.js"));
const { createXlsxPort } = require(path.join(dist, "workbook", "xlsx", "xlsxPort.js"));
const { runAppraisal } = require(path.join(dist, "workbook", "runAppraisal.js"));

async function main(input, out) {
  const opened = await openWorkbook(fs.readFileSync(input));
  if (!opened.ok) throw new Error(`cannot open ${input}: ${opened.problem.kind}`);
  await runAppraisal(createXlsxPort(opened.loaded.workbook), { lang: "en", version: "bench", now: new Date() });
  await saveWorkbook(opened.loaded.workbook, out);
}

main(process.argv[2], process.argv[3]).catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
