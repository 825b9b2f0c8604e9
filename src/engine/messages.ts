/**
 * Every diagnostic code, declared once: its severity, what an error of it
 * blocks, the type of its parameters and its message in Chinese and English.
 * This is the one place where user-facing diagnostic wording lives: codes are
 * stable API (SPEC section 5), messages may be improved. `DiagnosticCode` is
 * the keys of {@link MESSAGES}, and `diagnostic(code, loc, params)` takes the
 * parameter type the code declares, so a misspelled, missing or mistyped
 * parameter is a compile error (see messages.typetest.ts).
 *
 * Messages localize their own parameters: a tier comes as a `Tier` and a
 * table's or column's name as its `{ en, zh }` label, and each language picks
 * its own words. The short title of each code is apart, in codeTitles.ts, so
 * that the task pane's first paint does not load these templates.
 */
import { formatAddress, type SheetRange } from "./address";
import type { RuleKey } from "./rules";
import { TIER_LABELS } from "./tierLabels";
import type { Bilingual, Diagnostic, Severity, Tier } from "./types";

/** A table's or a column's name in both languages (a table or column declaration's `{ en, zh }`). */
export interface Label {
  readonly en: string;
  readonly zh: string;
}

/**
 * What an error of a code stops:
 * - `"results"`: nothing is graded and Results are not written (a required
 *   table missing, a table that cannot be read, an invalid rule, an output
 *   sheet taken);
 * - `"unit"`: the unit it names (its `unit`) is not graded; one that names no
 *   unit (a Holidays cell) blocks nothing;
 * - `null`: nothing (warnings and info).
 */
export type Blocks = "results" | "unit" | null;

interface CodeDecl<P> {
  readonly severity: Severity;
  readonly blocks: Blocks;
  /**
   * The rules the check behind the code reads (none if absent): while one of
   * them is invalid, its findings are left out (see ./dependsOnRules).
   */
  readonly dependsOn?: readonly RuleKey[];
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
  /**
   * The sentence a unit's feedback letter gives instead of the message, for a
   * code whose message names a place in the office's workbook (a row, a
   * cell): the letter goes to the unit, not the office (SPEC section 6).
   * Absent: the letter gives the message.
   */
  readonly letter?: { readonly zh: (p: P) => string; readonly en: (p: P) => string };
  /**
   * What the finding reports changes a unit's score or tier from what its
   * rows say on their face (a row not counted, a default in force, a cap):
   * the run's summary lists it right after the errors (see {@link summaryRank}).
   */
  readonly changesScore?: true;
  /**
   * The finding is about an event after the feedback letter (an appeal is
   * filed after it), so no letter carries it (SPEC section 6).
   */
  readonly laterEvent?: true;
}

/**
 * Declares one code with its parameters' type `P`. (The task pane's first
 * paint needs none of this module: tier labels come from ./tierLabels, so the
 * templates stay out of its initial scripts.)
 */
const declare = <P extends object>(decl: CodeDecl<P>): CodeDecl<P> => decl;

type Unit = { readonly unit: string };
type Cell = { readonly column: Label; readonly value: string };
type IndicatorType = "functional" | "common";
type SatisfactionKind = "public" | "leader";

const INDICATOR_TYPE_ZH: Readonly<Record<IndicatorType, string>> = { functional: "职能", common: "共性" };
const SATISFACTION_ZH: Readonly<Record<SatisfactionKind, string>> = { public: "公众评议", leader: "领导评价" };
const zhTier = (t: Tier): string => TIER_LABELS[t].zh;
const enTier = (t: Tier): string => TIER_LABELS[t].en;
/** What a working-day count was for (CALENDAR_UNKNOWN_YEAR). */
const CALENDAR_COUNT_ZH = { temporary: "临时性工作的申报期限", appeal: "复核申请的期限", deadline: "反馈单上的复核申请截止日期" } as const;
const CALENDAR_COUNT_EN = {
  temporary: "The temporary task's filing period",
  appeal: "The appeal period",
  deadline: "The feedback letters' appeal deadline",
} as const;
/** Unit names and the like, listed in a message: "甲、乙". */
const list = (items: readonly string[]): string => items.join("、");

/**
 * An input table as the user named it (`name`, as spelled in the workbook)
 * with its declared names: messages call a table what the user calls it, and
 * add the declared name of the message's language where that differs.
 */
export interface NamedTable extends Label {
  readonly name: string;
}
const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const zhTable = (t: NamedTable): string => (sameName(t.name, t.zh) ? `“${t.zh}”` : `“${t.name}”（${t.zh}）`);
const enTable = (t: NamedTable): string => (sameName(t.name, t.en) ? `"${t.en}"` : `"${t.name}" (${t.en})`);
const zhColumns = (columns: readonly Label[]): string => columns.map((c) => `“${c.zh}”`).join("、");
const enColumns = (columns: readonly Label[]): string => columns.map((c) => `"${c.en}"`).join(", ");
/** How to make a table bigger, in Excel and in WPS 表格 (ROWS_OUTSIDE_TABLE). */
const RESIZE_ZH = "在 Excel 中拖动表格右下角的调整手柄，或选中表格后用“表设计 > 调整表格大小”；在 WPS 表格中用“表格工具 > 调整表格大小”";
const RESIZE_EN =
  "drag the resize handle at the table's bottom-right corner, or select the table and use Table Design > Resize Table (in WPS Spreadsheets, Table Tools > Resize Table)";

/** Cells outside an input table, directly under it or right of it (ROWS_OUTSIDE_TABLE). */
export interface OutsideBlock {
  readonly table: NamedTable;
  readonly side: "below" | "right";
  /** The block's address on its sheet, without the sheet: `A47:C52`. */
  readonly range: string;
  /** The block's first and last sheet row (below) or column letters (right). */
  readonly from: string;
  readonly to: string;
  /** Unit names the block's rows hold (under a table with a Unit column), the first few. */
  readonly units: readonly string[];
  /** How many unit names the block holds in all. */
  readonly unitCount: number;
}

const outsideUnitsZh = (p: OutsideBlock): string =>
  p.unitCount === 0
    ? ""
    : `（其中有单位 ${list(p.units)}${p.unitCount > p.units.length ? `等 ${p.unitCount} 个` : ""}，它们不算作考评对象，其他表格中这些单位的行也不读取）`;
const outsideUnitsEn = (p: OutsideBlock): string =>
  p.unitCount === 0
    ? ""
    : ` (they name ${p.units.join(", ")}${p.unitCount > p.units.length ? `, … ${p.unitCount} units in all` : ""}: these are not in Units, and the other tables' rows of them are not read either)`;

/** Where table-like data sits in plain cells (TABLE_MISSING). */
export interface PlainData {
  readonly sheet: string;
  /** Its address on the sheet, without the sheet: `A3:J20`. */
  readonly range: string;
}

/** What an existing output file holds that a new copy would not carry (OUTPUT_WOULD_OVERWRITE). */
export interface WouldLose {
  /** The output file, as the user named it. */
  readonly file: string;
  /** The command that grades the input in place instead. */
  readonly inPlace: string;
  /** The file is not a workbook Appraise can read. */
  readonly notWorkbook: boolean;
  /** Sheets the new copy would not have. */
  readonly sheets: readonly string[];
  /** Sheets of both whose content differs (RunLog and History apart: their rows are counted). */
  readonly changedSheets: readonly string[];
  readonly runLogRows: number;
  readonly historyBlocks: number;
  /** Other parts (charts, drawings, …) the new copy would lack or hold otherwise. */
  readonly parts: readonly string[];
}

const firstParts = (parts: readonly string[]): string => parts.slice(0, 3).join(", ") + (parts.length > 3 ? " …" : "");
const firstSheetsZh = (sheets: readonly string[]): string =>
  sheets
    .slice(0, 3)
    .map((s) => `“${s}”`)
    .join("、") + (sheets.length > 3 ? "等" : "");
const firstSheetsEn = (sheets: readonly string[]): string =>
  sheets
    .slice(0, 3)
    .map((s) => `"${s}"`)
    .join(", ") + (sheets.length > 3 ? " …" : "");

function wouldLoseZh(p: WouldLose): string {
  if (p.notWorkbook) return "它不是 Appraise 能读取的工作簿，替换后原内容将全部丢失";
  return [
    p.sheets.length > 0 ? `工作表${p.sheets.map((s) => `“${s}”`).join("、")}` : "",
    p.changedSheets.length > 0 ? `${p.changedSheets.length} 个工作表中的改动（${firstSheetsZh(p.changedSheets)}）` : "",
    p.runLogRows > 0 ? `运行记录中 ${p.runLogRows} 行以前的运行` : "",
    p.historyBlocks > 0 ? `结果历史中 ${p.historyBlocks} 组以前的结果` : "",
    p.parts.length > 0 ? `另外 ${p.parts.length} 个部件（${firstParts(p.parts)}）` : "",
  ]
    .filter((t) => t !== "")
    .join("；");
}

function wouldLoseEn(p: WouldLose): string {
  if (p.notWorkbook) return "it is not a workbook Appraise can read, and all of it would be lost";
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
  return [
    p.sheets.length > 0 ? `the sheet${p.sheets.length === 1 ? "" : "s"} ${p.sheets.map((s) => `"${s}"`).join(", ")}` : "",
    p.changedSheets.length > 0 ? `changes to ${n(p.changedSheets.length, "sheet", "sheets")} (${firstSheetsEn(p.changedSheets)})` : "",
    p.runLogRows > 0 ? `${n(p.runLogRows, "earlier RunLog row", "earlier RunLog rows")}` : "",
    p.historyBlocks > 0 ? `${n(p.historyBlocks, "earlier History block", "earlier History blocks")}` : "",
    p.parts.length > 0 ? `${n(p.parts.length, "other part", "other parts")} (${firstParts(p.parts)})` : "",
  ]
    .filter((t) => t !== "")
    .join("; ");
}

export const MESSAGES = {
  TABLE_MISSING: declare<{ readonly table: Label; readonly plain: PlainData | null }>({
    severity: "error",
    blocks: "results",
    zh: (p) =>
      p.plain === null
        ? `缺少必需的表格“${p.table.zh}”（${p.table.en}）。请选中数据区域，用“插入 > 表格”建立表格（只保留一行列标题），并在“表设计 > 表名称”中命名为“${p.table.zh}”。`
        : `缺少必需的表格“${p.table.zh}”（${p.table.en}）。工作表“${p.plain.sheet}”的 ${p.plain.range} 有像表格的数据，但那是普通单元格，不是表格。像往年汇总表那样的工作表可以用 appraise import 转换成 Appraise 的各个表格；或者选中这些单元格，用“插入 > 表格”建立表格（只保留一行列标题），并在“表设计 > 表名称”中命名为“${p.table.zh}”。`,
    en: (p) =>
      p.plain === null
        ? `The required table "${p.table.en}" (${p.table.zh}) is missing. Select the data, create a table with Insert > Table (one header row), and name it "${p.table.en}" under Table Design > Table Name.`
        : `The required table "${p.table.en}" (${p.table.zh}) is missing. Sheet "${p.plain.sheet}" has table-like data in ${p.plain.range}, but in plain cells, not in a table. A summary sheet like last year's can be turned into Appraise's tables with appraise import; or select those cells, create a table with Insert > Table (one header row), and name it "${p.table.en}" under Table Design > Table Name.`,
  }),
  TABLE_AMBIGUOUS: declare<{ readonly table: Label }>({
    severity: "error",
    blocks: "results",
    zh: (p) => `表格“${p.table.en}”和“${p.table.zh}”同时存在，无法确定使用哪一个。请删除或重命名其中一个。`,
    en: (p) => `Both "${p.table.en}" and "${p.table.zh}" exist; Appraise cannot tell which to use. Delete or rename one.`,
  }),
  COLUMN_MISSING: declare<{ readonly table: NamedTable; readonly column: Label; readonly near: string | null }>({
    severity: "error",
    blocks: "results",
    zh: (p) =>
      `表格${zhTable(p.table)}缺少必需的列“${p.column.zh}”。` +
      (p.near === null ? `请添加列标题为“${p.column.zh}”的列。` : `列“${p.near}”是不是它？如果是，请把该列标题改为“${p.column.zh}”。`),
    en: (p) =>
      `Table ${enTable(p.table)} lacks the required column "${p.column.en}" (${p.column.zh}). ` +
      (p.near === null
        ? `Add a column headed "${p.column.en}" or "${p.column.zh}".`
        : `Is the column "${p.near}" meant to be it? If so, rename its header to "${p.column.en}" or "${p.column.zh}".`),
  }),
  COLUMN_AMBIGUOUS: declare<{ readonly table: NamedTable; readonly column: Label; readonly headers: string }>({
    severity: "error",
    blocks: "results",
    zh: (p) => `表格${zhTable(p.table)}中有两个列标题都对应“${p.column.zh}”：${p.headers}。请删除或重命名其中一个。`,
    en: (p) => `Two headers of table ${enTable(p.table)} map to column "${p.column.en}" (${p.column.zh}): ${p.headers}. Delete or rename one.`,
  }),
  COLUMN_UNKNOWN: declare<{ readonly header: string }>({
    severity: "info",
    blocks: null,
    zh: (p) => `列“${p.header}”不是 Appraise 使用的列，已忽略。`,
    en: (p) => `Column "${p.header}" is not one Appraise uses; it is ignored.`,
  }),
  VALUE_REQUIRED: declare<{ readonly column: Label }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `“${p.column.zh}”不能为空。`,
    en: (p) => `"${p.column.en}" must not be blank.`,
  }),
  NOT_A_NUMBER: declare<Cell>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `“${p.column.zh}”应为数字，但单元格内容是 ${p.value}。`,
    en: (p) => `"${p.column.en}" must be a number, but the cell holds ${p.value}.`,
  }),
  NOT_A_DATE: declare<Cell>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `“${p.column.zh}”应为日期（如 2016-11-25、2016/11/25、2016.11.25 或 2016年11月25日），但单元格内容是 ${p.value}。`,
    en: (p) => `"${p.column.en}" must be a date (such as 2016-11-25, 2016/11/25, 2016.11.25 or 2016年11月25日), but the cell holds ${p.value}.`,
  }),
  CELL_ERROR: declare<Cell>({
    severity: "error",
    blocks: "unit",
    zh: (p) =>
      p.value === "#UNCOMPUTED"
        ? `“${p.column.zh}”是没有计算结果的公式。请在 Excel 中打开、重新计算并保存。`
        : `“${p.column.zh}”是 Excel 错误值 ${p.value}，请先修正该单元格。`,
    en: (p) =>
      p.value === "#UNCOMPUTED"
        ? `"${p.column.en}" is a formula with no computed value. Open, recalculate and save the file in Excel.`
        : `"${p.column.en}" holds the Excel error ${p.value}; fix that cell first.`,
  }),
  NUMBER_NORMALIZED: declare<Cell & { readonly number: string }>({
    severity: "info",
    blocks: null,
    zh: (p) => `“${p.column.zh}”的文本 ${p.value} 按数字 ${p.number} 读取。`,
    en: (p) => `"${p.column.en}": the text ${p.value} was read as the number ${p.number}.`,
  }),
  OUT_OF_RANGE: declare<Cell & { readonly range: string }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `“${p.column.zh}”为 ${p.value}，超出允许范围 ${p.range}。`,
    en: (p) => `"${p.column.en}" is ${p.value}, outside the allowed range ${p.range}.`,
  }),
  /** `first`: the sheet row where the unit is first listed. */
  UNIT_DUPLICATE: declare<Unit & { readonly first: number | null }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `单位“${p.unit}”在考评对象表中重复出现（首次在第 ${p.first ?? ""} 行），该单位不予评定。`,
    en: (p) => `Unit "${p.unit}" is listed twice in Units (first on row ${p.first ?? ""}); it is not graded.`,
    letter: {
      zh: (p) => `单位“${p.unit}”在考评对象表中重复出现，该单位不予评定。`,
      en: (p) => `Unit "${p.unit}" is listed twice in Units; it is not graded.`,
    },
  }),
  UNIT_UNKNOWN: declare<{ readonly name: string; readonly suggestion: string | null }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `单位“${p.name}”不在考评对象表中${p.suggestion ? `，是否是“${p.suggestion}”？` : "。"}该行已忽略。`,
    en: (p) => `Unit "${p.name}" is not in Units${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ""}; the row is ignored.`,
  }),
  CATEGORY_UNKNOWN: declare<{ readonly category: string; readonly allowed: readonly string[] }>({
    severity: "error",
    blocks: "unit",
    dependsOn: ["categories"],
    zh: (p) => `类别“${p.category}”不在规则 categories 允许的类别中（${p.allowed.join(", ")}）。`,
    en: (p) => `Category "${p.category}" is not one of the allowed categories (${p.allowed.join(", ")}).`,
  }),
  CATEGORY_SMALL: declare<{ readonly category: string; readonly count: number }>({
    severity: "warning",
    blocks: null,
    zh: (p) => `类别“${p.category}”只有 ${p.count} 个参加考评的单位，等次比例意义有限。`,
    en: (p) => `Category "${p.category}" has only ${p.count} assessed units; tier shares mean little.`,
  }),
  INDICATORS_MISSING: declare<Unit & { readonly type: IndicatorType }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `单位“${p.unit}”没有${INDICATOR_TYPE_ZH[p.type]}指标行，不予评定。`,
    en: (p) => `Unit "${p.unit}" has no ${p.type} indicator rows; it is not graded.`,
  }),
  POINTS_TOTAL_MISMATCH: declare<Unit & { readonly type: IndicatorType; readonly total: string; readonly weight: string }>({
    severity: "error",
    blocks: "unit",
    dependsOn: ["weight.functional", "weight.common", "functional.normalize"],
    zh: (p) =>
      `单位“${p.unit}”${INDICATOR_TYPE_ZH[p.type]}指标分值合计为 ${p.total}，应为 ${p.weight}，得分不完整，不予评定。请检查指标考核表是否少了该单位的行，或有一行的单位名称写错（见“未知单位”提示）。`,
    en: (p) =>
      `Unit "${p.unit}": its ${p.type} indicators' MaxPoints total ${p.total}, not ${p.weight}, so its scores are incomplete and it is not graded. Check the Indicators table for a missing row of this unit or a row whose unit name is misspelled (see "Unknown unit").`,
    letter: {
      zh: (p) => `单位“${p.unit}”${INDICATOR_TYPE_ZH[p.type]}指标分值合计为 ${p.total}，应为 ${p.weight}，得分不完整，暂不评定。`,
      en: (p) => `Unit "${p.unit}": its ${p.type} indicators' points total ${p.total}, not ${p.weight}; its scores are incomplete and it is not graded yet.`,
    },
  }),
  CORE_COUNT: declare<Unit & { readonly count: number; readonly min: number; readonly max: number }>({
    severity: "warning",
    blocks: null,
    dependsOn: ["core.min", "core.max"],
    zh: (p) => `单位“${p.unit}”有 ${p.count} 项核心职能指标，应为 ${p.min}～${p.max} 项。`,
    en: (p) => `Unit "${p.unit}" has ${p.count} core-function indicators; ${p.min} to ${p.max} expected.`,
  }),
  SATISFACTION_MISSING: declare<Unit & { readonly kind: SatisfactionKind }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `单位“${p.unit}”没有${SATISFACTION_ZH[p.kind]}得分，不予评定。`,
    en: (p) => `Unit "${p.unit}" has no ${p.kind} score; it is not graded.`,
  }),
  /** `first`: the sheet row of the first row that gives the score. */
  SATISFACTION_DUPLICATE: declare<Unit & { readonly kind: SatisfactionKind; readonly first: number }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `单位“${p.unit}”的${SATISFACTION_ZH[p.kind]}得分出现多次（首次在第 ${p.first} 行）。`,
    en: (p) => `Unit "${p.unit}" has more than one ${p.kind} score (first on row ${p.first}).`,
    letter: {
      zh: (p) => `单位“${p.unit}”的${SATISFACTION_ZH[p.kind]}得分出现多次。`,
      en: (p) => `Unit "${p.unit}" has more than one ${p.kind} score.`,
    },
  }),
  SATISFACTION_CONFLICT: declare<Unit & { readonly kind: SatisfactionKind }>({
    severity: "error",
    blocks: "unit",
    zh: (p) => `单位“${p.unit}”的${SATISFACTION_ZH[p.kind]}得分同时来自满意度评价表和测评票数表，只能用一种。`,
    en: (p) => `Unit "${p.unit}" gets its ${p.kind} score from both Satisfaction and Survey; use only one.`,
  }),
  SURVEY_FEW_VOTES: declare<Unit & { readonly kind: SatisfactionKind; readonly votes: string; readonly min: number }>({
    severity: "warning",
    blocks: null,
    dependsOn: ["survey.min_votes"],
    zh: (p) => `单位“${p.unit}”的${SATISFACTION_ZH[p.kind]}有效票只有 ${p.votes} 张，少于 ${p.min} 张。`,
    en: (p) => `Unit "${p.unit}" has only ${p.votes} valid ${p.kind} votes, fewer than ${p.min}.`,
  }),
  BONUS_MULTIPLIER: declare<{ readonly value: string; readonly min: string; readonly max: string }>({
    severity: "error",
    blocks: "unit",
    dependsOn: ["bonus.multiplier", "bonus.multiplier_min", "bonus.multiplier_max"],
    zh: (p) => `加分倍数 ${p.value} 不在允许范围 ${p.min}～${p.max} 内。`,
    en: (p) => `The bonus multiplier ${p.value} is outside the allowed range ${p.min} to ${p.max}.`,
  }),
  BONUS_CAPPED: declare<Unit & { readonly total: string; readonly cap: string }>({
    severity: "info",
    blocks: null,
    changesScore: true,
    dependsOn: ["bonus.cap"],
    zh: (p) => `单位“${p.unit}”加分合计 ${p.total}，按上限计 ${p.cap} 分。`,
    en: (p) => `Unit "${p.unit}": bonus total ${p.total} is capped at ${p.cap}.`,
  }),
  PENALTY_OUTSIDE_PERIOD: declare<{ readonly date: string; readonly start: string; readonly end: string }>({
    severity: "warning",
    blocks: null,
    changesScore: true,
    dependsOn: ["period.start", "period.end"],
    zh: (p) => `通报日期 ${p.date} 不在考评期 ${p.start}～${p.end} 内，不扣分。`,
    en: (p) => `The penalty dated ${p.date} is outside the period ${p.start} to ${p.end}; it is not counted.`,
  }),
  VETO_AREA_UNKNOWN: declare<{ readonly area: string }>({
    severity: "warning",
    blocks: null,
    zh: (p) => (p.area === "" ? "一票否决未填写领域，否决仍然生效。" : `一票否决领域“${p.area}”不在规定的领域中，否决仍然生效。`),
    en: (p) =>
      p.area === "" ? "The veto names no area; the veto still applies." : `Veto area "${p.area}" is not one of the listed areas; the veto still applies.`,
  }),
  ADJUSTMENT_LATE: declare<{ readonly date: string; readonly deadline: string }>({
    severity: "warning",
    blocks: null,
    dependsOn: ["deadline.adjustment"],
    zh: (p) => `指标调整备案日期 ${p.date} 晚于截止日期 ${p.deadline}，该调整不予认可；本行仍按所填分值和得分计入，请核对是否为调整前的指标。`,
    en: (p) =>
      `The indicator adjustment was filed on ${p.date}, after the deadline ${p.deadline}, so it is not accepted; the row still counts as entered: check that it shows the indicator as it was before the adjustment.`,
  }),
  TEMPORARY_LATE: declare<{ readonly assigned: string; readonly filed: string; readonly days: number; readonly limit: number }>({
    severity: "warning",
    blocks: null,
    dependsOn: ["temporary.working_days"],
    zh: (p) => `临时性工作 ${p.assigned} 布置，${p.filed} 申报，相隔 ${p.days} 个工作日，超过 ${p.limit} 个工作日。`,
    en: (p) => `The temporary task assigned on ${p.assigned} was filed on ${p.filed}, ${p.days} working days later (limit ${p.limit}).`,
  }),
  APPEAL_LATE: declare<{ readonly appeal: string; readonly feedback: string; readonly days: number; readonly limit: number }>({
    severity: "warning",
    blocks: null,
    dependsOn: ["appeal.working_days"],
    laterEvent: true,
    zh: (p) => `复核申请 ${p.appeal} 提出，距反馈日 ${p.feedback} 已 ${p.days} 个工作日，超过 ${p.limit} 个工作日。`,
    en: (p) => `The appeal of ${p.appeal} came ${p.days} working days after the feedback of ${p.feedback} (limit ${p.limit}).`,
  }),
  RULE_UNKNOWN: declare<{ readonly key: string; readonly suggestion: string | null }>({
    severity: "warning",
    blocks: null,
    zh: (p) => `规则参数“${p.key}”未知，已忽略。${p.suggestion ? `是否是“${p.suggestion}”？` : ""}`,
    en: (p) => `Unknown rule key "${p.key}"; it is ignored.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ""}`,
  }),
  RULE_INVALID: declare<{ readonly key: string; readonly value: string; readonly expected: Bilingual }>({
    severity: "error",
    blocks: "results",
    zh: (p) => `规则“${p.key}”的值 ${p.value} 无效（${p.expected.zh}）。在修正前不进行评定，考评结果保持不变。`,
    en: (p) => `Rule "${p.key}" has an invalid value ${p.value} (${p.expected.en}). Nothing is graded until it is fixed; Results are left as they were.`,
  }),
  QUOTA_ROUNDED_UP: declare<{
    readonly category: string;
    readonly tier: Tier;
    readonly quota: number;
    readonly size: number;
    readonly share: string;
  }>({
    severity: "info",
    blocks: null,
    zh: (p) => `类别“${p.category}”${zhTier(p.tier)}名额 ${p.quota}/${p.size}，取整后高于规定比例 ${p.share}。`,
    en: (p) => `Category "${p.category}": the ${enTier(p.tier)} quota ${p.quota} of ${p.size} is above its share ${p.share} after rounding.`,
  }),
  TIE_AT_BOUNDARY: declare<{
    readonly category: string;
    readonly units: readonly string[];
    readonly composite: string;
    readonly better: Tier;
    readonly worse: Tier;
    readonly tier: Tier;
  }>({
    severity: "warning",
    blocks: null,
    changesScore: true,
    zh: (p) =>
      `类别“${p.category}”中 ${list(p.units)} 综合得分并列 ${p.composite}，跨越${zhTier(p.better)}与${zhTier(p.worse)}的界限，均评为${zhTier(p.tier)}。`,
    en: (p) =>
      `Category "${p.category}": ${list(p.units)} tie at ${p.composite} across the ${enTier(p.better)}/${enTier(p.worse)} boundary; all get ${enTier(p.tier)}.`,
  }),
  BELOW_THRESHOLD: declare<Unit & { readonly composite: string; readonly threshold: string }>({
    severity: "info",
    blocks: null,
    zh: (p) => `单位“${p.unit}”综合得分 ${p.composite} 低于 ${p.threshold} 分，评为不合格。`,
    en: (p) => `Unit "${p.unit}": composite ${p.composite} is below ${p.threshold}; unqualified.`,
  }),
  VETO_APPLIED: declare<Unit & { readonly areas: readonly string[]; readonly from: Tier; readonly to: Tier }>({
    severity: "info",
    blocks: null,
    zh: (p) => {
      const areas = list(p.areas);
      const area = areas === "" ? "" : `（${areas}）`;
      return p.from === p.to
        ? `单位“${p.unit}”被一票否决${area}，已是${zhTier(p.to)}，等次不变。`
        : `单位“${p.unit}”被一票否决${area}，等次由${zhTier(p.from)}降为${zhTier(p.to)}。`;
    },
    en: (p) => {
      const areas = list(p.areas);
      const area = areas === "" ? "" : ` (${areas})`;
      return p.from === p.to
        ? `Unit "${p.unit}" is vetoed${area}; it is already ${enTier(p.to)}, so its tier stays.`
        : `Unit "${p.unit}" is vetoed${area}: ${enTier(p.from)} lowered to ${enTier(p.to)}.`;
    },
  }),
  CATEGORY_PROVISIONAL: declare<{ readonly category: string; readonly ungraded: readonly string[] }>({
    severity: "warning",
    blocks: null,
    zh: (p) => `类别“${p.category}”有未评定的单位（${list(p.ungraded)}），名额可能变动，本类别等次为暂定。`,
    en: (p) => `Category "${p.category}" has ungraded units (${list(p.ungraded)}); its quotas may move, so its tiers are provisional.`,
  }),
  PERIOD_MISMATCH: declare<{ readonly count: number; readonly rowsYear: number; readonly period: string }>({
    severity: "warning",
    blocks: null,
    changesScore: true,
    dependsOn: ["period.start", "period.end"],
    zh: (p) =>
      `${p.count} 行带日期的记录（通报扣分、指标考核）都不在考评期内：记录的日期在 ${p.rowsYear} 年，而考评期是 ${p.period}。如果这是 ${p.rowsYear} 年度的考评，请在考评规则表中设置 period.start 和 period.end。`,
    en: (p) =>
      `All ${p.count} dated rows (Penalties, Indicators) fall outside the period: the rows are dated ${p.rowsYear} but the period is ${p.period}. If this is the ${p.rowsYear} appraisal, set period.start and period.end in the Rules table.`,
  }),
  CALENDAR_UNKNOWN_YEAR: declare<{
    readonly year: number;
    /** What was counted: temporary tasks (Indicators), appeals (Appeals) or the letters' appeal deadline (Rules' feedback.date). */
    readonly count: "temporary" | "appeal" | "deadline";
    /** The sheet rows of the other rows of the table whose count needed the year. */
    readonly others: readonly number[];
    /** How many other rows there are: more than `others` names when the list is cut short. */
    readonly otherCount: number;
  }>({
    severity: "warning",
    blocks: null,
    dependsOn: ["calendar"],
    zh: (p) =>
      `${CALENDAR_COUNT_ZH[p.count]}按工作日计算，用到了 ${p.year} 年，但内置日历和节假日表都还没有 ${p.year} 年的放假和调休安排，${p.year} 年只能按周一至周五计算${p.otherCount > 0 ? `（本表另有 ${p.otherCount} 行同样如此：第 ${p.others.join("、")}${p.otherCount > p.others.length ? "、……" : ""} 行）` : ""}。请按国务院办公厅 ${p.year} 年节假日安排的通知，在节假日表中加入 ${p.year} 年的放假日（类型“休”）和调休上班日（类型“班”）。`,
    en: (p) =>
      `${CALENDAR_COUNT_EN[p.count]} counted in working days runs into ${p.year}, and neither the built-in calendar nor the Holidays table has ${p.year}'s public holidays and make-up days yet: ${p.year} is counted Monday to Friday${p.otherCount > 0 ? ` (so are ${p.otherCount} more rows of this table: rows ${p.others.join(", ")}${p.otherCount > p.others.length ? ", …" : ""})` : ""}. Add ${p.year}'s days off (Kind "off" 休) and make-up working days (Kind "work" 班) from the State Council's holiday notice to the Holidays table.`,
  }),
  OUTPUT_CONFLICT: declare<{ readonly sheet: string }>({
    severity: "error",
    blocks: "results",
    zh: (p) => `工作表“${p.sheet}”（或其表格名）已被不是 Appraise 创建的内容占用，未作任何改动。请重命名或删除该工作表或表格后重新计算。`,
    en: (p) =>
      `Sheet "${p.sheet}" (or its table name) is taken by something Appraise did not create; nothing was changed. Rename or delete that sheet or table, then recompute.`,
  }),
  HEADER_BLANK: declare<{ readonly table: NamedTable; readonly missing: readonly Label[] }>({
    severity: "error",
    blocks: "results",
    zh: (p) =>
      `表格${zhTable(p.table)}的这个列标题为空（常见于合并单元格的表头），该列下的数据无法读取` +
      (p.missing.length > 0 ? `，表格因此缺少列${zhColumns(p.missing)}` : "") +
      `。在修正前不读取该表格，也不逐行报告由此缺少的数据。请在此单元格填写列标题${p.missing.length === 1 ? `（如“${p.missing[0].zh}”）` : ""}；合并的表头请取消合并，只保留一行列标题。`,
    en: (p) =>
      `A header cell of table ${enTable(p.table)} is blank (often a merged header), so the data under it cannot be read` +
      (p.missing.length > 0 ? ` and the table lacks ${enColumns(p.missing)}` : "") +
      `. The table is not read until this is fixed, and what it lacks is not reported row by row. Type the column's header in this cell${p.missing.length === 1 ? ` (such as "${p.missing[0].en}")` : ""}; unmerge a merged header and keep one header row.`,
  }),
  ROWS_OUTSIDE_TABLE: declare<OutsideBlock>({
    severity: "warning",
    blocks: null,
    changesScore: true,
    zh: (p) =>
      (p.side === "below"
        ? `表格${zhTable(p.table)}下方紧接着的第 ${p.from === p.to ? p.from : `${p.from}～${p.to}`} 行（${p.range}）有内容，但不在表格范围内，Appraise 不读取这些行`
        : `表格${zhTable(p.table)}右侧紧接着的 ${p.from === p.to ? p.from : `${p.from}～${p.to}`} 列（${p.range}）有内容，但不在表格范围内，Appraise 不读取这些列`) +
      `${outsideUnitsZh(p)}。如果它们属于该表格，请扩展表格：${RESIZE_ZH}。如果不属于，请把它们移开，不要紧挨着表格。`,
    en: (p) => {
      const one = p.from === p.to;
      const what = p.side === "below" ? (one ? `Row ${p.from}` : `Rows ${p.from}–${p.to}`) : one ? `Column ${p.from}` : `Columns ${p.from}–${p.to}`;
      const where = p.side === "below" ? "directly under" : "directly right of";
      const [is, them] = one ? ["is", "it"] : ["are", "them"];
      return `${what} ${where} table ${enTable(p.table)} (${p.range}) ${is} not part of it, so Appraise does not read ${them}${outsideUnitsEn(p)}. If ${one ? "it belongs" : "they belong"} to the table, extend it: ${RESIZE_EN}. If not, move ${them} away from the table.`;
    },
  }),
  RULES_DEFAULT_PERIOD: declare<{ readonly noTable: boolean; readonly start: string; readonly end: string; readonly adjustment: string }>({
    severity: "warning",
    blocks: null,
    changesScore: true,
    zh: (p) =>
      `${p.noTable ? "工作簿没有考评规则表" : "考评规则表没有设置 period.start 和 period.end"}，因此按 2016 年度方案的考评期 ${p.start}～${p.end} 和截止日期（指标调整备案截止 ${p.adjustment}）评定，考评通报的标题也按 2016 年度。如果这不是 2016 年度的考评，请在考评规则表（“参数”“值”两列）中设置 period.start、period.end 和 deadline.adjustment，需要时还有 feedback.date 和 report.title。`,
    en: (p) =>
      `${p.noTable ? "The workbook has no Rules table" : "The Rules table sets neither period.start nor period.end"}, so the 2016 plan's period ${p.start} to ${p.end} and deadlines (indicator adjustments by ${p.adjustment}) are in force, and the notice is titled for 2016. If this is not the 2016 appraisal, set period.start, period.end and deadline.adjustment in the Rules table (columns Key and Value), and feedback.date and report.title where needed.`,
  }),
  BONUS_DEFAULT_MULTIPLIER: declare<Unit & { readonly approved: string; readonly multiplier: string; readonly points: string }>({
    severity: "info",
    blocks: null,
    changesScore: true,
    dependsOn: ["bonus.multiplier"],
    zh: (p) =>
      `单位“${p.unit}”的“倍数”为空，市审核加分 ${p.approved} 按规则 bonus.multiplier 的 ${p.multiplier} 倍计 ${p.points} 分。如果 ${p.approved} 已是最终加分，请在“倍数”中填 1。`,
    en: (p) =>
      `Unit "${p.unit}": the Multiplier is blank, so the approved points ${p.approved} count at bonus.multiplier ${p.multiplier}: ${p.points} points. If ${p.approved} is already the final bonus, enter 1 as the Multiplier.`,
    letter: {
      zh: (p) => `创新争优加分：市审核加分 ${p.approved} 按 ${p.multiplier} 倍计 ${p.points} 分。`,
      en: (p) => `Bonus: the approved points ${p.approved} count at ${p.multiplier} times: ${p.points} points.`,
    },
  }),
  OUTPUT_WOULD_OVERWRITE: declare<WouldLose>({
    severity: "error",
    blocks: "results",
    zh: (p) =>
      `${p.file} 已存在，其中有本次运行不会保留的内容：${wouldLoseZh(p)}。该文件未被替换。要在一个工作簿里保留完整记录，请直接评定工作簿本身：${p.inPlace}（如同在 Excel 中重新计算）；或用 --out 写到另一个文件；确定要替换它，请加 --force。`,
    en: (p) =>
      `${p.file} exists and holds what this run would not keep: ${wouldLoseEn(p)}. It was not replaced. To keep one record, grade the workbook itself: ${p.inPlace} (as recomputing in Excel does); or write another file with --out; to replace it anyway, add --force.`,
  }),
} as const;

/** Every diagnostic code: the keys of {@link MESSAGES}. */
export type DiagnosticCode = keyof typeof MESSAGES;

/** The parameters a code's messages take. */
export type ParamsOf<C extends DiagnosticCode> = (typeof MESSAGES)[C] extends CodeDecl<infer P> ? P : never;

/** Where a diagnostic points. All fields optional. */
export interface DiagnosticLocation {
  readonly table?: string | null;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly at?: SheetRange | null;
  readonly unit?: string | null;
}

/**
 * Builds a diagnostic with the code's severity and both messages.
 * @example
 * diagnostic("RULE_UNKNOWN", { table: "Rules", row: 3 }, { key: "bonus.capp", suggestion: "bonus.cap" }).severity
 * //=> "warning"
 */
export function diagnostic<C extends DiagnosticCode>(code: C, loc: DiagnosticLocation, params: ParamsOf<C>): Diagnostic {
  // The one place the compiler cannot follow `code` to its own declaration: MESSAGES[code] is that code's.
  const decl = MESSAGES[code] as unknown as CodeDecl<ParamsOf<C>>;
  const message: Bilingual = { zh: decl.zh(params), en: decl.en(params) };
  const letter: Bilingual = decl.letter ? { zh: decl.letter.zh(params), en: decl.letter.en(params) } : message;
  return {
    severity: decl.severity,
    code,
    table: loc.table ?? null,
    row: loc.row ?? null,
    column: loc.column ?? null,
    at: loc.at ?? null,
    cell: loc.at ? formatAddress(loc.at) : null,
    unit: loc.unit ?? null,
    message,
    letter,
  };
}

/**
 * Whether a diagnostic withholds Results: nothing is graded (its code blocks `"results"`).
 * @example
 * withholdsResults(ruleInvalid) //=> true
 * withholdsResults(satisfactionMissing) //=> false
 */
export function withholdsResults(d: Pick<Diagnostic, "code">): boolean {
  return MESSAGES[d.code].blocks === "results";
}

/**
 * The unit a diagnostic leaves ungraded (its code blocks `"unit"` and it names one), or null.
 * @example
 * blockedUnit(satisfactionMissing("区民政局")) //=> "区民政局"
 * blockedUnit(bonusCapped("区发改局")) //=> null
 */
export function blockedUnit(d: Pick<Diagnostic, "code" | "unit">): string | null {
  return MESSAGES[d.code].blocks === "unit" ? d.unit : null;
}

/**
 * Whether a diagnostic is about an event after the feedback letter (its code
 * is declared `laterEvent`: APPEAL_LATE), so that no letter carries it.
 * @example
 * isLaterEvent(appealLate) //=> true
 * isLaterEvent(bonusCapped("区发改局")) //=> false
 */
export function isLaterEvent(d: Pick<Diagnostic, "code">): boolean {
  return MESSAGES[d.code].laterEvent === true;
}

/**
 * Where a diagnostic's kind comes in the run's summary (issue 20: the summary
 * lists first what changes a score): 0 errors (they withhold Results or leave
 * units ungraded), 1 what changes a score (declared `changesScore`, warning
 * or info), 2 other warnings, 3 other info (not listed in the summary).
 * @example
 * summaryRank(bonusDefaultMultiplier) //=> 1
 */
export function summaryRank(d: Pick<Diagnostic, "code">): number {
  const decl: CodeDecl<never> = MESSAGES[d.code];
  if (decl.severity === "error") return 0;
  if (decl.changesScore) return 1;
  return decl.severity === "warning" ? 2 : 3;
}
