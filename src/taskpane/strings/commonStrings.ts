/** Strings every part of the pane uses: its title, punctuation, tier and severity names, host errors. */
import { TIER_LABELS } from "../../engine/tierLabels";
import type { Lang, Severity, Tier } from "../../engine/types";
import type { PaneAction } from "../state/paneState";

export interface CommonStrings {
  readonly appTitle: string;
  readonly loading: string;
  readonly hostErrorTitle: string;
  readonly retry: string;
  readonly dismiss: string;
  readonly unexpectedError: (detail: string) => string;
  /** Plural headings: 错误 / Errors. */
  readonly severityPlural: Readonly<Record<Severity, string>>;
  /** Singular, before one diagnostic: 错误 / Error. */
  readonly severityOne: Readonly<Record<Severity, string>>;
  readonly goToCell: (cell: string) => string;
  readonly tier: Readonly<Record<Tier, string>>;
  /** "：" in Chinese, ": " in English. */
  readonly colon: string;
  /** The title of a failed action, by what Retry would repeat. */
  readonly hostErrorTitles: Readonly<Record<PaneAction, string>>;
  readonly listSeparator: string;
}

const tierLabels = (lang: Lang): Record<Tier, string> => ({
  first: TIER_LABELS.first[lang],
  second: TIER_LABELS.second[lang],
  third: TIER_LABELS.third[lang],
  unqualified: TIER_LABELS.unqualified[lang],
});

export const COMMON_STRINGS: Readonly<Record<Lang, CommonStrings>> = {
  zh: {
    appTitle: "绩效考评",
    loading: "正在查找输入表格…",
    hostErrorTitle: "操作未能完成",
    retry: "重试",
    dismiss: "关闭",
    unexpectedError: (detail) => `发生了意外错误：${detail}`,
    severityPlural: { error: "错误", warning: "警告", info: "提示" },
    severityOne: { error: "错误", warning: "警告", info: "提示" },
    goToCell: (cell) => `转到 ${cell}`,
    tier: tierLabels("zh"),
    colon: "：",
    hostErrorTitles: { inspect: "无法读取工作簿", recompute: "重新计算未完成", create: "未能创建表格", select: "无法转到该单元格", import: "未能导入" },
    listSeparator: "、",
  },
  en: {
    appTitle: "Performance appraisal",
    loading: "Looking for the input tables…",
    hostErrorTitle: "That did not work",
    retry: "Retry",
    dismiss: "Dismiss",
    unexpectedError: (detail) => `Something unexpected went wrong: ${detail}`,
    severityPlural: { error: "Errors", warning: "Warnings", info: "Info" },
    severityOne: { error: "Error", warning: "Warning", info: "Info" },
    goToCell: (cell) => `Go to ${cell}`,
    tier: tierLabels("en"),
    colon: ": ",
    hostErrorTitles: {
      inspect: "Could not read the workbook",
      recompute: "Recompute did not finish",
      create: "Could not create the tables",
      select: "Could not go to that cell",
      import: "Could not import the sheet",
    },
    listSeparator: ", ",
  },
};
