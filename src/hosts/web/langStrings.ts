/** The language switch's words (the rest of the page's are webStrings.ts and the pane's). */
import type { Lang } from "../../engine/types";

export interface LangStrings {
  /** The switch's group name, in both languages so either reader finds it. */
  readonly group: string;
  /** What the language decides: the copy is written in the page's language when it is graded. */
  readonly copyNote: string;
}

export const LANG_STRINGS: Readonly<Record<Lang, LangStrings>> = {
  zh: {
    group: "语言 / Language",
    copyNote: "评定副本（表头、校验提示、考评通报和反馈单）使用评定时页面的语言；要另一种语言的副本，请切换语言后重新选择工作簿。",
  },
  en: {
    group: "Language / 语言",
    copyNote:
      "The graded copy (headings, warnings, notice and feedback letters) is written in the page's language at the time of grading; for a copy in the other language, switch and choose the workbook again.",
  },
};

/** Each language's name in itself, so a reader of either finds theirs. */
export const LANG_NAMES: Readonly<Record<Lang, { readonly name: string; readonly tag: string }>> = {
  zh: { name: "中文", tag: "zh-CN" },
  en: { name: "English", tag: "en" },
};
