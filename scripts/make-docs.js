#!/usr/bin/env node
"use strict";
// Fills the generated blocks of docs/guide.md (the tables, columns, rules and
// diagnostic codes) from the program's declarations: `npm run docs`, which
// builds the command line first (the generator, src/cli/userGuide.ts, is part
// of it). test/docs.test.ts fails when the file is not up to date.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const file = path.join(root, "docs", "guide.md");
const { fillGuide } = require(path.join(root, "dist", "node", "cli", "userGuide.js"));
const before = fs.readFileSync(file, "utf8");
const after = fillGuide(before);
if (after === before) console.log("docs/guide.md is up to date");
else {
  fs.writeFileSync(file, after);
  console.log("docs/guide.md updated");
}
