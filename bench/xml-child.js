#!/usr/bin/env node
"use strict";
// How long reading a large sheet's XML takes two ways, on the same part in the
// same process (bench/package-copy.js prints both): saxes, the conformant SAX
// parser the package reader uses, and a plain regular-expression scan of the
// cells, the floor a hand-written reader could reach.
//   node bench/xml-child.js <in.xlsx> [runs]
const fs = require("fs");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");
const { TextDecoder } = require("util");

function saxesCells(xml) {
  let cells = 0;
  let values = 0;
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => {
    if (tag.name === "c") cells++;
  });
  parser.on("text", () => values++);
  parser.write(xml).close();
  return cells;
}

function scanCells(xml) {
  let cells = 0;
  const re = /<c\b([^>]*?)(?:\/>|>(?:<f[^>]*>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>)?[\s\S]*?<\/c>)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    /\br="([A-Z]+)(\d+)"/.exec(m[1]);
    cells++;
  }
  return cells;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function time(fn, xml, runs) {
  const ms = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    cells = fn(xml);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { medianMs: median(ms), cells };
}

const [file, runsArg] = process.argv.slice(2);
const parts = unzipSync(fs.readFileSync(file), { filter: (f) => f.name.startsWith("xl/worksheets/") });
const [name, data] = Object.entries(parts).sort((a, b) => b[1].length - a[1].length)[0];
const xml = new TextDecoder().decode(data);
const runs = Number(runsArg || 3);
process.stdout.write(`${JSON.stringify({ part: name, mb: data.length / 1e6, saxes: time(saxesCells, xml, runs), scan: time(scanCells, xml, runs) })}\n`);
