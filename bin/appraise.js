#!/usr/bin/env node
"use strict";
// The `appraise` command. The TypeScript sources are compiled to dist/node by
// `npm ci` (the `prepare` script) or `npm run build:cli`; the release tarball
// (`npm pack`) carries them built.
var problem = require("./nodeVersion").nodeProblem(process.versions.node);
if (problem) {
  process.stderr.write(problem);
  process.exit(2);
}
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("appraise: not built yet; run `npm run build:cli` (npm ci does it).\n");
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
