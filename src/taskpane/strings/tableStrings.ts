/** The input tables: the list of those found, the notice when there are none, creating them. */
import type { Lang } from "../../engine/types";

export interface TableStrings {
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
}

export const TABLE_STRINGS: Readonly<Record<Lang, TableStrings>> = {
  zh: {
    noTablesTitle: "还没有输入表格",
    noTablesBody: "Appraise 从本工作簿中的 Excel 表格读取考评数据，例如“考评对象”和“指标考核”。这个工作簿里还没有这些表格。",
    createTablesHint: "点击“创建输入表格”，会添加带标题行的空表格，以及排在最前的“说明”工作表（每个表格的用途和填写方法）；填好数据后点击“重新计算”。",
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
  },
  en: {
    noTablesTitle: "No input tables yet",
    noTablesBody:
      "Appraise reads the appraisal from Excel tables in this workbook, such as Units (考评对象) and Indicators (指标考核). " +
      "This workbook has none of them yet.",
    createTablesHint:
      "Create input tables adds empty tables with their header rows, and first the 说明 (Guide) sheet saying what each table is for and how to fill it in; fill them in, then select Recompute.",
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
  },
};
