/** The run's headline: what it amounts to, its causes, the first fix, where the outputs were written. */
import { plural } from "./plural";
import type { Lang } from "../../engine/types";

export interface HeadlineStrings {
  readonly conflictTitle: string;
  readonly conflictBody: string;
  readonly withheldTitle: string;
  readonly withheldBody: string;
  readonly graded: (graded: number, units: number) => string;
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
}

export const HEADLINE_STRINGS: Readonly<Record<Lang, HeadlineStrings>> = {
  zh: {
    conflictTitle: "结果未写入",
    conflictBody: "工作簿中已有与输出同名的工作表，但它不是 Appraise 创建的。为保护其内容，Appraise 没有改动任何工作表。请重命名或删除该工作表，然后重新计算。",
    withheldTitle: "未评定：考评结果保持上次的内容",
    withheldBody: "规则值无效，或有表格缺失、重名或缺少必需的列，考评结果保持原样，已写出校验提示。请先修正下面的错误。",
    graded: (graded, units) => `已评定 ${graded}/${units} 个单位`,
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
  },
  en: {
    conflictTitle: "Results were not written",
    conflictBody:
      "A sheet with an output's name exists, but Appraise did not create it. To protect it, Appraise changed no sheet at all. Rename or delete that sheet, then recompute.",
    withheldTitle: "Nothing graded: Results kept as they were",
    withheldBody:
      "A rule value is invalid, or a table is missing, doubled or lacks a required column, so Results were left as they were and the warnings were written. Fix the errors below first.",
    graded: (graded, units) => `Graded ${graded} of ${plural(units, "unit")}`,
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
  },
};
