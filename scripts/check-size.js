#!/usr/bin/env node
/**
 * The task pane's JavaScript budget: run after `npm run build`.
 *
 *   node scripts/check-size.js [--max-kib N] [--dist DIR]      (npm run size)
 *
 * Measures the gzipped size of every script dist/taskpane.html loads at start
 * (its <script src> tags: the runtime, shared chunks and both entries of the
 * shared runtime page). Lazy chunks are not in the page, so they do not count;
 * Office.js comes from Microsoft's CDN and is skipped. Fails above 250 KiB.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const DEFAULT_MAX_KIB = 250;

function parseArgs(argv) {
  const args = { maxKib: DEFAULT_MAX_KIB, dist: path.join(__dirname, "..", "dist") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--max-kib") args.maxKib = Number(argv[++i]);
    else if (argv[i] === "--dist") args.dist = path.resolve(argv[++i]);
    else throw new Error(`unknown argument "${argv[i]}"`);
  }
  if (!(args.maxKib > 0)) throw new Error("--max-kib needs a positive number");
  return args;
}

/** The src of every <script> in the page, in order (the minified page leaves some attributes unquoted). */
function scriptSources(html) {
  const tags = html.match(/<script\b[^>]*>/gi) || [];
  return tags
    .map((tag) => /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag))
    .filter(Boolean)
    .map((m) => m[1] ?? m[2] ?? m[3]);
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

function main(argv) {
  const { maxKib, dist } = parseArgs(argv);
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page)) {
    console.error(`${path.relative(process.cwd(), page)} not found: run \`npm run build\` first`);
    return 1;
  }
  const sources = scriptSources(fs.readFileSync(page, "utf8"));
  const local = sources.filter((src) => !/^(https?:)?\/\//i.test(src));
  if (local.length === 0) {
    console.error("taskpane.html loads no local scripts: is the build broken?");
    return 1;
  }
  if (!local.some((src) => /\.[0-9a-f]{8,}\.js$/.test(src))) {
    console.warn("warning: the scripts have no content hash — this looks like a development build; run `npm run build`");
  }
  let total = 0;
  let totalRaw = 0;
  for (const src of local) {
    const file = path.join(dist, decodeURI(src.split(/[?#]/)[0]).replace(/^(\.\/|\/)/, ""));
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    total += gz;
    totalRaw += raw.length;
    console.log(`  ${src.padEnd(40)} ${kib(raw.length).padStart(8)} KiB  ${kib(gz).padStart(7)} KiB gz`);
  }
  const verdict = total <= maxKib * 1024 ? "within" : "OVER";
  console.log(`task pane initial JS: ${kib(total)} KiB gzipped (${kib(totalRaw)} KiB raw), ${verdict} the ${maxKib} KiB budget`);
  return verdict === "within" ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exitCode = 2;
}
