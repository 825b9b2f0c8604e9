#!/usr/bin/env node
"use strict";
// Builds the command line (src → dist/node), the `prepare` script of `npm ci`
// and `npm pack`. With the dev dependencies installed it is `tsc -p
// tsconfig.cli.json`, type checks and all. Without them (`npm ci
// --omit=dev` in a clone) TypeScript itself is there (a dependency, for this)
// but not the type definitions the check needs (@types/node): then it emits
// the same JavaScript without the check (noCheck), so `npx appraise` works;
// test/cli/install.test.ts holds the two builds equal.
const path = require("path");

const root = path.join(__dirname, "..");
const project = path.join(root, "tsconfig.cli.json");

/** True when the type definitions tsconfig.cli.json names can be found (the dev dependencies are installed). */
function canCheck() {
  try {
    require.resolve("@types/node/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

/** Compiles the project; `check` false skips type checking and needs no type definitions. Returns the exit status. */
function build(check, outDir) {
  const ts = require("typescript");
  const overrides = check ? {} : { noCheck: true, types: [] };
  if (outDir) overrides.outDir = outDir;
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) };
  const config = ts.getParsedCommandLineOfConfigFile(project, overrides, host);
  if (!config) return 2;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const emitted = program.emit();
  const problems = check ? ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics) : emitted.diagnostics.concat(config.errors);
  report(problems);
  return problems.some((d) => d.category === ts.DiagnosticCategory.Error) || emitted.emitSkipped ? 2 : 0;
}

function report(diagnostics) {
  const ts = require("typescript");
  if (diagnostics.length === 0) return;
  const format = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  process.stderr.write(ts.formatDiagnostics(diagnostics, format));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  // Installed from the release tarball: dist/node is there, built, and the sources are not.
  if (!require("fs").existsSync(project)) process.exit(0);
  const check = canCheck() && !args.includes("--no-check");
  const out = args.indexOf("--out-dir");
  if (!canCheck()) process.stdout.write("build-cli: dev dependencies not installed; building dist/node without type checks\n");
  process.exitCode = build(check, out >= 0 ? args[out + 1] : undefined);
}

module.exports = { build, canCheck };
