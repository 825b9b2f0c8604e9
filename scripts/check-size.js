#!/usr/bin/env node
/**
 * The task pane's JavaScript budget: run after `npm run build`.
 *
 *   node scripts/check-size.js [--max-kib N] [--dist DIR]      (npm run size)
 *
 * Measures the gzipped size of every script dist/addin/taskpane.html loads at start
 * (its <script src> tags: the runtime, shared chunks and both entries of the
 * shared runtime page): that is the budget, and the build fails above 160 KiB.
 * Office.js is not ours and is skipped, from Microsoft's CDN or, in an intranet
 * build (APPRAISE_OFFICE_JS=local), from dist/addin/office-js/. Then lists the lazy
 * chunks apart (every other script webpack wrote into dist/addin/: the engine with
 * decimal.js, chinese-days and the hash, and the results view, which the
 * pane fetches right after its first paint; see src/workbook/excel/loadRunModules.ts)
 * with their total, which is reported but not budgeted. A build without any
 * lazy chunk fails: the engine would then be back in the initial scripts.
 *
 * Then the browser page, dist/web/appraise.html (`npm run build:web`), when it
 * is there: one file holding everything, so its gzipped size is what an office
 * downloads or mails. Reported, not budgeted unless --max-web-kib N is given.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const DEFAULT_MAX_KIB = 160;

function parseArgs(argv) {
  const args = { maxKib: DEFAULT_MAX_KIB, maxWebKib: undefined, dist: path.join(__dirname, "..", "dist") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--max-kib") args.maxKib = Number(argv[++i]);
    else if (argv[i] === "--max-web-kib") args.maxWebKib = Number(argv[++i]);
    else if (argv[i] === "--dist") args.dist = path.resolve(argv[++i]);
    else throw new Error(`unknown argument "${argv[i]}"`);
  }
  if (!(args.maxKib > 0)) throw new Error("--max-kib needs a positive number");
  if (args.maxWebKib !== undefined && !(args.maxWebKib > 0)) throw new Error("--max-web-kib needs a positive number");
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

/** Prints each file's raw and gzipped size; returns the totals in bytes. */
function measure(dist, files) {
  let gz = 0;
  let raw = 0;
  for (const name of files) {
    const bytes = fs.readFileSync(path.join(dist, name));
    const zipped = zlib.gzipSync(bytes, { level: 9 }).length;
    gz += zipped;
    raw += bytes.length;
    console.log(`  ${name.padEnd(40)} ${kib(bytes.length).padStart(8)} KiB  ${kib(zipped).padStart(7)} KiB gz`);
  }
  return { gz, raw };
}

/** The browser page's line: its raw and gzipped size; false only when a --max-web-kib budget is given and exceeded. */
function reportWebPage(dist, maxWebKib) {
  const page = path.join(dist, "web", "appraise.html");
  if (!fs.existsSync(page)) {
    console.log(`browser page: ${path.relative(process.cwd(), page)} not built (\`npm run build:web\`), not measured`);
    return true;
  }
  const bytes = fs.readFileSync(page);
  const zipped = zlib.gzipSync(bytes, { level: 9 }).length;
  const within = maxWebKib === undefined || zipped <= maxWebKib * 1024;
  const budget = maxWebKib === undefined ? "not budgeted" : `${within ? "within" : "OVER"} the ${maxWebKib} KiB budget`;
  console.log(`browser page web/appraise.html (everything inline): ${kib(zipped)} KiB gzipped (${kib(bytes.length)} KiB raw), ${budget}`);
  return within;
}

/** The task pane's lines: 0 when within the budget, else 1. */
function checkTaskPane(maxKib, distRoot) {
  const dist = path.join(distRoot, "addin");
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page)) {
    console.error(`${path.relative(process.cwd(), page)} not found: run \`npm run build\` first`);
    return 1;
  }
  const sources = scriptSources(fs.readFileSync(page, "utf8"));
  const local = sources.filter((src) => !/^(https?:)?\/\//i.test(src) && !/^(\.\/)?office-js\//.test(src));
  if (local.length === 0) {
    console.error("taskpane.html loads no local scripts: is the build broken?");
    return 1;
  }
  if (!local.some((src) => /\.[0-9a-f]{8,}\.js$/.test(src))) {
    console.warn("warning: the scripts have no content hash — this looks like a development build; run `npm run build`");
  }
  const initialFiles = local.map((src) => decodeURI(src.split(/[?#]/)[0]).replace(/^(\.\/|\/)/, ""));
  console.log("initial (loaded by taskpane.html):");
  const initial = measure(dist, initialFiles);
  const verdict = initial.gz <= maxKib * 1024 ? "within" : "OVER";
  console.log(`task pane initial JS: ${kib(initial.gz)} KiB gzipped (${kib(initial.raw)} KiB raw), ${verdict} the ${maxKib} KiB budget`);

  const lazyFiles = fs
    .readdirSync(dist)
    .filter((name) => name.endsWith(".js") && !initialFiles.includes(name))
    .sort();
  console.log("lazy (fetched after the first paint):");
  const lazy = measure(dist, lazyFiles);
  console.log(`task pane lazy JS: ${kib(lazy.gz)} KiB gzipped (${kib(lazy.raw)} KiB raw) in ${lazyFiles.length} chunk(s), not budgeted`);
  if (lazyFiles.length === 0) {
    console.error("no lazy chunk: the engine is back in the initial scripts (see src/workbook/excel/loadRunModules.ts)");
    return 1;
  }
  return verdict === "within" ? 0 : 1;
}

function main(argv) {
  const { maxKib, maxWebKib, dist } = parseArgs(argv);
  const pane = checkTaskPane(maxKib, dist);
  const webWithin = reportWebPage(dist, maxWebKib);
  return pane === 0 && webWithin ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exitCode = 2;
}
