/** The page's own words (the results use the pane's: src/taskpane/strings). */
import type { Lang } from "../../engine/types";

export interface WebStrings {
  readonly title: string;
  readonly intro: string;
  readonly choose: string;
  readonly drop: string;
  readonly download: string;
  readonly notWorkbook: (file: string) => string;
  readonly notWritten: string;
  readonly bug: (why: string) => string;
  readonly stays: string;
}

export const WEB_STRINGS: Readonly<Record<Lang, WebStrings>> = {
  zh: {
    title: "Appraise · 绩效考评",
    intro: "选择考评工作簿（.xlsx 或 .xlsm），立即评定。工作簿不会离开本机：本页不联网。",
    choose: "选择工作簿",
    drop: "或把工作簿拖到这里",
    download: "下载评定结果",
    notWorkbook: (file) => `无法读取 ${file}：`,
    notWritten: "输出工作表与非 Appraise 创建的工作表同名，没有生成评定副本。",
    bug: (why) => `这是 Appraise 的程序错误，不是工作簿的问题（${why}）。请把工作簿和这条提示发给维护者。`,
    stays: "评定副本另存为新文件，原工作簿保持不变；请在 Excel 或 WPS 中打开副本。",
  },
  en: {
    title: "Appraise · performance appraisal",
    intro: "Choose an appraisal workbook (.xlsx or .xlsm): it is graded at once. The workbook never leaves this computer: the page uses no network.",
    choose: "Choose a workbook",
    drop: "or drop a workbook here",
    download: "Download graded workbook",
    notWorkbook: (file) => `Cannot read ${file}: `,
    notWritten: "An output sheet's name is taken by a sheet Appraise did not create; no graded copy was made.",
    bug: (why) => `This is a bug in Appraise, not a problem with the workbook (${why}). Please report it with the workbook and this message.`,
    stays: "The graded copy is a new file; your workbook stays as it was. Open the copy in Excel or WPS.",
  },
};

/** The page's language, from the browser's. */
export const browserLang = (language: string | undefined): Lang => (language?.toLowerCase().startsWith("zh") ? "zh" : "en");

/**
 * The copy's name, as `appraise score` names it.
 * @example
 * gradedName("book.xlsm") //=> "book.graded.xlsm"
 * gradedName("数据.XLSX") //=> "数据.graded.xlsx"
 */
export function gradedName(name: string): string {
  const match = /\.(xlsx|xlsm)$/i.exec(name);
  return match ? `${name.slice(0, -match[0].length)}.graded.${match[1].toLowerCase()}` : `${name}.graded.xlsx`;
}
