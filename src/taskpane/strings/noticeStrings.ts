/** The notices above the results: out of date, cells edited by hand, the changes since the last run. */
import { plural } from "./plural";
import type { Lang } from "../../engine/types";

export interface NoticeStrings {
  readonly staleTitle: string;
  readonly staleBody: string;
  /** The body when a co-author changed the inputs (their edit starts no run in this pane). */
  readonly staleCoauthorBody: string;
  /** While the pane's run waits for a co-author's, which holds the workbook's run lock. */
  readonly lockWait: (who: string, since: string) => string;
  /** "考评结果 has 2 cells edited by hand" (the audit when the pane opens). */
  readonly handEditTitle: (sheet: string, n: number) => string;
  readonly handEditBody: string;
  /** The body when the cells are named from the last History block (the inputs changed since). */
  readonly handEditHistoryBody: string;
  /** Results were edited after the last run wrote them, in cells that cannot be named. */
  readonly handEditUnattributedTitle: (sheet: string) => string;
  readonly handEditUnattributed: string;
  readonly inputsChangedSinceRun: string;
  /** The record's chain is broken (a RunLog or History row changed or deleted). */
  readonly recordTitle: string;
  /** The changes since the last History block, after a Recompute. */
  readonly changesTitle: (n: number) => string;
  readonly changesSince: (time: string) => string;
}

export const NOTICE_STRINGS: Readonly<Record<Lang, NoticeStrings>> = {
  zh: {
    staleTitle: "结果已过期",
    staleBody: "上次计算后输入表格有改动。点击“重新计算”更新结果。",
    staleCoauthorBody: "其他共同编辑者改动了输入表格（这不会在你的任务窗格里自动运行）。点击“重新计算”更新结果，或等对方运行后再看。",
    lockWait: (who, since) => `另一位共同编辑者（${who}）自 ${since} 起正在重新计算本工作簿，等其完成后再运行（不会同时写入）。`,
    handEditTitle: (sheet, n) => `${sheet}有 ${n} 个单元格被手工改动`,
    handEditBody: "这些单元格与按输入计算的结果不同。点击“重新计算”可恢复。",
    handEditHistoryBody: "这些单元格与上次运行写入的（见结果历史）不同。点击“重新计算”按当前输入重写结果。",
    handEditUnattributedTitle: (sheet) => `${sheet}在上次运行写入后被改动过`,
    handEditUnattributed: "另有改动无法确指到单元格（上次运行后输入已改动，无法按输入核对）。",
    inputsChangedSinceRun: "上次运行后输入已改动。",
    recordTitle: "运行记录或结果历史被改动",
    changesTitle: (n) => `${n} 个单位的结果有变化`,
    changesSince: (time) => `与 ${time} 的结果相比`,
  },
  en: {
    staleTitle: "Results are out of date",
    staleBody: "The input tables changed after the last run. Select Recompute to bring the results up to date.",
    staleCoauthorBody:
      "A co-author changed the input tables (that never starts a run in your pane). Select Recompute to bring the results up to date, or wait for their run.",
    lockWait: (who, since) => `A co-author (${who}) has been recomputing this workbook since ${since}; yours runs once theirs is done (never both at once).`,
    handEditTitle: (sheet, n) => `${sheet} has ${plural(n, "cell")} edited by hand`,
    handEditBody: "These cells differ from what the inputs give. Select Recompute to restore them.",
    handEditHistoryBody: "These cells differ from what the last run wrote (see History). Select Recompute to write the results of the current inputs.",
    handEditUnattributedTitle: (sheet) => `${sheet} was changed after the last run wrote it`,
    handEditUnattributed: "Other edits cannot be traced to a cell (the inputs changed since the last run, so the cells cannot be checked against them).",
    inputsChangedSinceRun: "The inputs changed since the last run.",
    recordTitle: "The RunLog or the History was changed",
    changesTitle: (n) => `${plural(n, "unit")} changed since the last run`,
    changesSince: (time) => `Compared with the results of ${time}`,
  },
};
