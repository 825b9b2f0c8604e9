#!/usr/bin/env node
/**
 * The browser page's syntax check (issue 19): every script in
 * dist/web/appraise.html — the page's inline <script> and the worker's
 * <script type="text/x-appraise-worker"> — must parse at the ECMAScript level
 * of the oldest engine we support (ES2020: Chromium 83, see the README's
 * "Appraise in the browser"). Newer syntax (`??=`, class fields, `#x in o`,
 * static blocks, …) would be a SyntaxError there and leave a blank page.
 *
 *   node scripts/check-web-syntax.js [FILE.html] [--ecma 2020]
 *   node scripts/check-web-syntax.js DIR [--ecma 2020]     every .js file under DIR (the WPS add-in's dist/wps/)
 *
 * Exits 0 when every script parses, 1 naming the script, line, column and the
 * code around the first piece of newer syntax, 2 on a usage error. Uses acorn,
 * the parser webpack itself depends on.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const acorn = require("acorn");

const { ECMA_VERSION: DEFAULT_ECMA } = require("./oldest-chromium");
/** Script types the browser runs, or that we run ourselves (the worker's). */
const JS_TYPES = new Set(["", "text/javascript", "application/javascript", "module", "text/x-appraise-worker"]);

/** The scripts of a page: { label, type, code, line } for each inline <script> holding JavaScript. */
function inlineScripts(html) {
  const found = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    const attrs = m[1];
    const type = (/\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs) || []).slice(1).find((v) => v !== undefined) || "";
    if (!JS_TYPES.has(type.trim().toLowerCase())) continue;
    if (/\ssrc\s*=/i.test(attrs)) throw new Error("the page loads a script from a file: it should have every script inline");
    const id = (/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs) || []).slice(1).find((v) => v !== undefined);
    const line = html.slice(0, m.index).split("\n").length;
    found.push({ label: `<script${type ? ` type="${type}"` : ""}${id ? ` id="${id}"` : ""}> at line ${line}`, type, code: m[2] });
  }
  return found;
}

/** Parses one script at `ecmaVersion`; returns null when it parses, else a description of the first error. */
function syntaxProblem(code, ecmaVersion, type) {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: type === "module" ? "module" : "script", locations: true });
    return null;
  } catch (e) {
    const around = e.pos === undefined ? "" : code.slice(Math.max(0, e.pos - 60), e.pos + 40).replace(/\s+/g, " ");
    return `${e.message}${around ? `\n    near: …${around}…` : ""}`;
  }
}

/** Checks every script of the page; returns the problems (empty when all parse). */
function checkPage(html, ecmaVersion = DEFAULT_ECMA) {
  const scripts = inlineScripts(html);
  if (scripts.length === 0) return ["the page has no inline script: is the build broken?"];
  const problems = [];
  for (const s of scripts) {
    const problem = syntaxProblem(s.code, ecmaVersion, s.type);
    if (problem !== null) problems.push(`${s.label} is newer than ES${ecmaVersion}: ${problem}`);
  }
  return problems;
}

/** Every .js file under `dir`, sorted. */
function scriptFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...scriptFiles(full));
    else if (entry.name.endsWith(".js")) out.push(full);
  }
  return out.sort();
}

/** Checks every script file under `dir` (the WPS add-in's pages load theirs from js/); returns the problems. */
function checkScriptDir(dir, ecmaVersion = DEFAULT_ECMA) {
  const files = scriptFiles(dir);
  if (files.length === 0) return [`${dir} has no .js file: is the build broken?`];
  const problems = [];
  for (const file of files) {
    const problem = syntaxProblem(fs.readFileSync(file, "utf8"), ecmaVersion, "");
    if (problem !== null) problems.push(`${path.relative(dir, file)} is newer than ES${ecmaVersion}: ${problem}`);
  }
  return problems;
}

function main(argv) {
  let file = path.join(__dirname, "..", "dist", "web", "appraise.html");
  let ecma = DEFAULT_ECMA;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--ecma") ecma = Number(argv[++i]);
    else file = path.resolve(argv[i]);
  }
  if (!Number.isInteger(ecma) || ecma < 2015) throw new Error("--ecma needs a year such as 2020");
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(process.cwd(), file)} not found: run \`npm run build:web\` first`);
    return 2;
  }
  if (fs.statSync(file).isDirectory()) {
    const problems = checkScriptDir(file, ecma);
    for (const p of problems) console.error(p);
    if (problems.length === 0) console.log(`${path.relative(process.cwd(), file)}: ${scriptFiles(file).length} scripts parse as ES${ecma}`);
    return problems.length === 0 ? 0 : 1;
  }
  const html = fs.readFileSync(file, "utf8");
  const problems = checkPage(html, ecma);
  for (const p of problems) console.error(p);
  if (problems.length === 0) console.log(`${path.relative(process.cwd(), file)}: ${inlineScripts(html).length} scripts parse as ES${ecma}`);
  return problems.length === 0 ? 0 : 1;
}

module.exports = { checkPage, checkScriptDir, inlineScripts, scriptFiles, DEFAULT_ECMA };

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exitCode = 2;
  }
}
