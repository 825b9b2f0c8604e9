#!/usr/bin/env node
"use strict";
// `npm run screenshots`: retakes the README's task-pane screenshots
// (docs/screenshots/*.png) by running the browser end-to-end test with
// APPRAISE_SCREENSHOTS=docs. `npm test` runs the same test but writes its
// screenshots under test-output/, so it never changes tracked files.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const jest = path.join(__dirname, "..", "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(process.execPath, [jest, "test/e2e"], {
  cwd: path.join(__dirname, ".."),
  stdio: "inherit",
  env: { ...process.env, APPRAISE_SCREENSHOTS: "docs" },
});
process.exit(run.status ?? 1);
