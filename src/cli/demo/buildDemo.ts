/**
 * The demo workbook's inputs: the reference plan's 45 units (or any number of
 * made-up ones, for benchmarks) with plausible made-up scores from a seeded
 * generator. Every kind of input the plan knows appears at least once: core
 * and temporary indicators, satisfaction scores and raw survey votes, bonuses
 * (one over the cap), penalties (one outside the period), a spot check, a veto
 * (安全生产), an adjustment filed late, a temporary task filed late and a late
 * appeal. No Holidays table: the maintained calendar applies.
 */
import { RULES } from "../../engine/rules";
import { day, inputTable, type InputTable, type InputValue } from "../inputTables";
import { prng, type Prng } from "./prng";
import { UNITS_2016 } from "./units2016";

export interface DemoOptions {
  /** Made-up units instead of the reference plan's 45 (three categories, in turn). */
  readonly unitCount?: number;
  /** Indicator rows per unit, at least 10 (default 12: 8 functional, 4 common). */
  readonly rowsPerUnit?: number;
  readonly seed?: number;
}

export const DEMO_SEED = 2016;

const CATEGORIES = ["经济管理类和其他类", "公共事务管理和监管、监督类", "党委群团类"] as const;

const COMMON: readonly (readonly [string, number])[] = [
  ["机关效能建设", 30],
  ["政务公开和信息管理", 25],
  ["行政成本", 25],
  ["人大代表建议和政协提案办理", 20],
];

interface IndicatorSlot {
  readonly name: string;
  readonly group: string | null;
  readonly max: number;
}

/**
 * The functional indicators of a unit with `count` rows: 4 core-function
 * targets (80 each), one temporary task (60) and the rest sharing 220, so
 * they total 600 as the plan's weight says.
 */
function functionalSlots(count: number): IndicatorSlot[] {
  const others = count - 5;
  const named = ["区委区政府重点工作任务", "配合工作", "群众意见整改工作"];
  const maxes = others === 3 ? [120, 50, 50] : Array.from({ length: others }, (_, i) => Math.floor(220 / others) + (i < 220 % others ? 1 : 0));
  const slots: IndicatorSlot[] = [{ name: named[0], group: null, max: maxes[0] }];
  ["一", "二", "三", "四"].forEach((n) => slots.push({ name: `核心职能目标${n}`, group: "核心职能", max: 80 }));
  for (let i = 1; i < others; i++) slots.push({ name: named[i] ?? `职能目标${i + 1}`, group: null, max: maxes[i] });
  slots.push({ name: "临时性重大工作", group: "临时性重大工作", max: 60 });
  return slots;
}

/** Rounds to half points, as appraisal scorers do. */
const half = (x: number): number => Math.round(x * 2) / 2;
const cents = (x: number): number => Math.round(x * 100) / 100;

/** The next weekday on or after a date. */
function weekday(d: Date): Date {
  const dow = d.getUTCDay();
  return dow === 6 ? addDays(d, 2) : dow === 0 ? addDays(d, 1) : d;
}
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

interface DemoUnit {
  readonly name: string;
  readonly category: string;
  /** How well the unit did, 0..1. */
  readonly quality: number;
}

function demoUnits(options: DemoOptions, rand: Prng): DemoUnit[] {
  const named: (readonly [string, string])[] =
    options.unitCount === undefined
      ? [...UNITS_2016]
      : Array.from({ length: options.unitCount }, (_, i) => [`单位${String(i + 1).padStart(5, "0")}`, CATEGORIES[i % CATEGORIES.length]] as const);
  return named.map(([name, category]) => ({ name, category, quality: rand.between(0.925, 0.99) }));
}

/** Special cases by unit position, the same in the demo and in made-up runs. */
const SPECIAL = { capped: 0, lateTemporary: 3, adjustmentOk: 5, lateAdjustment: 12, lateAppeal: 10, weak: 40, veto: 25 } as const;
const SURVEY_UNITS = [15, 17, 36, 37];
const FEW_VOTES = 37;

function indicatorRows(units: readonly DemoUnit[], rowsPerUnit: number, rand: Prng): InputValue[][] {
  const functional = functionalSlots(rowsPerUnit - COMMON.length);
  const rows: InputValue[][] = [];
  units.forEach((u, i) => {
    const q = i === SPECIAL.weak ? 0.86 : u.quality;
    for (const slot of functional) {
      const score = Math.min(slot.max, half(slot.max * Math.min(1, q + rand.between(-0.04, 0.04))));
      let assigned: Date | null = null;
      let filed: Date | null = null;
      if (slot.group === "临时性重大工作") {
        assigned = weekday(day(2016, 3 + rand.int(7), 1 + rand.int(27)));
        filed = i === SPECIAL.lateTemporary ? weekday(addDays(assigned, 28)) : weekday(addDays(assigned, 2 + rand.int(6)));
      }
      const adjusted =
        slot.name === "核心职能目标二" && i === SPECIAL.adjustmentOk
          ? day(2016, 11, 10)
          : slot.name === "核心职能目标二" && i === SPECIAL.lateAdjustment
            ? day(2016, 12, 5)
            : null;
      rows.push([u.name, "职能", slot.group, slot.name, slot.max, score, assigned, filed, adjusted]);
    }
    for (const [name, max] of COMMON) {
      rows.push([u.name, "共性", null, name, max, Math.min(max, half(max * Math.min(1, q + 0.02 + rand.between(-0.03, 0.03)))), null, null, null]);
    }
  });
  return rows;
}

function surveyRows(unit: DemoUnit, few: boolean, rand: Prng): InputValue[][] {
  const votes = (n: number, q: number): number[] => {
    const unknown = rand.int(Math.max(1, Math.round(n * 0.05)));
    const valid = n - unknown;
    const satisfied = Math.round(valid * (q - 0.25 + rand.between(0, 0.1)));
    const fairly = Math.round((valid - satisfied) * 0.6);
    const basically = Math.round((valid - satisfied - fairly) * 0.7);
    return [satisfied, fairly, basically, valid - satisfied - fairly - basically, unknown];
  };
  return [
    [unit.name, "公众评议", ...votes(100 + rand.int(60), unit.quality)],
    [unit.name, "领导评价", ...votes(few ? 24 : 35 + rand.int(10), unit.quality)],
  ];
}

function satisfactionTables(units: readonly DemoUnit[], rand: Prng): InputTable[] {
  const surveyed = new Set(SURVEY_UNITS.filter((i) => i < units.length));
  const satisfaction: InputValue[][] = [];
  const survey: InputValue[][] = [];
  units.forEach((u, i) => {
    if (surveyed.has(i)) survey.push(...surveyRows(u, i === FEW_VOTES, rand));
    else satisfaction.push([u.name, cents(200 * (u.quality - 0.07 + rand.between(0, 0.06))), cents(100 * (u.quality - 0.04 + rand.between(0, 0.05)))]);
  });
  return [
    inputTable("Satisfaction", ["Unit", "Public", "Leader"], satisfaction),
    inputTable("Survey", ["Unit", "Kind", "Satisfied", "FairlySatisfied", "BasicallySatisfied", "Dissatisfied", "Unknown"], survey),
  ];
}

const BONUS_ITEMS: readonly (readonly [string, string])[] = [
  ["获评全市绩效管理工作先进单位", "表彰奖励"],
  ["“互联网+政务服务”改革创新", "工作创新"],
  ["招商引资任务超额完成", "指标超额"],
  ["获自治区级表彰", "表彰奖励"],
];

function adjustmentTables(units: readonly DemoUnit[], rand: Prng): InputTable[] {
  const bonuses: InputValue[][] = [];
  const penalties: InputValue[][] = [];
  const spotChecks: InputValue[][] = [];
  units.forEach((u, i) => {
    if (i === SPECIAL.capped) {
      bonuses.push([u.name, BONUS_ITEMS[0][0], BONUS_ITEMS[0][1], 4, null], [u.name, BONUS_ITEMS[2][0], BONUS_ITEMS[2][1], 3.5, null]);
    } else if (rand.chance(0.25)) {
      const [item, kind] = BONUS_ITEMS[rand.int(BONUS_ITEMS.length)];
      bonuses.push([u.name, item, kind, half(rand.between(0.5, 3)), rand.chance(0.3) ? 1 : null]);
    }
    if (rand.chance(0.08))
      penalties.push([u.name, weekday(day(2016, 2 + rand.int(10), 1 + rand.int(27))), "受到区委、区政府通报批评", rand.chance(0.3) ? 2 : null]);
    if (rand.chance(0.04)) spotChecks.push([u.name, "年度目标佐证材料与实际不符", half(rand.between(1, 4))]);
  });
  // One penalty dated before the period: reported, not counted.
  if (units.length > 2) penalties.push([units[2].name, day(2015, 12, 28), "2015年度工作被市通报批评", null]);
  if (units.length > 20 && spotChecks.length === 0) spotChecks.push([units[20].name, "为民办实事项目进度与报送不符", 1.5]);
  return [
    inputTable("Bonuses", ["Unit", "Item", "Kind", "ApprovedPoints", "Multiplier"], bonuses),
    inputTable("Penalties", ["Unit", "Date", "Reason", "Count"], penalties),
    inputTable("SpotChecks", ["Unit", "Finding", "Deduction"], spotChecks),
  ];
}

function oneOffTables(units: readonly DemoUnit[]): InputTable[] {
  const at = (i: number): string | null => units[i % units.length]?.name ?? null;
  const vetoes = units.length > SPECIAL.veto ? [[at(SPECIAL.veto), "安全生产", "辖区内发生一起较大生产安全责任事故"]] : [];
  const feedback = day(2017, 2, 20);
  const appeals: InputValue[][] = [
    [at(1), feedback, day(2017, 2, 23)],
    [at(30), feedback, day(2017, 2, 27)],
    [at(SPECIAL.lateAppeal), feedback, day(2017, 3, 6)],
  ];
  return [inputTable("Vetoes", ["Unit", "Area", "Reason"], vetoes), inputTable("Appeals", ["Unit", "FeedbackDate", "AppealDate"], appeals)];
}

/** The Rules table with every key at its default and a note in Chinese. */
export function rulesTable(): InputTable {
  return inputTable(
    "Rules",
    ["Key", "Value", "Note"],
    RULES.map((r) => [r.key, r.default === "" ? null : r.default, r.note.zh]),
  );
}

/**
 * The demo's input tables.
 * @example
 * buildDemoTables().find((t) => t.decl.name === "Units")?.rows.length //=> 45
 */
export function buildDemoTables(options: DemoOptions = {}): InputTable[] {
  const rand = prng(options.seed ?? DEMO_SEED);
  const rowsPerUnit = Math.max(10, options.rowsPerUnit ?? 12);
  const units = demoUnits(options, rand);
  return [
    inputTable(
      "Units",
      ["Unit", "Category", "Assessed"],
      units.map((u) => [u.name, u.category, "是"]),
    ),
    inputTable(
      "Indicators",
      ["Unit", "Type", "Group", "Indicator", "MaxPoints", "Score", "AssignedDate", "FiledDate", "AdjustmentFiled"],
      indicatorRows(units, rowsPerUnit, rand),
    ),
    ...satisfactionTables(units, rand),
    ...adjustmentTables(units, rand),
    ...oneOffTables(units),
    rulesTable(),
  ];
}
