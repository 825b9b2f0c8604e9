#!/usr/bin/env node
"use strict";
// Appraise against the formula workbook, side by side in one process:
//   node bench/versus-child.js <rowsPerUnit> <warmups> <runs>
// On the reference plan's 45 units: one edit (an Indicators Score, changed
// back and forth) recomputed by grade() on the whole input, and by
// HyperFormula on its workbook (bench/formula-workbook.js). Both are first
// checked to give the same composites and tiers, before and after the edit;
// then timed in turns (Appraise, HyperFormula, Appraise, …), so that a busy
// machine slows both alike. No forced GC between runs: a full collection
// before each one (node --expose-gc, global.gc()) made grade() 5 to 10 times
// slower and far noisier, as if it ran cold each time; collections as they
// come are part of either's work. Prints one JSON line.
const path = require("path");
const dist = path.join(__dirname, "..", "dist", "node");
const { buildDemoTables } = require(path.join(dist, "cli", "demo", "buildDemo.js"));
const { inputGrids } = require(path.join(dist, "cli", "inputTables.js"));
const { grade } = require(path.join(dist, "engine", "grade.js"));
const { buildFormulaWorkbook } = require("./formula-workbook.js");

const [rowsArg, warmupsArg, runsArg] = process.argv.slice(2);
const rowsPerUnit = Number(rowsArg || 30);
const warmups = Number(warmupsArg || 5);
const runs = Number(runsArg || 15);

const now = () => process.hrtime.bigint();
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const tables = buildDemoTables({ rowsPerUnit });
const indicators = tables.find((t) => t.decl.name === "Indicators");
const scoreColumn = indicators.columns.findIndex((c) => c.name === "Score");
const original = indicators.rows[0][scoreColumn];
/** The two values the edited cell takes in turn. */
const values = [original - 0.5, original];

/** The engine's input with Indicators row 0's Score set to `value`. */
function editedInput(value) {
  const input = inputGrids(tables);
  const grid = input.tables.find((t) => t.name === "Indicators");
  grid.rows[0] = grid.rows[0].map((cell, c) => (c === scoreColumn ? value : cell));
  return input;
}
const inputs = values.map(editedInput);

/** Throws unless the formula workbook shows Appraise's composites and tiers. */
function check(result, formulas, when) {
  const byUnit = new Map(formulas.results().map((r) => [r.unit, r]));
  const assessed = result.units.filter((u) => u.assessed);
  const differ = assessed.filter((u) => byUnit.get(u.unit)?.composite !== u.composite || byUnit.get(u.unit)?.tier !== u.tier);
  if (differ.length > 0 || byUnit.size !== assessed.length) {
    const u = differ[0];
    throw new Error(
      `${when}: the formula workbook differs from Appraise on ${differ.length} units, e.g. ${u?.unit}: ${JSON.stringify(byUnit.get(u?.unit))} vs ${u?.composite} ${u?.tier}`,
    );
  }
  return assessed.length;
}

let t0 = now();
const first = grade(inputGrids(tables));
const appraiseFirstMs = ms(t0);
t0 = now();
const formulas = buildFormulaWorkbook(tables);
const formulaBuildMs = ms(t0);
const checked = check(first, formulas, "as built");
t0 = now();
formulas.setScore(0, values[0]);
const formulaFirstMs = ms(t0);
check(grade(inputs[0]), formulas, "after one edit");

const appraise = [];
const formula = [];
for (let i = 0; i < warmups + runs; i++) {
  const k = (i + 1) % 2;
  t0 = now();
  grade(inputs[k]);
  const a = ms(t0);
  t0 = now();
  formulas.setScore(0, values[k]);
  const f = ms(t0);
  if (i >= warmups) {
    appraise.push(a);
    formula.push(f);
  }
}
// The last edit left both on the same value: they must still agree.
check(grade(inputs[(warmups + runs) % 2]), formulas, "after the timed edits");

process.stdout.write(
  JSON.stringify({
    units: first.units.length,
    indicatorRows: indicators.rows.length,
    checkedUnits: checked,
    warmups,
    runs,
    appraise: { firstMs: appraiseFirstMs, medianMs: median(appraise), minMs: Math.min(...appraise), maxMs: Math.max(...appraise) },
    formula: { buildMs: formulaBuildMs, firstMs: formulaFirstMs, medianMs: median(formula), minMs: Math.min(...formula), maxMs: Math.max(...formula) },
    ratio: median(formula) / median(appraise),
  }) + "\n",
);
