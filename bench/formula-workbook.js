"use strict";
/**
 * The alternative Appraise is measured against: the workbook of formulas an
 * office would build instead, with the same rules, in HyperFormula (a
 * spreadsheet engine; a dev dependency, used only here, GPL-3.0 under its
 * "gpl-v3" key). It holds the demo's input tables as they are, a few helper
 * columns beside them (a bonus row's points, a penalty row's counted items, a
 * survey row's points), a Rules sheet of the numbers the formulas use, and a
 * Results sheet with one row of formulas per unit:
 *
 *   parts       each ROUND(…, 2) of SUMIFS/SUMIF over its table (bonus capped
 *               by MIN, penalties counted inside the period, public and leader
 *               from Satisfaction, else from the Survey rows' points)
 *   composite   ROUND of the sum of the rounded parts
 *   rank        COUNTIFS(category, composite greater) + 1 (1, 2, 2, 4)
 *   quotas      largest remainder of N × 0.4 / 0.5 / 0.1, ties to the better tier
 *   tier        by rank against the quotas (a tied group takes the better tier,
 *               as share-better does), unqualified below the threshold, one tier
 *               lower with a veto
 *
 * These are the reference plan's default rules (SPEC §3–4) only, which is all
 * the demo uses; the benchmark checks that its composites and tiers equal
 * Appraise's before it times anything.
 */
const { HyperFormula } = require("hyperformula");

const RULES = [
  ["bonus.cap", 10],
  ["bonus.multiplier", 2],
  ["penalty.points", 2],
  ["period.start", 42370], // 2016-01-01
  ["period.end", 42735], // 2016-12-31
  ["tier.threshold", 900],
  ["tier.ratio.first", 0.4],
  ["tier.ratio.second", 0.5],
  ["tier.ratio.third", 0.1],
  ["survey.weight.satisfied", 1],
  ["survey.weight.fairly", 0.8],
  ["survey.weight.basically", 0.6],
  ["survey.weight.dissatisfied", 0],
  ["weight.public", 200],
  ["weight.leader", 100],
];
/** `Rules!$B$n` of a rule. */
const rule = (key) => `Rules!$B$${RULES.findIndex(([k]) => k === key) + 1}`;

const letter = (index) => String.fromCharCode(65 + index);
const MS_PER_DAY = 86_400_000;
const serial = (value) => (value instanceof Date ? 25569 + value.getTime() / MS_PER_DAY : value);

/** A sheet's rows (header first) and, per English column name, its whole-column range `Sheet!$X$2:$X$n`. */
function sheetOf(table, helpers = []) {
  const names = [...table.columns.map((c) => c.name), ...helpers.map(([name]) => name)];
  // At least one data row, so that every range is well formed.
  const last = Math.max(2, table.rows.length + 1);
  const range = (name) => {
    const c = letter(names.indexOf(name));
    if (names.indexOf(name) < 0) throw new Error(`no column ${name} in ${table.decl.name}`);
    return `${table.decl.name}!$${c}$2:$${c}$${last}`;
  };
  const cell = (name, r) => `${letter(names.indexOf(name))}${r}`;
  const rows = [names, ...table.rows.map((row, i) => [...row.map(serial), ...helpers.map(([, formula]) => formula((name) => cell(name, i + 2)))])];
  return { rows, range };
}

/**
 * The formula workbook of the given demo tables (buildDemoTables' output).
 * Returns the engine, the Results sheet's id and layout, and where each
 * Indicators Score cell is, for edits.
 */
function buildFormulaWorkbook(tables) {
  const t = Object.fromEntries(tables.map((x) => [x.decl.name, x]));
  const indicators = sheetOf(t.Indicators);
  const bonuses = sheetOf(t.Bonuses, [
    ["Points", (c) => `=${c("ApprovedPoints")}*IF(ISBLANK(${c("Multiplier")}),${rule("bonus.multiplier")},${c("Multiplier")})`],
  ]);
  const penalties = sheetOf(t.Penalties, [
    [
      "Counted",
      (c) =>
        `=IF(OR(ISBLANK(${c("Date")}),AND(${c("Date")}>=${rule("period.start")},${c("Date")}<=${rule("period.end")})),IF(ISBLANK(${c("Count")}),1,${c("Count")}),0)`,
    ],
  ]);
  const satisfaction = sheetOf(t.Satisfaction);
  const survey = sheetOf(t.Survey, [
    [
      "Points",
      (c) =>
        `=(${c("Satisfied")}*${rule("survey.weight.satisfied")}+${c("FairlySatisfied")}*${rule("survey.weight.fairly")}+${c("BasicallySatisfied")}*${rule("survey.weight.basically")}+${c("Dissatisfied")}*${rule("survey.weight.dissatisfied")})` +
        `/(${c("Satisfied")}+${c("FairlySatisfied")}+${c("BasicallySatisfied")}+${c("Dissatisfied")})*IF(${c("Kind")}="公众评议",${rule("weight.public")},${rule("weight.leader")})`,
    ],
  ]);
  const spotChecks = sheetOf(t.SpotChecks);
  const vetoes = sheetOf(t.Vetoes);

  const units = t.Units.rows.filter((r) => r[2] !== "否");
  const n = units.length + 1;
  const header = ["Unit", "Category", "Functional", "Common", "Bonus", "Penalty", "Public", "Leader", "SpotCheck", "Composite", "N", "Rank"];
  header.push("F1", "F2", "F3", "R1", "R2", "R3", "Left", "Q1", "Q2", "BaseTier", "TierNo", "Tier");
  const col = (name) => letter(header.indexOf(name));
  const results = units.map(([unit, category], i) => {
    const r = i + 2;
    const c = (name) => `${col(name)}${r}`;
    const satisfactionPart = (column, kind) =>
      `=ROUND(IF(COUNTIF(${satisfaction.range("Unit")},A${r})>0,SUMIF(${satisfaction.range("Unit")},A${r},${satisfaction.range(column)}),` +
      `SUMIFS(${survey.range("Points")},${survey.range("Unit")},A${r},${survey.range("Kind")},"${kind}")),2)`;
    const floor = (ratio) => `=INT(${c("N")}*${rule(ratio)})`;
    const remainder = (ratio, f) => `=ROUND(${c("N")}*${rule(ratio)}-${c(f)},10)`;
    return [
      unit,
      category,
      `=ROUND(SUMIFS(${indicators.range("Score")},${indicators.range("Unit")},A${r},${indicators.range("Type")},"职能"),2)`,
      `=ROUND(SUMIFS(${indicators.range("Score")},${indicators.range("Unit")},A${r},${indicators.range("Type")},"共性"),2)`,
      `=ROUND(MIN(${rule("bonus.cap")},SUMIF(${bonuses.range("Unit")},A${r},${bonuses.range("Points")})),2)`,
      `=ROUND(${rule("penalty.points")}*SUMIF(${penalties.range("Unit")},A${r},${penalties.range("Counted")}),2)`,
      satisfactionPart("Public", "公众评议"),
      satisfactionPart("Leader", "领导评价"),
      `=ROUND(SUMIF(${spotChecks.range("Unit")},A${r},${spotChecks.range("Deduction")}),2)`,
      `=ROUND(${c("Functional")}+${c("Common")}+${c("Bonus")}-${c("Penalty")}+${c("Public")}+${c("Leader")}-${c("SpotCheck")},2)`,
      `=COUNTIF($B$2:$B$${n},B${r})`,
      `=COUNTIFS($B$2:$B$${n},B${r},$${col("Composite")}$2:$${col("Composite")}$${n},">"&${c("Composite")})+1`,
      floor("tier.ratio.first"),
      floor("tier.ratio.second"),
      floor("tier.ratio.third"),
      remainder("tier.ratio.first", "F1"),
      remainder("tier.ratio.second", "F2"),
      remainder("tier.ratio.third", "F3"),
      `=${c("N")}-${c("F1")}-${c("F2")}-${c("F3")}`,
      `=${c("F1")}+IF((${c("R2")}>${c("R1")})+(${c("R3")}>${c("R1")})<${c("Left")},1,0)`,
      `=${c("F2")}+IF((${c("R1")}>=${c("R2")})+(${c("R3")}>${c("R2")})<${c("Left")},1,0)`,
      `=IF(${c("Rank")}<=${c("Q1")},1,IF(${c("Rank")}<=${c("Q1")}+${c("Q2")},2,3))`,
      `=IF(${c("Composite")}<${rule("tier.threshold")},4,MIN(4,${c("BaseTier")}+IF(COUNTIF(${vetoes.range("Unit")},A${r})>0,1,0)))`,
      `=CHOOSE(${c("TierNo")},"first","second","third","unqualified")`,
    ];
  });

  const sheets = {
    Rules: RULES.map(([k, v]) => [k, v]),
    Indicators: indicators.rows,
    Bonuses: bonuses.rows,
    Penalties: penalties.rows,
    Satisfaction: satisfaction.rows,
    Survey: survey.rows,
    SpotChecks: spotChecks.rows,
    Vetoes: vetoes.rows,
    Results: [header, ...results],
  };
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const scoreColumn = t.Indicators.columns.findIndex((c) => c.name === "Score");
  return {
    hf,
    /** Sets the Score of Indicators data row `row` (0-based): HyperFormula recomputes what depends on it. */
    setScore: (row, value) => hf.setCellContents({ sheet: hf.getSheetId("Indicators"), row: row + 1, col: scoreColumn }, [[value]]),
    /** Each unit's composite (2 decimals) and tier, as the Results sheet shows them. */
    results: () => {
      const values = hf.getSheetValues(hf.getSheetId("Results")).slice(1);
      return values.map((row) => ({ unit: row[0], composite: row[header.indexOf("Composite")].toFixed(2), tier: row[header.indexOf("Tier")] }));
    },
  };
}

module.exports = { buildFormulaWorkbook };
