/**
 * The input tables, declared once: names in English and Chinese, columns with
 * their headers, types and whether they are required. One reader
 * (`readTable`) checks every table against these declarations.
 */
import type { TableName } from "./types";

/**
 * Column types. `indicatorType`, `satisfactionKind` and `holidayKind` are
 * enumerations that accept the English or the Chinese word.
 */
export type ColumnType = "text" | "number" | "count" | "wholePositive" | "date" | "yesno" | "indicatorType" | "satisfactionKind" | "holidayKind";

export interface ColumnDecl {
  /** English header, also the column's name in diagnostics. */
  readonly name: string;
  /** Chinese header. */
  readonly zh: string;
  readonly type: ColumnType;
  /** The column must be present (COLUMN_MISSING), and a blank cell in a non-blank row is VALUE_REQUIRED unless `blankAllowed`. */
  readonly required: boolean;
  /** A required column whose cells may be blank (Rules' Value: blank takes the default). */
  readonly blankAllowed?: boolean;
  /** Smallest allowed number (OUT_OF_RANGE below it). */
  readonly min?: number;
}

export interface TableDecl {
  readonly name: TableName;
  readonly zh: string;
  /** Sheet name used by `appraise template` and `demo`. */
  readonly sheet: string;
  /** TABLE_MISSING when absent. */
  readonly required: boolean;
  readonly columns: readonly ColumnDecl[];
}

const unit: ColumnDecl = { name: "Unit", zh: "单位", type: "text", required: true };

export const TABLES: readonly TableDecl[] = [
  {
    name: "Units",
    zh: "考评对象",
    sheet: "考评对象",
    required: true,
    columns: [unit, { name: "Category", zh: "类别", type: "text", required: true }, { name: "Assessed", zh: "参加考评", type: "yesno", required: false }],
  },
  {
    name: "Indicators",
    zh: "指标考核",
    sheet: "指标考核",
    required: true,
    columns: [
      unit,
      { name: "Type", zh: "指标类型", type: "indicatorType", required: true },
      { name: "Group", zh: "指标组", type: "text", required: false },
      { name: "Indicator", zh: "指标名称", type: "text", required: false },
      { name: "MaxPoints", zh: "分值", type: "number", required: true, min: 0 },
      { name: "Score", zh: "得分", type: "number", required: true, min: 0 },
      { name: "AssignedDate", zh: "布置日期", type: "date", required: false },
      { name: "FiledDate", zh: "申报日期", type: "date", required: false },
      { name: "AdjustmentFiled", zh: "调整备案日期", type: "date", required: false },
    ],
  },
  {
    name: "Satisfaction",
    zh: "满意度评价",
    sheet: "满意度评价",
    required: false,
    columns: [
      unit,
      { name: "Public", zh: "公众评议", type: "number", required: false, min: 0 },
      { name: "Leader", zh: "领导评价", type: "number", required: false, min: 0 },
    ],
  },
  {
    name: "Survey",
    zh: "满意度测评票数",
    sheet: "满意度测评票数",
    required: false,
    columns: [
      unit,
      { name: "Kind", zh: "评议类型", type: "satisfactionKind", required: true },
      { name: "Satisfied", zh: "满意", type: "count", required: true },
      { name: "FairlySatisfied", zh: "比较满意", type: "count", required: true },
      { name: "BasicallySatisfied", zh: "基本满意", type: "count", required: true },
      { name: "Dissatisfied", zh: "不满意", type: "count", required: true },
      { name: "Unknown", zh: "不了解", type: "count", required: false },
    ],
  },
  {
    name: "Bonuses",
    zh: "创新争优加分",
    sheet: "创新争优加分",
    required: false,
    columns: [
      unit,
      { name: "Item", zh: "项目", type: "text", required: false },
      { name: "Kind", zh: "类型", type: "text", required: false },
      { name: "ApprovedPoints", zh: "市审核加分", type: "number", required: true, min: 0 },
      { name: "Multiplier", zh: "倍数", type: "number", required: false },
    ],
  },
  {
    name: "Penalties",
    zh: "通报扣分",
    sheet: "通报扣分",
    required: false,
    columns: [
      unit,
      { name: "Date", zh: "日期", type: "date", required: false },
      { name: "Reason", zh: "事由", type: "text", required: false },
      { name: "Count", zh: "项数", type: "wholePositive", required: false },
    ],
  },
  {
    name: "SpotChecks",
    zh: "察访核验",
    sheet: "察访核验",
    required: false,
    columns: [
      unit,
      { name: "Finding", zh: "发现问题", type: "text", required: false },
      { name: "Deduction", zh: "扣分", type: "number", required: true, min: 0 },
    ],
  },
  {
    name: "Vetoes",
    zh: "一票否决",
    sheet: "一票否决",
    required: false,
    columns: [unit, { name: "Area", zh: "领域", type: "text", required: false }, { name: "Reason", zh: "事由", type: "text", required: false }],
  },
  {
    name: "Appeals",
    zh: "复核申请",
    sheet: "复核申请",
    required: false,
    columns: [
      unit,
      { name: "FeedbackDate", zh: "反馈日期", type: "date", required: true },
      { name: "AppealDate", zh: "申请日期", type: "date", required: true },
    ],
  },
  {
    name: "Holidays",
    zh: "节假日",
    sheet: "节假日",
    required: false,
    columns: [
      { name: "Date", zh: "日期", type: "date", required: true },
      { name: "Kind", zh: "类型", type: "holidayKind", required: true },
    ],
  },
  {
    name: "Rules",
    zh: "考评规则",
    sheet: "考评规则",
    required: false,
    columns: [
      { name: "Key", zh: "参数", type: "text", required: true },
      { name: "Value", zh: "值", type: "text", required: true, blankAllowed: true },
      { name: "Note", zh: "说明", type: "text", required: false },
    ],
  },
];

/** The declaration of a table by English name. */
export function tableDecl(name: TableName): TableDecl {
  const decl = TABLES.find((t) => t.name === name);
  if (!decl) throw new Error(`No table declaration ${name}`);
  return decl;
}

/** Enumerated words (lower-cased) and the value they mean. */
export const ENUMS: Readonly<Record<"indicatorType" | "satisfactionKind" | "holidayKind", Readonly<Record<string, string>>>> = {
  indicatorType: { functional: "functional", 职能: "functional", 职能指标: "functional", common: "common", 共性: "common", 共性指标: "common" },
  satisfactionKind: { public: "public", 公众评议: "public", leader: "leader", 领导评价: "leader" },
  holidayKind: { off: "off", 休: "off", work: "work", 班: "work" },
};

/** The accepted words of an enumeration, for messages. */
export const ENUM_HINTS: Readonly<Record<keyof typeof ENUMS, string>> = {
  indicatorType: "functional/职能, common/共性",
  satisfactionKind: "public/公众评议, leader/领导评价",
  holidayKind: "off/休, work/班",
};

/** The veto areas the plan lists; others are VETO_AREA_UNKNOWN. */
export const VETO_AREAS: readonly string[] = ["党风廉政建设", "社会治安综合治理", "计划生育", "环境保护", "安全生产", "其他重大损失"];

/** Group values that mark core-function and temporary-task indicators. */
export const CORE_GROUPS: readonly string[] = ["core", "核心职能", "核心"];
export const TEMPORARY_GROUPS: readonly string[] = ["temporary", "临时性重大工作", "临时性工作", "临时"];
