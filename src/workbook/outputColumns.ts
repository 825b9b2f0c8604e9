/**
 * The headers of the owned tables (Results, Warnings, RunLog) in both
 * languages, apart from the rest of the output layout (outputs.ts, which
 * re-exports them) so that the task pane can find the RunLog's fingerprint
 * column without loading the layout, which only a run needs.
 */
export type Col = { readonly en: string; readonly zh: string };
const col = (en: string, zh: string): Col => ({ en, zh });

export const RESULTS_COLUMNS: readonly Col[] = [
  col("Unit", "单位"),
  col("Category", "类别"),
  col("Functional", "职能指标得分"),
  col("Common", "共性指标得分"),
  col("Target", "指标考核得分"),
  col("Bonus", "创新争优加分"),
  col("Penalty", "通报扣分"),
  col("Public", "公众评议得分"),
  col("Leader", "领导评价得分"),
  col("SpotCheck", "察访核验扣分"),
  col("Composite", "综合得分"),
  col("Rank", "名次"),
  col("CategorySize", "类别单位数"),
  col("Tier", "等次"),
  col("Margin", "差距分"),
  col("Explanation", "说明"),
];

export const WARNINGS_COLUMNS: readonly Col[] = [
  col("Severity", "级别"),
  col("Code", "代码"),
  col("Table", "表格"),
  col("Row", "行"),
  col("Column", "列"),
  col("Cell", "单元格"),
  col("Message", "说明"),
];

export const RUNLOG_COLUMNS: readonly Col[] = [
  col("Time", "时间"),
  col("Version", "版本"),
  col("InputFingerprint", "输入指纹"),
  col("Units", "单位数"),
  col("Graded", "已评定"),
  col("Errors", "错误"),
  col("Warnings", "警告"),
  col("First", "一等"),
  col("Second", "二等"),
  col("Third", "三等"),
  col("Unqualified", "不合格"),
  col("Note", "备注"),
];

export const HISTORY_COLUMNS: readonly Col[] = [
  col("RunTime", "运行时间"),
  col("InputFingerprint", "输入指纹"),
  col("Unit", "单位"),
  col("Category", "类别"),
  col("Composite", "综合得分"),
  col("Rank", "名次"),
  col("Tier", "等次"),
];
