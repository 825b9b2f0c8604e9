/** The notices above the results: out of date, cells edited by hand, the changes since the last run. */
import { plural } from "../plural";
import type { Lang } from "../../engine/types";

export interface NoticeStrings {
  readonly staleTitle: string;
  readonly staleBody: string;
  /** "考评结果 has 2 cells edited by hand" (the audit when the pane opens). */
  readonly handEditTitle: (sheet: string, n: number) => string;
  readonly handEditBody: string;
  readonly inputsChangedSinceRun: string;
  /** The changes since the last History block, after a Recompute. */
  readonly changesTitle: (n: number) => string;
  readonly changesSince: (time: string) => string;
}

export const NOTICE_STRINGS: Readonly<Record<Lang, NoticeStrings>> = {
  zh: {
    staleTitle: "结果已过期",
    staleBody: "上次计算后输入表格有改动。点击“重新计算”更新结果。",
    handEditTitle: (sheet, n) => `${sheet}有 ${n} 个单元格被手工改动`,
    handEditBody: "这些单元格与按输入计算的结果不同。点击“重新计算”可恢复。",
    inputsChangedSinceRun: "上次运行后输入已改动。",
    changesTitle: (n) => `${n} 个单位的结果有变化`,
    changesSince: (time) => `与 ${time} 的结果相比`,
  },
  en: {
    staleTitle: "Results are out of date",
    staleBody: "The input tables changed after the last run. Select Recompute to bring the results up to date.",
    handEditTitle: (sheet, n) => `${sheet} has ${plural(n, "cell")} edited by hand`,
    handEditBody: "These cells differ from what the inputs give. Select Recompute to restore them.",
    inputsChangedSinceRun: "The inputs changed since the last run.",
    changesTitle: (n) => `${plural(n, "unit")} changed since the last run`,
    changesSince: (time) => `Compared with the results of ${time}`,
  },
};
