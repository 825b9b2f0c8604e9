/**
 * Every diagnostic code, its severity and its message in Chinese and English.
 * This is the one place where user-facing diagnostic wording lives: codes are
 * stable API (SPEC section 5), messages may be improved.
 */
import { formatAddress, type SheetRange } from "./address";
import type { Bilingual, Diagnostic, DiagnosticCode, Severity } from "./types";

/** Values substituted into a message. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

interface MessageSpec {
  readonly severity: Severity;
  readonly zh: (p: MessageParams) => string;
  readonly en: (p: MessageParams) => string;
}

const s = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

/** Formats a cell's content for a message, quoted and cut to 40 characters. */
export function quoteValue(v: string): string {
  const t = v.length > 40 ? `${v.slice(0, 40)}…` : v;
  return `"${t}"`;
}

export const MESSAGES: Readonly<Record<DiagnosticCode, MessageSpec>> = {
  TABLE_MISSING: {
    severity: "error",
    zh: (p) => `缺少必需的表格“${s(p.zh)}”（${s(p.en)}）。请用“插入 > 表格”建立并命名。`,
    en: (p) => `The required table "${s(p.en)}" (${s(p.zh)}) is missing. Create it with Insert > Table and name it.`,
  },
  TABLE_AMBIGUOUS: {
    severity: "error",
    zh: (p) => `表格“${s(p.en)}”和“${s(p.zh)}”同时存在，无法确定使用哪一个。请删除或重命名其中一个。`,
    en: (p) => `Both "${s(p.en)}" and "${s(p.zh)}" exist; Appraise cannot tell which to use. Delete or rename one.`,
  },
  COLUMN_MISSING: {
    severity: "error",
    zh: (p) => `表格“${s(p.table)}”缺少必需的列“${s(p.zh)}”（${s(p.en)}）。`,
    en: (p) => `Table "${s(p.table)}" lacks the required column "${s(p.en)}" (${s(p.zh)}).`,
  },
  COLUMN_AMBIGUOUS: {
    severity: "error",
    zh: (p) => `表格“${s(p.table)}”中有两个列标题都对应“${s(p.zh)}”（${s(p.en)}）：${s(p.headers)}。`,
    en: (p) => `Two headers of table "${s(p.table)}" map to column "${s(p.en)}" (${s(p.zh)}): ${s(p.headers)}.`,
  },
  COLUMN_UNKNOWN: {
    severity: "info",
    zh: (p) => `列“${s(p.header)}”不是 Appraise 使用的列，已忽略。`,
    en: (p) => `Column "${s(p.header)}" is not one Appraise uses; it is ignored.`,
  },
  VALUE_REQUIRED: {
    severity: "error",
    zh: (p) => `“${s(p.zh)}”不能为空。`,
    en: (p) => `"${s(p.en)}" must not be blank.`,
  },
  NOT_A_NUMBER: {
    severity: "error",
    zh: (p) => `“${s(p.zh)}”应为数字，但单元格内容是 ${s(p.value)}。`,
    en: (p) => `"${s(p.en)}" must be a number, but the cell holds ${s(p.value)}.`,
  },
  NOT_A_DATE: {
    severity: "error",
    zh: (p) => `“${s(p.zh)}”应为日期（如 2016-11-25、2016/11/25 或 2016年11月25日），但单元格内容是 ${s(p.value)}。`,
    en: (p) => `"${s(p.en)}" must be a date (such as 2016-11-25, 2016/11/25 or 2016年11月25日), but the cell holds ${s(p.value)}.`,
  },
  CELL_ERROR: {
    severity: "error",
    zh: (p) =>
      p.value === "#UNCOMPUTED"
        ? `“${s(p.zh)}”是没有计算结果的公式。请在 Excel 中打开、重新计算并保存。`
        : `“${s(p.zh)}”是 Excel 错误值 ${s(p.value)}，请先修正该单元格。`,
    en: (p) =>
      p.value === "#UNCOMPUTED"
        ? `"${s(p.en)}" is a formula with no computed value. Open, recalculate and save the file in Excel.`
        : `"${s(p.en)}" holds the Excel error ${s(p.value)}; fix that cell first.`,
  },
  NUMBER_NORMALIZED: {
    severity: "info",
    zh: (p) => `“${s(p.zh)}”的文本 ${s(p.value)} 按数字 ${s(p.number)} 读取。`,
    en: (p) => `"${s(p.en)}": the text ${s(p.value)} was read as the number ${s(p.number)}.`,
  },
  OUT_OF_RANGE: {
    severity: "error",
    zh: (p) => `“${s(p.zh)}”为 ${s(p.value)}，超出允许范围 ${s(p.range)}。`,
    en: (p) => `"${s(p.en)}" is ${s(p.value)}, outside the allowed range ${s(p.range)}.`,
  },
  UNIT_DUPLICATE: {
    severity: "error",
    zh: (p) => `单位“${s(p.unit)}”在考评对象表中重复出现（首次在第 ${s(p.first)} 行），该单位不予评定。`,
    en: (p) => `Unit "${s(p.unit)}" is listed twice in Units (first on row ${s(p.first)}); it is not graded.`,
  },
  UNIT_UNKNOWN: {
    severity: "error",
    zh: (p) => `单位“${s(p.name)}”不在考评对象表中${p.suggestion ? `，是否是“${s(p.suggestion)}”？` : "。"}该行已忽略。`,
    en: (p) => `Unit "${s(p.name)}" is not in Units${p.suggestion ? ` (did you mean "${s(p.suggestion)}"?)` : ""}; the row is ignored.`,
  },
  CATEGORY_UNKNOWN: {
    severity: "error",
    zh: (p) => `类别“${s(p.category)}”不在规则 categories 允许的类别中（${s(p.allowed)}）。`,
    en: (p) => `Category "${s(p.category)}" is not one of the allowed categories (${s(p.allowed)}).`,
  },
  CATEGORY_SMALL: {
    severity: "warning",
    zh: (p) => `类别“${s(p.category)}”只有 ${s(p.count)} 个参加考评的单位，等次比例意义有限。`,
    en: (p) => `Category "${s(p.category)}" has only ${s(p.count)} assessed units; tier shares mean little.`,
  },
  INDICATORS_MISSING: {
    severity: "error",
    zh: (p) => `单位“${s(p.unit)}”没有${p.type === "common" ? "共性" : "职能"}指标行，不予评定。`,
    en: (p) => `Unit "${s(p.unit)}" has no ${s(p.type)} indicator rows; it is not graded.`,
  },
  POINTS_TOTAL_MISMATCH: {
    severity: "warning",
    zh: (p) => `单位“${s(p.unit)}”${p.type === "common" ? "共性" : "职能"}指标分值合计为 ${s(p.total)}，应为 ${s(p.weight)}。`,
    en: (p) => `Unit "${s(p.unit)}": its ${s(p.type)} indicators' MaxPoints total ${s(p.total)}, not ${s(p.weight)}.`,
  },
  CORE_COUNT: {
    severity: "warning",
    zh: (p) => `单位“${s(p.unit)}”有 ${s(p.count)} 项核心职能指标，应为 ${s(p.min)}～${s(p.max)} 项。`,
    en: (p) => `Unit "${s(p.unit)}" has ${s(p.count)} core-function indicators; ${s(p.min)} to ${s(p.max)} expected.`,
  },
  SATISFACTION_MISSING: {
    severity: "error",
    zh: (p) => `单位“${s(p.unit)}”没有${p.kind === "leader" ? "领导评价" : "公众评议"}得分，不予评定。`,
    en: (p) => `Unit "${s(p.unit)}" has no ${s(p.kind)} score; it is not graded.`,
  },
  SATISFACTION_DUPLICATE: {
    severity: "error",
    zh: (p) => `单位“${s(p.unit)}”的${p.kind === "leader" ? "领导评价" : "公众评议"}得分出现多次（首次在第 ${s(p.first)} 行）。`,
    en: (p) => `Unit "${s(p.unit)}" has more than one ${s(p.kind)} score (first on row ${s(p.first)}).`,
  },
  SATISFACTION_CONFLICT: {
    severity: "error",
    zh: (p) => `单位“${s(p.unit)}”的${p.kind === "leader" ? "领导评价" : "公众评议"}得分同时来自满意度评价表和测评票数表，只能用一种。`,
    en: (p) => `Unit "${s(p.unit)}" gets its ${s(p.kind)} score from both Satisfaction and Survey; use only one.`,
  },
  SURVEY_FEW_VOTES: {
    severity: "warning",
    zh: (p) => `单位“${s(p.unit)}”的${p.kind === "leader" ? "领导评价" : "公众评议"}有效票只有 ${s(p.votes)} 张，少于 ${s(p.min)} 张。`,
    en: (p) => `Unit "${s(p.unit)}" has only ${s(p.votes)} valid ${s(p.kind)} votes, fewer than ${s(p.min)}.`,
  },
  BONUS_MULTIPLIER: {
    severity: "error",
    zh: (p) => `加分倍数 ${s(p.value)} 不在允许范围 ${s(p.min)}～${s(p.max)} 内。`,
    en: (p) => `The bonus multiplier ${s(p.value)} is outside the allowed range ${s(p.min)} to ${s(p.max)}.`,
  },
  BONUS_CAPPED: {
    severity: "info",
    zh: (p) => `单位“${s(p.unit)}”加分合计 ${s(p.total)}，按上限计 ${s(p.cap)} 分。`,
    en: (p) => `Unit "${s(p.unit)}": bonus total ${s(p.total)} is capped at ${s(p.cap)}.`,
  },
  PENALTY_OUTSIDE_PERIOD: {
    severity: "warning",
    zh: (p) => `通报日期 ${s(p.date)} 不在考评期 ${s(p.start)}～${s(p.end)} 内，不扣分。`,
    en: (p) => `The penalty dated ${s(p.date)} is outside the period ${s(p.start)} to ${s(p.end)}; it is not counted.`,
  },
  VETO_AREA_UNKNOWN: {
    severity: "warning",
    zh: (p) => (s(p.area) === "" ? "一票否决未填写领域，否决仍然生效。" : `一票否决领域“${s(p.area)}”不在规定的领域中，否决仍然生效。`),
    en: (p) =>
      s(p.area) === "" ? "The veto names no area; the veto still applies." : `Veto area "${s(p.area)}" is not one of the listed areas; the veto still applies.`,
  },
  ADJUSTMENT_LATE: {
    severity: "warning",
    zh: (p) => `指标调整备案日期 ${s(p.date)} 晚于截止日期 ${s(p.deadline)}，该调整不予认可；本行仍按所填分值和得分计入，请核对是否为调整前的指标。`,
    en: (p) =>
      `The indicator adjustment was filed on ${s(p.date)}, after the deadline ${s(p.deadline)}, so it is not accepted; the row still counts as entered: check that it shows the indicator as it was before the adjustment.`,
  },
  TEMPORARY_LATE: {
    severity: "warning",
    zh: (p) => `临时性工作 ${s(p.assigned)} 布置，${s(p.filed)} 申报，相隔 ${s(p.days)} 个工作日，超过 ${s(p.limit)} 个工作日。`,
    en: (p) => `The temporary task assigned on ${s(p.assigned)} was filed on ${s(p.filed)}, ${s(p.days)} working days later (limit ${s(p.limit)}).`,
  },
  APPEAL_LATE: {
    severity: "warning",
    zh: (p) => `复核申请 ${s(p.appeal)} 提出，距反馈日 ${s(p.feedback)} 已 ${s(p.days)} 个工作日，超过 ${s(p.limit)} 个工作日。`,
    en: (p) => `The appeal of ${s(p.appeal)} came ${s(p.days)} working days after the feedback of ${s(p.feedback)} (limit ${s(p.limit)}).`,
  },
  RULE_UNKNOWN: {
    severity: "warning",
    zh: (p) => `规则参数“${s(p.key)}”未知，已忽略。${p.suggestion ? `是否是“${s(p.suggestion)}”？` : ""}`,
    en: (p) => `Unknown rule key "${s(p.key)}"; it is ignored.${p.suggestion ? ` Did you mean "${s(p.suggestion)}"?` : ""}`,
  },
  RULE_INVALID: {
    severity: "error",
    zh: (p) => `规则“${s(p.key)}”的值 ${s(p.value)} 无效（${s(p.zhExpected)}）。在修正前不进行评定，考评结果保持不变。`,
    en: (p) =>
      `Rule "${s(p.key)}" has an invalid value ${s(p.value)} (${s(p.enExpected)}). Nothing is graded until it is fixed; Results are left as they were.`,
  },
  QUOTA_ROUNDED_UP: {
    severity: "info",
    zh: (p) => `类别“${s(p.category)}”${s(p.zhTier)}名额 ${s(p.quota)}/${s(p.size)}，取整后高于规定比例 ${s(p.share)}。`,
    en: (p) => `Category "${s(p.category)}": the ${s(p.tier)} quota ${s(p.quota)} of ${s(p.size)} is above its share ${s(p.share)} after rounding.`,
  },
  TIE_AT_BOUNDARY: {
    severity: "warning",
    zh: (p) => `类别“${s(p.category)}”中 ${s(p.units)} 综合得分并列 ${s(p.composite)}，跨越${s(p.zhBetter)}与${s(p.zhWorse)}的界限，均评为${s(p.zhTier)}。`,
    en: (p) => `Category "${s(p.category)}": ${s(p.units)} tie at ${s(p.composite)} across the ${s(p.better)}/${s(p.worse)} boundary; all get ${s(p.tier)}.`,
  },
  BELOW_THRESHOLD: {
    severity: "info",
    zh: (p) => `单位“${s(p.unit)}”综合得分 ${s(p.composite)} 低于 ${s(p.threshold)} 分，评为不合格。`,
    en: (p) => `Unit "${s(p.unit)}": composite ${s(p.composite)} is below ${s(p.threshold)}; unqualified.`,
  },
  VETO_APPLIED: {
    severity: "info",
    zh: (p) => {
      const area = s(p.area) === "" ? "" : `（${s(p.area)}）`;
      return p.from === p.to
        ? `单位“${s(p.unit)}”被一票否决${area}，已是${s(p.zhTo)}，等次不变。`
        : `单位“${s(p.unit)}”被一票否决${area}，等次由${s(p.zhFrom)}降为${s(p.zhTo)}。`;
    },
    en: (p) => {
      const area = s(p.area) === "" ? "" : ` (${s(p.area)})`;
      return p.from === p.to
        ? `Unit "${s(p.unit)}" is vetoed${area}; it is already ${s(p.to)}, so its tier stays.`
        : `Unit "${s(p.unit)}" is vetoed${area}: ${s(p.from)} lowered to ${s(p.to)}.`;
    },
  },
  CATEGORY_PROVISIONAL: {
    severity: "warning",
    zh: (p) => `类别“${s(p.category)}”有未评定的单位（${s(p.ungraded)}），名额可能变动，本类别等次为暂定。`,
    en: (p) => `Category "${s(p.category)}" has ungraded units (${s(p.ungraded)}); its quotas may move, so its tiers are provisional.`,
  },
  PERIOD_MISMATCH: {
    severity: "warning",
    zh: (p) =>
      `${s(p.count)} 行带日期的记录（通报扣分、指标考核）都不在考评期内：记录的日期在 ${s(p.rowsYear)} 年，而考评期是 ${s(p.period)}。如果这是 ${s(p.rowsYear)} 年度的考评，请在考评规则表中设置 period.start 和 period.end。`,
    en: (p) =>
      `All ${s(p.count)} dated rows (Penalties, Indicators) fall outside the period: the rows are dated ${s(p.rowsYear)} but the period is ${s(p.period)}. If this is the ${s(p.rowsYear)} appraisal, set period.start and period.end in the Rules table.`,
  },
  OUTPUT_CONFLICT: {
    severity: "error",
    zh: (p) => `工作表“${s(p.sheet)}”（或其表格名）已被不是 Appraise 创建的内容占用，未作任何改动。请重命名或删除该工作表或表格后重新计算。`,
    en: (p) =>
      `Sheet "${s(p.sheet)}" (or its table name) is taken by something Appraise did not create; nothing was changed. Rename or delete that sheet or table, then recompute.`,
  },
};

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
 * diagnostic("RULE_UNKNOWN", { table: "Rules", row: 3 }, { key: "bonus.capp" }).severity
 * //=> "warning"
 */
export function diagnostic(code: DiagnosticCode, loc: DiagnosticLocation, params: MessageParams = {}): Diagnostic {
  const spec = MESSAGES[code];
  const message: Bilingual = { zh: spec.zh(params), en: spec.en(params) };
  return {
    severity: spec.severity,
    code,
    table: loc.table ?? null,
    row: loc.row ?? null,
    column: loc.column ?? null,
    at: loc.at ?? null,
    cell: loc.at ? formatAddress(loc.at) : null,
    unit: loc.unit ?? null,
    message,
  };
}

export { TIER_LABELS } from "./tierLabels";
