/**
 * `grade(input) → result`: the whole engine in one pure call. Tables in as
 * cell grids; scores, tiers, explanations and diagnostics out. Never throws
 * on user data: every problem is a diagnostic.
 */
import { chinaCalendar, rememberingCalendar, weekdaysCalendar, workbookCalendar, type Calendar } from "./calendar";
import { bonusOf, checkAppeals, penaltyOf, spotCheckOf, vetoesOf } from "./adjustments";
import { compositeOf, type UnitParts } from "./composite";
import { inputFingerprint } from "./fingerprint";
import { indicatorScores } from "./indicatorScores";
import { cellOf, findTables, readTable, type ParsedRow, type ParsedTable, type TableMap } from "./readTable";
import { registerUnits, rowsByUnit, type UnitEntry, type UnitRegistry } from "./registerUnits";
import { withoutInvalidRules } from "./dependsOnRules";
import { periodMismatch } from "./periodMismatch";
import { readRules, type Rules, type RulesRead } from "./rules";
import { WorkingDayCounter } from "./workingDayCounter";
import { satisfactionScores, type SatisfactionScores, type UnitSatisfaction } from "./satisfaction";
import { sortDiagnostics } from "./sortDiagnostics";
import { outsideTables } from "./outsideTable";
import { cellRange } from "./address";
import { diagnostic, withholdsResults } from "./messages";
import { TABLES, type TableDeclOf } from "./tables";
import { tierRulesOf } from "./tierRules";
import { tierCategory } from "./tiers/tierCategory";
import { blockersByUnit, standingOf } from "./unitStanding";
import { buildResults, type Member } from "./buildResults";
import { unitDetails } from "./unitDetails";
import type { AppealDeadline, Diagnostic, GradeResult, TableGrid, TableName, WorkbookInput } from "./types";

/** The tables read, each typed by its declaration. */
type Tables = Partial<TableMap>;

/** What reading the tables found besides the tables. */
interface ReadFindings {
  /** Tables that are there but cannot be read (a header problem withholds Results): their rows' absence is not reported row by row. */
  readonly unread: ReadonlySet<TableName>;
  /** Unit names in rows under Units that are not read (ROWS_OUTSIDE_TABLE): the other tables' rows naming them are not UNIT_UNKNOWN. */
  readonly unitsNotRead: ReadonlySet<string>;
}

/** Appends diagnostics one by one: `push(...list)` throws (call stack size) for a list of a few hundred thousand. */
function append(out: Diagnostic[], list: readonly Diagnostic[]): void {
  for (const d of list) out.push(d);
}

/**
 * Every table found and readable. A table that is there but cannot be read (a
 * required column missing or doubled) is left out, and its COLUMN_MISSING or
 * COLUMN_AMBIGUOUS withholds Results, optional table or not: dropping it would
 * silently change results (a Vetoes table without its Unit column vetoes no one).
 */
function readAll(input: WorkbookInput, out: Diagnostic[]): { tables: Tables } & ReadFindings {
  const found = findTables(input);
  append(out, found.diagnostics);
  const tables: Tables = {};
  const unread = new Set<TableName>();
  const foundDecls = new Map<TableName, { decl: (typeof TABLES)[number]; grid: TableGrid }>();
  for (const decl of TABLES) {
    const grid = found.grids.get(decl.name);
    if (!grid) continue;
    foundDecls.set(decl.name, { decl, grid });
    readInto(tables, decl.name, decl, grid, out);
    if (!tables[decl.name]) unread.add(decl.name);
  }
  const listed = new Set((tables.Units?.rows ?? []).flatMap((r) => (r.unit === null ? [] : [r.unit])));
  const outside = outsideTables(input, foundDecls, listed, tables.Units?.columns.get("Unit") ?? null);
  append(out, outside.diagnostics);
  return { tables, unread, unitsNotRead: outside.unitsNotRead };
}

/** Reads table N into `tables` when it can be used. */
function readInto<N extends TableName>(tables: Tables, name: N, decl: TableDeclOf<N>, grid: TableGrid, out: Diagnostic[]): void {
  const read = readTable(decl, grid);
  append(out, read.diagnostics);
  if (read.table) tables[name] = read.table;
}

/** The tables read, in declared order. */
const presentTables = (tables: Tables): ParsedTable[] => Object.values(tables).filter((t) => t !== undefined);

/**
 * The workbook's calendar: the built-in one (`calendar` = `china`, China's
 * statutory holidays; `weekdays`, Monday–Friday) with each Holidays row
 * overriding it for its date. A Holidays table without rows changes nothing.
 */
function calendarOf(table: ParsedTable<"Holidays"> | undefined, rules: Rules): Calendar {
  const base = rules.calendar === "weekdays" ? weekdaysCalendar : chinaCalendar;
  const off = new Set<number>();
  const work = new Set<number>();
  for (const row of table?.rows ?? []) {
    if (!row.ok) continue;
    (row.values.Kind === "work" ? work : off).add(row.values.Date.days);
  }
  return rememberingCalendar(workbookCalendar(base, off, work));
}

/**
 * Every unit's parts, exact (not yet rounded), with every check of the rows
 * that name it. Without an Indicators table (TABLE_MISSING says so) the
 * indicator parts are null and not checked.
 */
function scoreUnits(
  tables: Tables,
  read: ReadFindings,
  registry: UnitRegistry,
  rules: Rules,
  counter: WorkingDayCounter,
  out: Diagnostic[],
): Map<string, UnitParts> {
  const by = <N extends TableName>(name: N): Map<string, ParsedRow<N>[]> => rowsByUnit(tables[name] ?? null, registry, out, read.unitsNotRead);
  const indicators = by("Indicators");
  const [bonuses, penalties, spotChecks, vetoes, appeals] = [by("Bonuses"), by("Penalties"), by("SpotChecks"), by("Vetoes"), by("Appeals")] as const;
  const satisfactionRows = by("Satisfaction");
  const surveyRows = by("Survey");
  const satisfaction: SatisfactionScores = satisfactionScores(
    tables.Satisfaction ? { table: tables.Satisfaction, byUnit: satisfactionRows } : null,
    tables.Survey ? { table: tables.Survey, byUnit: surveyRows } : null,
    rules,
    out,
  );
  const parts = new Map<string, UnitParts>();
  for (const unit of registry.units.values()) {
    const rowsOf = <N extends TableName>(m: Map<string, ParsedRow<N>[]>): ParsedRow<N>[] => m.get(unit.name) ?? [];
    const scores = tables.Indicators ? indicatorScores(unit, tables.Indicators, rowsOf(indicators), rules, counter, out) : { functional: null, common: null };
    checkAppeals(tables.Appeals ?? null, rowsOf(appeals), rules, counter, out);
    const sat = satisfaction.get(unit.name) ?? {};
    parts.set(unit.name, {
      ...scores,
      bonus: bonusOf(unit, tables.Bonuses ?? null, rowsOf(bonuses), rules, out),
      penalty: penaltyOf(tables.Penalties ?? null, rowsOf(penalties), rules, out),
      spotCheck: spotCheckOf(rowsOf(spotChecks)),
      public: sat.public?.value ?? null,
      leader: sat.leader?.value ?? null,
      vetoes: vetoesOf(tables.Vetoes ?? null, rowsOf(vetoes), out),
      details: unitDetails({ bonuses: rowsOf(bonuses), penalties: rowsOf(penalties), spotChecks: rowsOf(spotChecks), vetoes: rowsOf(vetoes) }, rules),
    });
    // A Satisfaction or Survey table that cannot be read says so once (its HEADER_BLANK or COLUMN_MISSING), not once per unit.
    if (unit.assessed && !read.unread.has("Satisfaction") && !read.unread.has("Survey")) missingSatisfaction(unit, sat, out);
  }
  return parts;
}

/**
 * SATISFACTION_MISSING for an assessed unit with no public or no leader score
 * from any table: at the blank cell when the unit has a Satisfaction row that
 * leaves it blank, else at the unit's Units row.
 */
function missingSatisfaction(unit: UnitEntry, sat: UnitSatisfaction, out: Diagnostic[]): void {
  for (const kind of ["public", "leader"] as const) {
    if (!sat[kind]) out.push(diagnostic("SATISFACTION_MISSING", sat.blankAt?.[kind] ?? unit.location, { unit: unit.name, kind }));
  }
}

/** Each unit's member: its rounded parts and composite (./composite) and whether it is graded, with why not (./unitStanding). */
function members(registry: UnitRegistry, parts: Map<string, UnitParts>, rules: Rules, diagnostics: readonly Diagnostic[]): Map<string, Member> {
  const blockers = blockersByUnit(diagnostics);
  const result = new Map<string, Member>();
  for (const unit of registry.units.values()) {
    const p = parts.get(unit.name) as UnitParts;
    const { rounded, target, satisfaction, deductions, composite } = compositeOf(p, rules.decimals);
    const standing = standingOf(unit, composite, blockers.get(unit.name) ?? []);
    const facts = { unit: unit.name, target, satisfaction, deductions, vetoes: p.vetoes, location: unit.location, rounded };
    result.set(
      unit.name,
      standing.graded ? { ...facts, graded: true, composite: standing.composite } : { ...facts, graded: false, composite, why: standing.why },
    );
  }
  return result;
}

/** The assessed members of each category, in Units order: one pass, however many categories. */
function groupAssessed<M>(registry: UnitRegistry, members: ReadonlyMap<string, M>): Map<string, M[]> {
  const byCategory = new Map<string, M[]>();
  for (const [name, member] of members) {
    const unit = registry.units.get(name);
    if (!unit?.assessed) continue;
    const list = byCategory.get(unit.category);
    if (list) list.push(member);
    else byCategory.set(unit.category, [member]);
  }
  return byCategory;
}

/**
 * The appeal deadline of the feedback letters: feedback.date plus
 * appeal.working_days working days, counted at the Rules row of feedback.date
 * (where CALENDAR_UNKNOWN_YEAR goes when the count needs a year nobody knows).
 */
function appealDeadline(tables: Tables, rules: Rules, ruleRead: RulesRead, counter: WorkingDayCounter): AppealDeadline {
  const from = rules.feedbackDate;
  const row = ruleRead.rows.get("feedback.date") ?? null;
  const at = { table: "Rules", row, column: row ? "Value" : null, at: tables.Rules && row ? cellOf(tables.Rules, row, "Value") : null };
  const counted = from ? counter.add(from, rules.appealWorkingDays, "deadline", at) : null;
  return {
    feedbackDate: from?.iso ?? null,
    deadline: counted?.day?.iso ?? null,
    workingDays: rules.appealWorkingDays,
    yearsUnknown: counted?.yearsUnknown ?? [],
  };
}

/**
 * What the grading's working-day counts give once all are made: the appeal
 * deadline, the years nobody knows, and a CALENDAR_UNKNOWN_YEAR for each
 * (./workingDayCounter), appended to `out`.
 */
function calendarFindings(tables: Tables, rules: Rules, ruleRead: RulesRead, counter: WorkingDayCounter, out: Diagnostic[]) {
  const appeal = appealDeadline(tables, rules, ruleRead, counter);
  append(out, counter.diagnostics());
  return { appeal, calendarYearsUnknown: counter.yearsUnknown() };
}

/**
 * RULES_DEFAULT_PERIOD when there is no Rules table, or it sets neither
 * period.start nor period.end: the 2016 plan's period and deadlines are in
 * force. At the Rules table's header, or at no cell without one.
 */
function defaultPeriod(table: ParsedTable<"Rules"> | null, ruleRead: RulesRead, out: Diagnostic[]): void {
  if (ruleRead.rows.has("period.start") || ruleRead.rows.has("period.end")) return;
  const at = table
    ? { ...cellRange(table.grid.sheet, table.grid.headerRow, table.grid.firstColumn), lastColumn: table.grid.firstColumn + table.grid.header.length - 1 }
    : null;
  const text = ruleRead.text;
  out.push(
    diagnostic(
      "RULES_DEFAULT_PERIOD",
      { table: table ? "Rules" : null, at },
      { noTable: table === null, start: text["period.start"] ?? "", end: text["period.end"] ?? "", adjustment: text["deadline.adjustment"] ?? "" },
    ),
  );
}

/** PERIOD_MISMATCH, when the dated rows all lie outside the period. */
function checkPeriod(tables: Tables, rules: Rules, ruleRead: RulesRead, out: Diagnostic[]): void {
  const mismatch = periodMismatch(tables, rules, tables.Rules ?? null, ruleRead.rows.get("period.start") ?? null);
  if (mismatch) out.push(mismatch);
}

/**
 * The result when nothing can be graded (a rule invalid, a table missing or
 * unreadable): Results withheld, but every table that can be checked is
 * checked, so one run shows every error. Rows are checked with the invalid
 * rules at their defaults, and the findings that depend on those rules are
 * left out (dependsOnRules). Without Units, rows cannot be matched to units.
 */
function withheld(tables: Tables, read: ReadFindings, ruleRead: RulesRead, out: Diagnostic[]): GradeResult {
  const rules = ruleRead.checking;
  const counter = new WorkingDayCounter(calendarOf(tables.Holidays, rules));
  if (tables.Units) {
    const registry = registerUnits(tables.Units, rules.categories, out);
    scoreUnits(tables, read, registry, rules, counter, out);
  }
  checkPeriod(tables, rules, ruleRead, out);
  const calendar = calendarFindings(tables, rules, ruleRead, counter, out);
  const parsed = presentTables(tables);
  const diagnostics = sortDiagnostics(withoutInvalidRules(out, ruleRead.invalid));
  return {
    resultsWithheld: true,
    rules: ruleRead.text,
    decimals: ruleRead.rules?.decimals ?? 2,
    units: [],
    categories: [],
    diagnostics,
    inputFingerprint: inputFingerprint(parsed, ruleRead.text),
    ...calendar,
  };
}

/**
 * Grades a workbook's tables (SPEC sections 2–5).
 * @example
 * grade({ tables: [] }).diagnostics.map((d) => d.code) //=> ["TABLE_MISSING", "TABLE_MISSING"]
 */
export function grade(input: WorkbookInput): GradeResult {
  const out: Diagnostic[] = [];
  const { tables, ...read } = readAll(input, out);
  const ruleRead = readRules(tables.Rules ?? null);
  append(out, ruleRead.diagnostics);
  // Said once there is something to grade: before Units and Indicators are read, the tables come first.
  if (tables.Units && tables.Indicators && !read.unread.has("Rules")) defaultPeriod(tables.Rules ?? null, ruleRead, out);
  const rules = ruleRead.rules;
  // Withheld when a diagnostic's code blocks "results" (./messages): a required table missing or doubled,
  // a table that cannot be read, an invalid rule. Rules, Units and Indicators are then all there.
  if (out.some(withholdsResults)) return withheld(tables, read, ruleRead, out);
  if (!rules || !tables.Units || !tables.Indicators) throw new Error("Rules, Units or Indicators missing without a diagnostic that withholds Results");
  const parsed = presentTables(tables);
  const registry = registerUnits(tables.Units, rules.categories, out);
  const counter = new WorkingDayCounter(calendarOf(tables.Holidays, rules));
  const parts = scoreUnits(tables, read, registry, rules, counter, out);
  checkPeriod(tables, rules, ruleRead, out);
  const calendar = calendarFindings(tables, rules, ruleRead, counter, out);
  const all = members(registry, parts, rules, out);
  const tierRules = tierRulesOf(rules);
  const tiers = new Map<string, ReturnType<typeof tierCategory>>();
  const assessedByCategory = groupAssessed(registry, all);
  for (const category of registry.categoryOrder.filter((c) => c !== "")) {
    const t = tierCategory(category, assessedByCategory.get(category) ?? [], tierRules);
    tiers.set(category, t);
    append(out, t.diagnostics);
  }
  const built = buildResults(registry, all, assessedByCategory, tiers, rules.decimals);
  return {
    resultsWithheld: false,
    rules: ruleRead.text,
    decimals: rules.decimals,
    units: built.units,
    categories: built.categories,
    diagnostics: sortDiagnostics(out),
    inputFingerprint: inputFingerprint(parsed, ruleRead.text),
    ...calendar,
  };
}
