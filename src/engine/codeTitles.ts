/**
 * A short name and a one-line cause for every diagnostic code, in Chinese and
 * English: what a group of diagnostics is called where they are grouped by
 * code (the task pane, the command's summary). "90 × 缺少满意度评价 — 单位没有公众
 * 评议或领导评价得分". The message of each diagnostic (messages.ts) says the
 * rest; these never carry parameters, so one line stands for the whole group.
 *
 * Apart from the codes' declarations (messages.ts) only because the task
 * pane's first paint shows these titles and must not load every message
 * template (the templates cost 2.8 KiB gzipped of a 160 KiB budget that is
 * 155.8 KiB used). The compiler still holds the two together: a code declared
 * there without a title here fails `tsc`.
 */
import type { Bilingual, DiagnosticCode } from "./types";

export interface CodeTitle {
  /** A few words naming the kind of problem. */
  readonly title: Bilingual;
  /** What the problems of this kind have in common: their cause, or what to do. */
  readonly cause: Bilingual;
}

const t = (zhTitle: string, enTitle: string, zhCause: string, enCause: string): CodeTitle => ({
  title: { zh: zhTitle, en: enTitle },
  cause: { zh: zhCause, en: enCause },
});

export const CODE_TITLES: Readonly<Record<DiagnosticCode, CodeTitle>> = {
  TABLE_MISSING: t("缺少必需的表格", "Required table missing", "考评对象和指标考核表都必须有", "Units and Indicators must both exist"),
  TABLE_AMBIGUOUS: t("表格重名", "Table under both names", "同一张表以中英文两个名字各出现一次", "a table exists under its English and its Chinese name"),
  COLUMN_MISSING: t("缺少必需的列", "Required column missing", "表格缺少必需的列标题", "a table lacks a required header"),
  COLUMN_AMBIGUOUS: t("列标题重复", "Two headers for one column", "两个列标题对应同一列", "two headers map to the same column"),
  COLUMN_UNKNOWN: t("未使用的列", "Column not used", "这些列不是 Appraise 读取的列，已忽略", "Appraise does not read these columns; they are ignored"),
  VALUE_REQUIRED: t("必填单元格为空", "Required cell blank", "这些单元格不能为空", "these cells must not be blank"),
  NOT_A_NUMBER: t("不是数字", "Not a number", "应填数字的单元格里是文本", "cells that must hold numbers hold text"),
  NOT_A_DATE: t("不是日期", "Not a date", "应填日期的单元格无法识别为日期", "cells that must hold dates cannot be read as dates"),
  CELL_ERROR: t("单元格错误值", "Excel error in a cell", "单元格是 Excel 错误值或没有计算结果的公式", "cells hold an Excel error or an uncomputed formula"),
  NUMBER_NORMALIZED: t(
    "文本按数字读取",
    "Text read as a number",
    "全角数字或带空格的文本已按数字读取",
    "full-width digits or text with spaces were read as numbers",
  ),
  OUT_OF_RANGE: t(
    "数值超出范围",
    "Value out of range",
    "数值为负、超过分值或满分，或不是可接受的词",
    "a value is negative, above its maximum, or not an accepted word",
  ),
  UNIT_DUPLICATE: t("单位重复", "Unit listed twice", "考评对象表中同一单位出现多次", "a unit appears more than once in Units"),
  UNIT_UNKNOWN: t("未知单位", "Unknown unit", "这些行的单位不在考评对象表中", "these rows name a unit that is not in Units"),
  CATEGORY_UNKNOWN: t("未知类别", "Unknown category", "类别不在考评规则的 categories 中", "the category is not one of the Rules' categories"),
  CATEGORY_SMALL: t("类别单位过少", "Small category", "类别参加考评的单位少于 3 个", "fewer than 3 units are assessed in the category"),
  INDICATORS_MISSING: t("缺少指标", "Indicators missing", "单位没有职能指标或共性指标行", "a unit has no functional or no common rows"),
  POINTS_TOTAL_MISMATCH: t(
    "分值合计不符",
    "Points total differs",
    "单位指标的分值合计与规定的权重不同，不予评定",
    "a unit's MaxPoints do not add up to the weight, so it is not graded",
  ),
  CORE_COUNT: t("核心职能指标个数", "Core indicator count", "核心职能指标个数不在规定范围内", "the number of core indicators is outside core.min..core.max"),
  SATISFACTION_MISSING: t(
    "缺少满意度评价",
    "Satisfaction missing",
    "单位没有公众评议或领导评价得分（满意度评价表或测评票数表）",
    "a unit has no public or leader score (Satisfaction or Survey table)",
  ),
  SATISFACTION_DUPLICATE: t("满意度重复", "Satisfaction given twice", "同一单位的同一项得分有多行", "more than one row gives a unit the same score"),
  SATISFACTION_CONFLICT: t(
    "满意度来源冲突",
    "Satisfaction from both tables",
    "满意度评价表和测评票数表同时给出同一得分",
    "Satisfaction and Survey both give the same score",
  ),
  SURVEY_FEW_VOTES: t("有效票数过少", "Few valid votes", "有效票数少于 survey.min_votes", "fewer valid votes than survey.min_votes"),
  BONUS_MULTIPLIER: t("加分倍数无效", "Bonus multiplier invalid", "倍数不在允许范围内", "a multiplier outside the allowed range"),
  BONUS_CAPPED: t("加分封顶", "Bonus capped", "单位加分合计超过上限，按上限计", "a unit's bonus was cut to the cap"),
  PENALTY_OUTSIDE_PERIOD: t(
    "扣分不在考评期内",
    "Penalty outside the period",
    "通报日期不在考评期内，不计扣分",
    "penalties dated outside the period are not counted",
  ),
  VETO_AREA_UNKNOWN: t("否决领域未知", "Unknown veto area", "领域不在规定列表中（否决仍然生效）", "an area outside the list (the veto still applies)"),
  ADJUSTMENT_LATE: t("指标调整逾期", "Adjustment filed late", "指标调整备案晚于截止日期", "an indicator adjustment was filed after the deadline"),
  TEMPORARY_LATE: t(
    "临时任务申报逾期",
    "Temporary task filed late",
    "临时性工作申报超过规定的工作日",
    "a temporary task was filed after the allowed working days",
  ),
  APPEAL_LATE: t("复核申请逾期", "Appeal filed late", "复核申请超过规定的工作日", "an appeal was filed after the allowed working days"),
  RULE_UNKNOWN: t("未知规则", "Unknown rule", "考评规则表中有不认识的参数", "the Rules table has keys Appraise does not know"),
  RULE_INVALID: t("规则值无效", "Invalid rule", "规则值无法识别，所有单位都不评定", "a rule value does not parse, so nothing is graded"),
  QUOTA_ROUNDED_UP: t("名额向上取整", "Quota rounded up", "取整后名额略高于规定比例", "after rounding a quota is above its share"),
  TIE_AT_BOUNDARY: t("并列跨越等次界限", "Tie at a tier boundary", "得分相同的单位跨越等次界限", "units with equal composites straddle a tier boundary"),
  BELOW_THRESHOLD: t("低于合格线", "Below the threshold", "综合得分低于合格线，评为不合格", "composite below tier.threshold: unqualified"),
  VETO_APPLIED: t("一票否决降等", "Veto applied", "一票否决使等次降低一等", "a veto lowered the tier by one"),
  CATEGORY_PROVISIONAL: t("等次暂定", "Tiers provisional", "类别中有未评定的单位，名额可能变动", "a category has ungraded units, so its quotas may move"),
  OUTPUT_CONFLICT: t(
    "输出工作表被占用",
    "Output sheet taken",
    "与输出同名的工作表不是 Appraise 创建的，未写入任何内容",
    "a sheet with an output's name is not Appraise's; nothing was written",
  ),
  CALENDAR_UNKNOWN_YEAR: t(
    "日历缺少年份",
    "Year not in the calendar",
    "工作日计算用到的年份还没有放假和调休安排，按周一至周五计算；请在节假日表中加入该年",
    "a working-day count runs into a year with no holidays or make-up days yet, counted Monday to Friday; add that year to Holidays",
  ),
  HEADER_BLANK: t(
    "列标题为空",
    "Blank header",
    "表格的列标题为空（常见于合并的表头），该表格未读取；请填写列标题",
    "a table's header cell is blank (often a merged header), so the table is not read; type the header",
  ),
  ROWS_OUTSIDE_TABLE: t(
    "表格外的行",
    "Rows outside a table",
    "紧挨着表格的行或列不在表格范围内，未读取；请调整表格大小",
    "rows or columns right beside a table are not part of it and are not read; resize the table",
  ),
  RULES_DEFAULT_PERIOD: t(
    "按 2016 年度考评",
    "2016 period in force",
    "没有设置考评期，按 2016 年度方案的考评期和截止日期评定；请在考评规则表中设置 period.start 和 period.end",
    "no period is set, so the 2016 plan's period and deadlines are in force; set period.start and period.end in Rules",
  ),
  BONUS_DEFAULT_MULTIPLIER: t(
    "加分按默认倍数",
    "Bonus at the default multiplier",
    "倍数为空的加分按 bonus.multiplier（默认 2 倍）计；已是最终加分的请填 1",
    "bonuses with a blank Multiplier count at bonus.multiplier (2 by default); enter 1 where the points are final",
  ),
  OUTPUT_WOULD_OVERWRITE: t(
    "输出文件将被覆盖",
    "Output file would be replaced",
    "输出文件中有本次运行不会保留的内容，未替换；可用 --in-place 评定工作簿本身",
    "the output file holds what this run would not keep; it was not replaced (--in-place grades the workbook itself)",
  ),
  PERIOD_MISMATCH: t(
    "日期不在考评期",
    "Dates outside the period",
    "所有带日期的记录都不在考评期内，请检查 period.start 和 period.end",
    "every dated row is outside the period; check period.start and period.end",
  ),
};
