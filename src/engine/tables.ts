/**
 * The input tables, declared once: names in English and Chinese, columns with
 * their headers, types and whether they are required. One reader
 * (`readTable`) checks every table against these declarations.
 *
 * `TABLES` is data and type at once: the table names and each table's row
 * type are derived from it (see `RowValues`), so reading a column a table
 * does not declare, or a value as another type than its column's, fails to
 * compile.
 */
import type { Day } from "./cells";
import type { Fixed } from "./fixed";

/**
 * Enumerated words (lower-cased) and the value they mean: an enumeration
 * column accepts the English or the Chinese word.
 */
export const ENUMS = {
  indicatorType: { functional: "functional", 职能: "functional", 职能指标: "functional", common: "common", 共性: "common", 共性指标: "common" },
  satisfactionKind: { public: "public", 公众评议: "public", leader: "leader", 领导评价: "leader" },
  holidayKind: { off: "off", 休: "off", work: "work", 班: "work" },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

/** An enumeration column type. */
export type EnumType = keyof typeof ENUMS;

/** The values an enumeration's words mean: `EnumValue<"holidayKind">` is `"off" | "work"`. */
export type EnumValue<K extends EnumType> = (typeof ENUMS)[K][keyof (typeof ENUMS)[K]];

/** The accepted words of an enumeration, for messages. */
export const ENUM_HINTS: Readonly<Record<EnumType, string>> = {
  indicatorType: "functional/职能, common/共性",
  satisfactionKind: "public/公众评议, leader/领导评价",
  holidayKind: "off/休, work/班",
};

/** What a cell of each column type holds once read: numbers are exact Fixed values (see fixed.ts). */
interface ColumnValues {
  readonly text: string;
  readonly number: Fixed;
  /** A whole number ≥ 0. */
  readonly count: Fixed;
  /** A whole number ≥ 1. */
  readonly wholePositive: Fixed;
  readonly date: Day;
  readonly yesno: boolean;
  readonly indicatorType: EnumValue<"indicatorType">;
  readonly satisfactionKind: EnumValue<"satisfactionKind">;
  readonly holidayKind: EnumValue<"holidayKind">;
}

/** Column types. `indicatorType`, `satisfactionKind` and `holidayKind` are the enumerations of `ENUMS`. */
export type ColumnType = keyof ColumnValues;

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
  readonly name: string;
  readonly zh: string;
  /** Sheet name used by `appraise template` and `demo`. */
  readonly sheet: string;
  /** TABLE_MISSING when absent. */
  readonly required: boolean;
  readonly columns: readonly ColumnDecl[];
}

const unit = { name: "Unit", zh: "单位", type: "text", required: true } as const satisfies ColumnDecl;

export const TABLES = [
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
] as const satisfies readonly TableDecl[];

type Declared = (typeof TABLES)[number];

/** The English names of the input tables. */
export type TableName = Declared["name"];

/** Each table's declaration by name. */
type DeclByName = { readonly [D in Declared as D["name"]]: D };

/** The declaration of table N (an indexed access, so that a table's type is one of any table's). */
export type TableDeclOf<N extends TableName> = DeclByName[N];

/** The declared columns of table N. */
export type ColumnOf<N extends TableName> = TableDeclOf<N>["columns"][number];

/** The English name of a column of table N (of any table, by default). */
export type ColumnName<N extends TableName = TableName> = ColumnOf<N>["name"];

/** What a cell of column C holds once read. */
export type ColumnValue<C extends ColumnDecl> = ColumnValues[C["type"]];

/**
 * A row's values by column name, each of its column's type: undefined where
 * the cell is blank or unreadable, or the column absent.
 * @example
 * declare const row: RowValues<"Penalties">;
 * row.Date //=> Day | undefined
 */
export type RowValues<N extends TableName> = { readonly [C in ColumnOf<N> as C["name"]]?: ColumnValue<C> };

/** A column every row without errors has a value in: required, and not blank-allowed (a blank there is VALUE_REQUIRED). */
type Filled<C extends ColumnDecl> = C extends { readonly required: true } ? (C extends { readonly blankAllowed: true } ? never : C) : never;

/**
 * The values of a row without errors: as RowValues, but each required
 * column's is there (a blank or unreadable required cell is an error).
 * @example
 * declare const row: CheckedRowValues<"Penalties">;
 * row.Unit //=> string
 */
export type CheckedRowValues<N extends TableName> = { readonly [C in Exclude<ColumnOf<N>, Filled<ColumnOf<N>>> as C["name"]]?: ColumnValue<C> } & {
  readonly [C in Filled<ColumnOf<N>> as C["name"]]: ColumnValue<C>;
};

/**
 * The declaration of a column of a table, for its headers in messages.
 * @example
 * columnDecl("Indicators", "Score").zh //=> "得分"
 */
export function columnDecl<N extends TableName>(table: N, column: ColumnName<N>): ColumnDecl {
  const found = TABLES.find((t) => t.name === table)?.columns.find((c: ColumnDecl) => c.name === column);
  if (!found) throw new Error(`No column ${column} in table ${table}`);
  return found;
}

/** The veto areas the plan lists; others are VETO_AREA_UNKNOWN. */
export const VETO_AREAS: readonly string[] = ["党风廉政建设", "社会治安综合治理", "计划生育", "环境保护", "安全生产", "其他重大损失"];

/** Group values that mark core-function and temporary-task indicators. */
export const CORE_GROUPS: readonly string[] = ["core", "核心职能", "核心"];
export const TEMPORARY_GROUPS: readonly string[] = ["temporary", "临时性重大工作", "临时性工作", "临时"];
