/**
 * What a new workbook tells the person who fills it in, declared once: the
 * 说明 sheet of `appraise template` and of the pane's "Create input tables"
 * (both through buildTemplatePlan's guide), and the user guide in docs/
 * (scripts/make-docs.js) all take these words. Each table's purpose, and the
 * traps people fell into when they filled the tables by hand: which of the
 * two satisfaction tables to fill, a blank 倍数, 通报扣分 in items, the 指标组
 * column, the Rules period.
 */
import { RULES } from "../engine/rules";
import { TABLES, type TableName } from "../engine/tables";
import type { Bilingual, Lang } from "../engine/types";

const b = (zh: string, en: string): Bilingual => ({ zh, en });

/** The guide sheet's name: first in the workbook, so it is what opens. */
export const GUIDE_SHEET: Bilingual = b("说明", "Guide");

/** Where the full user guide is, named on the guide sheet (the repository's docs/). */
export const USER_GUIDE_PATH = "docs/guide.md";

/** What each input table is for, in a sentence or two. */
export const TABLE_PURPOSES: Readonly<Record<TableName, Bilingual>> = {
  Units: b(
    "参加考评的单位名单：每个单位一行，填单位名称和类别（同类别的单位之间排名）。不参加考评的单位在“参加考评”填“否”。",
    "The units appraised: one row per unit with its name and category (units are ranked within their category). Put “no” under Assessed for a unit that is not appraised.",
  ),
  Indicators: b(
    "指标考核得分：每个单位的每项指标一行（或每个单位的职能、共性各一行汇总），填指标类型、分值和得分。职能指标分值合计应为 600，共性指标合计应为 100。",
    "Target scores: one row per indicator of each unit (or one functional and one common row per unit as a summary) with its type, MaxPoints and Score. A unit's functional MaxPoints total 600, its common ones 100.",
  ),
  Satisfaction: b(
    "满意度评价得分（已算好的分数）：每个单位一行，公众评议满分 200，领导评价满分 100。",
    "Satisfaction scores already computed: one row per unit, public out of 200, leader out of 100.",
  ),
  Survey: b(
    "满意度测评票数（原始票数）：每个单位的公众评议、领导评价各一行，Appraise 按票数折算得分。",
    "Satisfaction survey votes (raw counts): one row per unit for public and one for leader; Appraise turns the votes into points.",
  ),
  Bonuses: b("创新争优加分：每个加分项目一行，填市里审核的加分和倍数。", "Bonus items: one row per item with the points the city approved and the multiplier."),
  Penalties: b(
    "通报扣分：每次通报或重大负面事件一行，填日期、事由和项数。",
    "Criticism notices: one row per notice or major negative incident, with its date, reason and number of items.",
  ),
  SpotChecks: b("察访核验扣分：每个发现的问题一行，填扣分。", "Spot-check deductions: one row per finding, with the points deducted."),
  Vetoes: b(
    "一票否决：每个被否决的单位一行，从下拉列表选择领域。否决使单位等次降一等。",
    "Vetoes: one row per vetoed unit; pick the area from the drop-down list. A veto lowers the unit's tier by one.",
  ),
  Appeals: b(
    "复核申请：单位对考评结果提出复核时，填反馈日期和申请日期，用于检查是否逾期。",
    "Appeals: when a unit appeals its result, the feedback date and the appeal date, to check the appeal was in time.",
  ),
  Holidays: b(
    "节假日：只填本地与国家法定节假日不同的日子（休或班）。国家法定节假日和调休已内置，空表不改变任何日期。",
    "Holidays: only the days that differ locally from China's statutory calendar (off or work day). The statutory holidays and make-up days are built in; an empty table changes nothing.",
  ),
  Rules: b(
    "考评规则：每个参数一行。模板已按所选年份填好考评期和截止日期；其余为考评方案的默认值，需要时再改。",
    "Rules: one key per row. The template sets the period and deadlines to the year chosen; the rest are the plan's defaults, to change only where your plan differs.",
  ),
};

const periodKeys = (): string =>
  RULES.filter((r) => r.key.startsWith("period."))
    .map((r) => r.key)
    .join(", ");

/** The rules of filling in that people got wrong, in order. */
export const GUIDE_NOTES: readonly Bilingual[] = [
  b(
    "每张工作表上是一个 Excel 表格。不要改表格名和列标题；在表格最后一行下面接着输入，表格会自动扩大。单位名称必须与“考评对象”表中完全一致。",
    "Each sheet holds one Excel table. Keep the tables' names and column headers; type on the row right under a table and the table grows. Spell each unit exactly as in Units.",
  ),
  b(
    "满意度评价和满意度测评票数只填一个：已有算好的分数就填“满意度评价”，只有票数就填“满意度测评票数”。同一单位的同一项评价两张表都填是错误。",
    "Fill either Satisfaction or Survey, not both: scores already computed go in Satisfaction, raw votes in Survey. Giving the same score of a unit in both is an error.",
  ),
  b(
    "创新争优加分的“倍数”留空时按考评规则 bonus.multiplier（默认 2）计算，即加分翻倍。如果市里审核的分数已经是最终分数，倍数填 1。",
    "A blank Multiplier in Bonuses counts the bonus at the rule bonus.multiplier (2 by default), so the points are doubled. Where the city's points are already final, put 1.",
  ),
  b(
    "通报扣分的“项数”填通报的项数，不填扣的分数：每项扣 penalty.points 分（默认 2 分）。留空按 1 项计。",
    "Count in Penalties is the number of items, not the points: each item costs penalty.points (2 by default). Blank counts as 1.",
  ),
  b(
    "指标考核的“指标组”只用于两种指标：核心职能（检查每个单位的核心职能指标数）和临时性重大工作（检查申报是否逾期）。其他指标留空；职能、共性填在“指标类型”。",
    "Group in Indicators is only for two kinds of indicator: core (核心职能, the count of core-function indicators is checked) and temporary (临时性重大工作, the filing deadline is checked). Leave it blank otherwise; functional/common goes under Type.",
  ),
  b(
    `考评规则表的考评期（${periodKeys()}）必须是考评的年份，否则通报标题、期限和日期检查都按错误的年份。没有考评规则表时按 2016 年方案的默认值。`,
    `The Rules table's period (${periodKeys()}) must be the year appraised, or the notice's title, the deadlines and the date checks use the wrong year. Without a Rules table the 2016 plan's defaults apply.`,
  ),
  b("有下拉列表的列请从列表中选择。日期写成 2026-05-10 或 2026年5月10日。", "Pick from the drop-down list where a column has one. Write dates as 2026-05-10."),
];

/** A row of the guide sheet: a heading (or blank) and its text. */
export type GuideRow = readonly [string, string];

/** The guide's title, with the year appraised. */
function title(lang: Lang, year: number): string {
  return lang === "zh" ? `${year}年度绩效考评输入表 · 填写说明` : `Input tables of the ${year} appraisal · how to fill them in`;
}

/**
 * The rows of the guide sheet for the appraisal of `year`: the title, the
 * rules of filling in, each table's sheet and purpose, and where the full
 * guide is.
 * @example
 * guideRows("zh", 2026)[0] //=> ["2026年度绩效考评输入表 · 填写说明", ""]
 */
export function guideRows(lang: Lang, year: number): readonly GuideRow[] {
  const zh = lang === "zh";
  return [
    [title(lang, year), ""],
    ["", ""],
    [zh ? "填写要点" : "Before you start", ""],
    ...GUIDE_NOTES.map((note, i): GuideRow => [String(i + 1), note[lang]]),
    ["", ""],
    [zh ? "工作表" : "Sheet", zh ? "用途" : "What it is for"],
    ...TABLES.map((t): GuideRow => [t.sheet, TABLE_PURPOSES[t.name][lang]]),
    ["", ""],
    [
      zh ? "详细说明" : "More",
      zh
        ? `每张表、每列、每条考评规则和每个提示代码的说明见 Appraise 的用户手册 ${USER_GUIDE_PATH}（随程序提供）。`
        : `Every table, column, rule and diagnostic code is described in Appraise's user guide, ${USER_GUIDE_PATH} (shipped with the program).`,
    ],
  ];
}
