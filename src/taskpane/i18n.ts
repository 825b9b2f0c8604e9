/**
 * Every string the task pane shows, in Chinese and English. Diagnostic
 * messages and tier labels come from the engine (`message[lang]`,
 * `TIER_LABELS`); everything else is here.
 */
import { TIER_LABELS } from "../engine/tierLabels";
import { plural } from "./plural";
import type { Lang, Severity, Tier } from "../engine/types";
import type { RunPhase } from "../workbook/runAppraisal";

export type { Lang };

export interface PaneStrings {
  readonly appTitle: string;
  readonly loading: string;
  readonly noTablesTitle: string;
  readonly noTablesBody: string;
  readonly createTablesHint: string;
  readonly createTables: string;
  readonly createMissingTables: string;
  readonly creatingTables: string;
  readonly appraisalYear: string;
  readonly appraisalYearHint: (year: number) => string;
  readonly checkAgain: string;
  readonly createTablesByHand: string;
  readonly tablesHeading: string;
  readonly rows: (n: number) => string;
  readonly missingRequired: string;
  readonly missingOptional: string;
  readonly missingAlternative: (alternative: string) => string;
  readonly requiredMissingHint: string;
  /** When only the satisfaction source is missing: Results are rewritten, every unit not graded. */
  readonly satisfactionMissingHint: string;
  readonly recompute: string;
  readonly recomputing: string;
  /** The short phase names: 读取 / 校验 / 评定 / 写入. */
  readonly phase: Readonly<Record<RunPhase, string>>;
  readonly phaseDoing: Readonly<Record<RunPhase, string>>;
  readonly starting: string;
  readonly step: (index: number, total: number) => string;
  readonly phasesLabel: string;
  readonly phaseDone: string;
  readonly phaseCurrent: string;
  readonly autoRecompute: string;
  readonly staleTitle: string;
  readonly staleBody: string;
  /** "考评结果 has 2 cells edited by hand" (the audit when the pane opens). */
  readonly handEditTitle: (sheet: string, n: number) => string;
  readonly handEditBody: string;
  readonly inputsChangedSinceRun: string;
  /** The changes since the last History block, after a Recompute. */
  readonly changesTitle: (n: number) => string;
  readonly changesSince: (time: string) => string;
  readonly hostErrorTitle: string;
  readonly retry: string;
  readonly dismiss: string;
  readonly unexpectedError: (detail: string) => string;
  readonly conflictTitle: string;
  readonly conflictBody: string;
  readonly withheldTitle: string;
  readonly withheldBody: string;
  readonly graded: (graded: number, units: number) => string;
  /** Plural headings: 错误 / Errors. */
  readonly severityPlural: Readonly<Record<Severity, string>>;
  /** Singular, before one diagnostic: 错误 / Error. */
  readonly severityOne: Readonly<Record<Severity, string>>;
  readonly filterAll: string;
  readonly filterLabel: string;
  readonly noDiagnostics: string;
  readonly noDiagnosticsOfKind: string;
  readonly goToCell: (cell: string) => string;
  readonly showMore: (n: number) => string;
  readonly diagnosticsHeading: string;
  readonly location: (table: string | null, row: number | null) => string;
  readonly unitPrefix: string;
  readonly categoriesHeading: string;
  readonly categoryMeta: (size: number, graded: number) => string;
  readonly provisional: string;
  readonly chartLegend: string;
  readonly tierBar: (tier: string, count: number, quota: number | null, over: boolean) => string;
  readonly overQuota: string;
  readonly tier: Readonly<Record<Tier, string>>;
  /** "：" in Chinese, ": " in English. */
  readonly colon: string;
  readonly partial: (graded: number, units: number) => string;
  readonly noneGraded: (units: number) => string;
  readonly noneGradedBody: string;
  readonly causesLabel: string;
  readonly causeUnits: (title: string, units: number, items: number) => string;
  readonly firstFix: string;
  readonly writtenTo: string;
  readonly resultsSheet: string;
  readonly warningsSheet: string;
  readonly paperworkAt: string;
  readonly announcementSheet: string;
  readonly feedbackSheet: string;
  readonly noPageSetup: string;
  readonly stalePrefix: string;
  readonly staleSummary: string;
  readonly hostErrorTitles: Readonly<Record<"inspect" | "recompute" | "create" | "select", string>>;
  readonly cannotRecompute: string;
  readonly groupLine: (count: number, title: string) => string;
  readonly groupsHeading: string;
  readonly unitsHeading: string;
  readonly searchUnits: string;
  readonly noUnitMatch: string;
  readonly showAllUnits: (n: number) => string;
  readonly unitsShown: (shown: number, total: number) => string;
  readonly rankOf: (rank: number, size: number) => string;
  readonly notGraded: string;
  readonly notAssessed: string;
  readonly openUnit: (unit: string) => string;
  readonly quotaLegend: string;
  readonly underQuota: string;
  readonly over: string;
  readonly under: string;
  readonly whyQuota: string;
  readonly causeTie: (units: string, composite: string) => string;
  readonly causeVeto: (units: string) => string;
  readonly causeThreshold: (units: string) => string;
  readonly causeUngraded: (units: string) => string;
  readonly listSeparator: string;
}

const tierLabels = (lang: Lang): Record<Tier, string> => ({
  first: TIER_LABELS.first[lang],
  second: TIER_LABELS.second[lang],
  third: TIER_LABELS.third[lang],
  unqualified: TIER_LABELS.unqualified[lang],
});

const zh: PaneStrings = {
  appTitle: "绩效考评",
  loading: "正在查找输入表格…",
  noTablesTitle: "还没有输入表格",
  noTablesBody: "Appraise 从本工作簿中的 Excel 表格读取考评数据，例如“考评对象”和“指标考核”。这个工作簿里还没有这些表格。",
  createTablesHint: "点击“创建输入表格”，会添加带标题行的空表格；填好数据后点击“重新计算”。",
  createTables: "创建输入表格",
  createMissingTables: "创建缺少的表格",
  creatingTables: "正在创建表格…",
  appraisalYear: "考评年度",
  appraisalYearHint: (year) => `考评规则表的考评期为 ${year}-01-01 至 ${year}-12-31`,
  checkAgain: "重新检查",
  createTablesByHand:
    "请用“插入 > 表格”建立表格，并在“表设计”选项卡中把表名改为“考评对象”“指标考核”“满意度评价”等（中英文表名均可），" +
    "或在命令行运行 appraise template 生成一个含全部表格的工作簿。建好后点击“重新检查”。",
  tablesHeading: "输入表格",
  rows: (n) => `${n} 行`,
  missingRequired: "缺少（必需）",
  missingOptional: "未使用（可选）",
  missingAlternative: (alternative) => `缺少（可用“${alternative}”代替）`,
  requiredMissingHint: "缺少必需的表格时，重新计算不会评定等次，只写出校验提示。",
  satisfactionMissingHint: "没有满意度评价表或测评票数表时，所有单位都无法评定：考评结果中每个单位都会标为未评定。",
  recompute: "重新计算",
  recomputing: "正在计算…",
  phase: { read: "读取", check: "校验", grade: "评定", write: "写入" },
  phaseDoing: {
    read: "读取：正在读取输入表格",
    check: "校验：正在检查输出工作表",
    grade: "评定：正在计算得分和等次",
    write: "写入：正在写出结果",
  },
  starting: "正在开始…",
  step: (index, total) => `第 ${index}/${total} 步`,
  phasesLabel: "计算步骤",
  phaseDone: "已完成",
  phaseCurrent: "进行中",
  autoRecompute: "自动重新计算",
  staleTitle: "结果已过期",
  staleBody: "上次计算后输入表格有改动。点击“重新计算”更新结果。",
  handEditTitle: (sheet, n) => `${sheet}有 ${n} 个单元格被手工改动`,
  handEditBody: "这些单元格与按输入计算的结果不同。点击“重新计算”可恢复。",
  inputsChangedSinceRun: "上次运行后输入已改动。",
  changesTitle: (n) => `${n} 个单位的结果有变化`,
  changesSince: (time) => `与 ${time} 的结果相比`,
  hostErrorTitle: "操作未能完成",
  retry: "重试",
  dismiss: "关闭",
  unexpectedError: (detail) => `发生了意外错误：${detail}`,
  conflictTitle: "结果未写入",
  conflictBody: "工作簿中已有与输出同名的工作表，但它不是 Appraise 创建的。为保护其内容，Appraise 没有改动任何工作表。请重命名或删除该工作表，然后重新计算。",
  withheldTitle: "未评定：考评结果保持上次的内容",
  withheldBody: "规则值无效，或有表格缺失、重名或缺少必需的列，考评结果保持原样，已写出校验提示。请先修正下面的错误。",
  graded: (graded, units) => `已评定 ${graded}/${units} 个单位`,
  severityPlural: { error: "错误", warning: "警告", info: "提示" },
  severityOne: { error: "错误", warning: "警告", info: "提示" },
  filterAll: "全部",
  filterLabel: "按严重程度筛选",
  noDiagnostics: "没有发现问题。",
  noDiagnosticsOfKind: "这一类没有条目。",
  goToCell: (cell) => `转到 ${cell}`,
  showMore: (n) => `再显示 ${n} 条`,
  diagnosticsHeading: "校验提示",
  location: (table, row) => [table, row === null ? null : `第 ${row} 行`].filter((s) => s !== null).join(" · "),
  unitPrefix: "单位：",
  categoriesHeading: "各类别等次",
  categoryMeta: (size, graded) => `${size} 个单位，已评定 ${graded} 个`,
  provisional: "暂定",
  chartLegend: "色条为获评单位数，竖线为名额。",
  tierBar: (tier, count, quota, over) =>
    quota === null ? `${tier}：${count} 个` : `${tier}：${count} 个，名额 ${quota} 个${over ? "（超出名额）" : count < quota ? "（少于名额）" : ""}`,
  overQuota: "超出名额",
  tier: tierLabels("zh"),
  colon: "：",
  partial: (graded, units) => `已评定 ${graded}/${units}，${units - graded} 个单位未评定`,
  noneGraded: (units) => `没有评定任何单位（0/${units}）`,
  noneGradedBody: "考评结果中的单位都标为未评定。请先修正下面的错误，再重新计算。",
  causesLabel: "主要原因",
  causeUnits: (title, units, items) => (units > 0 ? `${title}：${units} 个单位` : `${title}：${items} 处`),
  firstFix: "先修正这一处：",
  writtenTo: "结果已写入：",
  resultsSheet: "考评结果",
  warningsSheet: "校验提示",
  paperworkAt: "打印文书：",
  announcementSheet: "考评通报",
  feedbackSheet: "反馈单",
  noPageSetup: "此版本的 Excel 不接受加载项设置打印（需要 ExcelApi 1.9）：打印前请在“页面布局”中设为 A4 纵向、调整为一页宽。",
  stalePrefix: "已过期：",
  staleSummary: "以下是上次计算的结果，输入表格已改动。",
  hostErrorTitles: { inspect: "无法读取工作簿", recompute: "重新计算未完成", create: "未能创建表格", select: "无法转到该单元格" },
  cannotRecompute: "此版本的 Excel 无法重新计算。",
  groupLine: (count, title) => `${count} × ${title}`,
  groupsHeading: "按类型分组",
  unitsHeading: "查找单位",
  searchUnits: "按单位或类别查找",
  noUnitMatch: "没有匹配的单位。",
  showAllUnits: (n) => `显示全部 ${n} 个单位`,
  unitsShown: (shown, total) => `显示 ${shown}/${total} 个单位`,
  rankOf: (rank, size) => `第${rank}名/${size}`,
  notGraded: "未评定",
  notAssessed: "不参加考评",
  openUnit: (unit) => `在考评结果中打开 ${unit}`,
  quotaLegend: "“6/7”为获评数/名额：标“超”的等次多于名额，标“缺”的少于名额。",
  underQuota: "少于名额",
  over: "超",
  under: "缺",
  whyQuota: "名额差异的原因",
  causeTie: (units, composite) => `并列跨越等次界限：${units}（${composite} 分）`,
  causeVeto: (units) => `一票否决降等：${units}`,
  causeThreshold: (units) => `低于合格线：${units}`,
  causeUngraded: (units) => `未评定，不占名额：${units}`,
  listSeparator: "、",
};

const en: PaneStrings = {
  appTitle: "Performance appraisal",
  loading: "Looking for the input tables…",
  noTablesTitle: "No input tables yet",
  noTablesBody:
    "Appraise reads the appraisal from Excel tables in this workbook, such as Units (考评对象) and Indicators (指标考核). " +
    "This workbook has none of them yet.",
  createTablesHint: "Create input tables adds empty tables with their header rows; fill them in, then select Recompute.",
  createTables: "Create input tables",
  createMissingTables: "Create missing tables",
  creatingTables: "Creating tables…",
  appraisalYear: "Appraisal year",
  appraisalYearHint: (year) => `The Rules table's period will be ${year}-01-01 to ${year}-12-31`,
  checkAgain: "Check again",
  createTablesByHand:
    "Insert each table with Insert > Table and name it on the Table Design tab: Units, Indicators, Satisfaction and so on " +
    "(the Chinese names work too), or make a workbook with every table from the command line: appraise template. Then select Check again.",
  tablesHeading: "Input tables",
  rows: (n) => (n === 1 ? "1 row" : `${n} rows`),
  missingRequired: "Missing (required)",
  missingOptional: "Not used (optional)",
  missingAlternative: (alternative) => `Missing (${alternative} can be used instead)`,
  requiredMissingHint: "While a required table is missing, Recompute grades nothing and writes only the warnings.",
  satisfactionMissingHint: "Without a Satisfaction or a Survey table no unit can be graded: every unit in Results will be marked not graded.",
  recompute: "Recompute",
  recomputing: "Recomputing…",
  phase: { read: "Read", check: "Check", grade: "Grade", write: "Write" },
  phaseDoing: {
    read: "Read: reading the input tables",
    check: "Check: checking the output sheets",
    grade: "Grade: computing scores and tiers",
    write: "Write: writing the results",
  },
  starting: "Starting…",
  step: (index, total) => `Step ${index} of ${total}`,
  phasesLabel: "Steps",
  phaseDone: "done",
  phaseCurrent: "in progress",
  autoRecompute: "Recompute automatically",
  staleTitle: "Results are out of date",
  staleBody: "The input tables changed after the last run. Select Recompute to bring the results up to date.",
  handEditTitle: (sheet, n) => `${sheet} has ${plural(n, "cell")} edited by hand`,
  handEditBody: "These cells differ from what the inputs give. Select Recompute to restore them.",
  inputsChangedSinceRun: "The inputs changed since the last run.",
  changesTitle: (n) => `${plural(n, "unit")} changed since the last run`,
  changesSince: (time) => `Compared with the results of ${time}`,
  hostErrorTitle: "That did not work",
  retry: "Retry",
  dismiss: "Dismiss",
  unexpectedError: (detail) => `Something unexpected went wrong: ${detail}`,
  conflictTitle: "Results were not written",
  conflictBody:
    "A sheet with an output's name exists, but Appraise did not create it. To protect it, Appraise changed no sheet at all. Rename or delete that sheet, then recompute.",
  withheldTitle: "Nothing graded: Results kept as they were",
  withheldBody:
    "A rule value is invalid, or a table is missing, doubled or lacks a required column, so Results were left as they were and the warnings were written. Fix the errors below first.",
  graded: (graded, units) => `Graded ${graded} of ${plural(units, "unit")}`,
  severityPlural: { error: "Errors", warning: "Warnings", info: "Info" },
  severityOne: { error: "Error", warning: "Warning", info: "Info" },
  filterAll: "All",
  filterLabel: "Filter by severity",
  noDiagnostics: "No problems found.",
  noDiagnosticsOfKind: "Nothing of this kind.",
  goToCell: (cell) => `Go to ${cell}`,
  showMore: (n) => `Show ${n} more`,
  diagnosticsHeading: "Warnings",
  location: (table, row) => [table, row === null ? null : `row ${row}`].filter((s) => s !== null).join(" · "),
  unitPrefix: "Unit: ",
  categoriesHeading: "Tiers by category",
  categoryMeta: (size, graded) => `${plural(size, "unit")}, ${graded} graded`,
  provisional: "Provisional",
  chartLegend: "Bars show the units in each tier; the mark shows the quota.",
  tierBar: (tier, count, quota, over) =>
    quota === null ? `${tier}: ${count}` : `${tier}: ${count}, quota ${quota}${over ? " (over quota)" : count < quota ? " (under quota)" : ""}`,
  overQuota: "over quota",
  tier: tierLabels("en"),
  colon: ": ",
  partial: (graded, units) => `Graded ${graded} of ${units}: ${plural(units - graded, "unit")} not graded`,
  noneGraded: (units) => `No unit was graded (0 of ${units})`,
  noneGradedBody: "Every unit in 考评结果 (Results) is marked not graded. Fix the errors below first, then recompute.",
  causesLabel: "Main causes",
  causeUnits: (title, units, items) => (units > 0 ? `${title}: ${plural(units, "unit")}` : `${title}: ${plural(items, "place")}`),
  firstFix: "Fix this first:",
  writtenTo: "Written to:",
  resultsSheet: "考评结果 (Results)",
  warningsSheet: "校验提示 (Warnings)",
  paperworkAt: "For printing:",
  announcementSheet: "考评通报 (Announcement)",
  feedbackSheet: "反馈单 (Feedback letters)",
  noPageSetup:
    "This Excel does not take page setup from an add-in (it needs ExcelApi 1.9): before printing, set A4 portrait and fit to one page wide under Page Layout.",
  stalePrefix: "Out of date: ",
  staleSummary: "These are the last run's results; the input tables have changed since.",
  hostErrorTitles: {
    inspect: "Could not read the workbook",
    recompute: "Recompute did not finish",
    create: "Could not create the tables",
    select: "Could not go to that cell",
  },
  cannotRecompute: "This version of Excel cannot recompute.",
  groupLine: (count, title) => `${count} × ${title}`,
  groupsHeading: "Grouped by kind",
  unitsHeading: "Find a unit",
  searchUnits: "Search by unit or category",
  noUnitMatch: "No unit matches.",
  showAllUnits: (n) => `Show all ${plural(n, "unit")}`,
  unitsShown: (shown, total) => `Showing ${shown} of ${plural(total, "unit")}`,
  rankOf: (rank, size) => `rank ${rank} of ${size}`,
  notGraded: "Not graded",
  notAssessed: "Not assessed",
  openUnit: (unit) => `Open ${unit} in Results`,
  quotaLegend: "“6/7” is placed/quota: “over” marks a tier with more units than its quota, “under” one with fewer.",
  underQuota: "under quota",
  over: "over",
  under: "under",
  whyQuota: "Why counts differ from quotas",
  causeTie: (units, composite) => `Tie across a tier boundary: ${units} (${composite})`,
  causeVeto: (units) => `Lowered by a veto: ${units}`,
  causeThreshold: (units) => `Below the threshold: ${units}`,
  causeUngraded: (units) => `Not graded, so no place: ${units}`,
  listSeparator: ", ",
};

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { zh, en };

/**
 * The pane's language from Office's display language tag: any Chinese → zh.
 * @example
 * langFromDisplayLanguage("zh-TW") //=> "zh"
 * langFromDisplayLanguage("en-GB") //=> "en"
 */
export function langFromDisplayLanguage(tag: string | null | undefined): Lang {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "zh" ? "zh" : "en";
}

/** The message of a host error in the pane's language. */
export function errorText(error: { readonly messageZh: string; readonly messageEn: string }, lang: Lang): string {
  return lang === "zh" ? error.messageZh : error.messageEn;
}
