/**
 * Properties of the whole engine, with fast-check and a fixed seed (printed in
 * each test's name, so a failure can be replayed):
 * - shuffling input rows changes no result;
 * - grading twice gives byte-identical results and diagnostics;
 * - grading never throws on random grids of mixed cell values.
 */
import fc from "fast-check";
import { grade } from "../../src/engine/grade";
import { TABLES } from "../../src/engine/tables";
import type { Cell, TableGrid, WorkbookInput } from "../../src/engine/types";
import { table } from "./workbook";

const SEED = 20161125;
const RUNS = 60;

const score = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

/** A random valid workbook: 1–25 units in 1–3 categories, with every kind of table. */
const workbookArb = fc
  .record({
    units: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 25 }),
    categories: fc.integer({ min: 1, max: 3 }),
    seedScores: fc.array(fc.tuple(score(200), score(200), score(200), score(100), score(200), score(100)), { minLength: 25, maxLength: 25 }),
    vetoed: fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
    bonus: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 25, maxLength: 25 }),
    ties: fc.constantFrom("share-better", "share-worse", "tiebreak"),
    rounding: fc.constantFrom("largest-remainder", "cap", "half-up"),
    refill: fc.boolean(),
  })
  .map((w) => {
    const names = w.units.map((n) => `单位${n}`);
    const s = (i: number) => w.seedScores[i]!;
    return {
      units: [["Unit", "Category"], ...names.map((u, i) => [u, `类别${i % w.categories}`])] as Cell[][],
      indicators: [
        ["Unit", "Type", "Group", "MaxPoints", "Score"],
        ...names.flatMap((u, i) => [
          [u, "职能", "core", 200, s(i)[0]],
          [u, "职能", "core", 200, s(i)[1]],
          [u, "职能", "core", 200, s(i)[2]],
          [u, "共性", null, 100, s(i)[3]],
        ]),
      ] as Cell[][],
      satisfaction: [["Unit", "Public", "Leader"], ...names.map((u, i) => [u, s(i)[4], s(i)[5]])] as Cell[][],
      bonuses: [["Unit", "ApprovedPoints"], ...names.filter((_, i) => w.bonus[i]! > 4).map((u, i) => [u, w.bonus[i]!])] as Cell[][],
      vetoes: [["Unit", "Area"], ...names.filter((_, i) => w.vetoed[i] && i % 5 === 0).map((u) => [u, "安全生产"])] as Cell[][],
      rules: [
        ["Key", "Value"],
        ["tier.ties", w.ties],
        ["tier.rounding", w.rounding],
        ["veto.refill", w.refill],
        ["tier.threshold", 600],
      ] as Cell[][],
    };
  });

type Tables = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

function toInput(t: Tables): WorkbookInput {
  return {
    tables: [
      table("Units", "考评对象", t.units),
      table("Indicators", "指标考核", t.indicators),
      table("Satisfaction", "满意度评价", t.satisfaction),
      table("Bonuses", "创新争优加分", t.bonuses),
      table("Vetoes", "一票否决", t.vetoes),
      table("Rules", "考评规则", t.rules),
    ],
  };
}

/** Shuffles data rows by the given permutation keys, keeping the header first. */
function shuffle(rows: Cell[][], keys: number[]): Cell[][] {
  const [header, ...body] = rows;
  const order = body.map((r, i) => ({ r, k: keys[i % keys.length]! * 1000 + i })).sort((a, b) => a.k - b.k);
  return [header!, ...order.map((o) => o.r)];
}

/** Keeps the first row of each category first (Results order categories by first appearance). */
function shuffleUnits(rows: Cell[][], keys: number[]): Cell[][] {
  const [header, ...body] = rows;
  const seen = new Set<Cell>();
  const firsts = body.filter((r) => (seen.has(r[1]!) ? false : (seen.add(r[1]!), true)));
  const rest = shuffle([header!, ...body.filter((r) => !firsts.includes(r))], keys).slice(1);
  return [header!, ...firsts, ...rest];
}

/** Diagnostics without their places (shuffling moves rows, so row numbers move). */
const placeless = (input: WorkbookInput) =>
  grade(input)
    .diagnostics.map((d) => `${d.severity} ${d.code} ${d.table} ${d.column} ${d.unit}`)
    .sort();

describe("engine properties", () => {
  it(`shuffling input rows changes no result (seed ${SEED})`, () => {
    fc.assert(
      fc.property(workbookArb, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (t, keys) => {
        const shuffled: Tables = {
          ...t,
          units: shuffleUnits(t.units, keys),
          indicators: shuffle(t.indicators, keys),
          satisfaction: shuffle(t.satisfaction, keys),
          bonuses: shuffle(t.bonuses, keys),
          vetoes: shuffle(t.vetoes, keys),
          rules: shuffle(t.rules, keys),
        };
        const a = grade(toInput(t));
        const b = grade(toInput(shuffled));
        expect(JSON.stringify(b.units)).toBe(JSON.stringify(a.units));
        expect(b.categories).toEqual(a.categories);
        expect(b.inputFingerprint).toBe(a.inputFingerprint);
        expect(placeless(toInput(shuffled))).toEqual(placeless(toInput(t)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`grading twice gives byte-identical output (seed ${SEED})`, () => {
    fc.assert(
      fc.property(workbookArb, (t) => {
        expect(JSON.stringify(grade(toInput(t)))).toBe(JSON.stringify(grade(toInput(t))));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`every assessed unit of a graded category is counted once in its tier counts (seed ${SEED})`, () => {
    fc.assert(
      fc.property(workbookArb, (t) => {
        const r = grade(toInput(t));
        for (const c of r.categories) {
          expect(c.quotas.first + c.quotas.second + c.quotas.third).toBe(c.size);
          const counted = c.counts.first + c.counts.second + c.counts.third + c.counts.unqualified;
          expect(counted).toBe(c.graded);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "是",
      "否",
      "职能",
      "共性",
      "public",
      "领导评价",
      "安全生产",
      "2016-11-25",
      "2016年13月1日",
      "９５．５",
      " 12 ",
      "=1+1",
      "#N/A",
      "区发改局",
      "core",
      "temporary",
    ),
    fc.double({ noNaN: false }),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.constantFrom(1e308, -1e308, 2958465, 42699, 0, -0),
    fc.boolean(),
    fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }, { error: "#UNCOMPUTED" }),
  );

  const headerArb = fc.oneof(fc.constantFrom(...TABLES.flatMap((t) => t.columns.flatMap((c) => [c.name, c.zh]))), cellArb);

  const gridArb: fc.Arbitrary<TableGrid> = fc
    .record({
      name: fc.constantFrom(...TABLES.flatMap((t) => [t.name, t.zh]), "Other"),
      sheet: fc.constantFrom("Sheet1", "指标", "My sheet", "it's"),
      header: fc.array(headerArb, { minLength: 0, maxLength: 8 }),
      rows: fc.array(fc.array(cellArb, { minLength: 0, maxLength: 9 }), { maxLength: 12 }),
      row: fc.integer({ min: 1, max: 1_048_000 }),
      column: fc.integer({ min: 1, max: 16_000 }),
    })
    .map((g) => ({
      name: g.name,
      sheet: g.sheet,
      headerRow: g.row,
      firstColumn: g.column,
      header: g.header,
      rows: g.rows.map((r) => g.header.map((_, i) => r[i] ?? null)),
    }));

  it(`never throws on random grids of mixed cell values (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 8 }), (tables) => {
        const r = grade({ tables });
        for (const d of r.diagnostics) {
          expect(typeof d.message.zh).toBe("string");
          expect(d.message.en).not.toMatch(/undefined/);
        }
        for (const u of r.units) if (u.composite !== null) expect(u.composite).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it(`never throws on valid workbooks with random cells spoiled (seed ${SEED})`, () => {
    fc.assert(
      fc.property(workbookArb, fc.array(fc.tuple(fc.nat(), fc.nat(), cellArb), { maxLength: 20 }), (t, spoils) => {
        const grids = [t.units, t.indicators, t.satisfaction, t.bonuses, t.vetoes, t.rules].map((g) => g.map((r) => [...r]));
        for (const [i, j, cell] of spoils) {
          const g = grids[i % grids.length]!;
          const row = g[1 + (j % Math.max(1, g.length - 1))];
          if (row) row[j % row.length] = cell;
        }
        const [units, indicators, satisfaction, bonuses, vetoes, rules] = grids as Cell[][][];
        const r = grade(toInput({ units: units!, indicators: indicators!, satisfaction: satisfaction!, bonuses: bonuses!, vetoes: vetoes!, rules: rules! }));
        for (const u of r.units) expect(u.graded).toBe(u.tier !== null);
        for (const d of r.diagnostics) expect(d.message.en).not.toMatch(/undefined|NaN/);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
