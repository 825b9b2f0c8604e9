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
  /** The pane's hand-edit notice says "select Recompute"; in the page the graded copy already holds the rewritten results. */
  readonly handEditBody: (copied: boolean) => string;
  readonly handEditHistoryBody: (copied: boolean) => string;
  readonly templateHeading: string;
  readonly templateIntro: string;
  readonly templateDownload: (year: number) => string;
  /** The new year's workbook's file name. */
  readonly templateName: (year: number) => string;
  readonly verifyHeading: string;
  readonly verifyIntro: string;
  readonly verifyChoose: string;
  readonly verifying: string;
  readonly verifyPasses: (file: string) => string;
  readonly verifyFails: (file: string) => string;
}

export const WEB_STRINGS: Readonly<Record<Lang, WebStrings>> = {
  zh: {
    title: "Appraise · 绩效考评",
    intro: "选择考评工作簿（.xlsx 或 .xlsm），立即评定。工作簿不会离开本机：本页不联网。页面下方还可以生成新年度空白工作簿、核验评定副本。",
    choose: "选择工作簿",
    drop: "或把工作簿拖到这里",
    download: "下载评定结果",
    notWorkbook: (file) => `无法读取 ${file}：`,
    notWritten: "输出工作表与非 Appraise 创建的工作表同名，没有生成评定副本。",
    bug: (why) => `这是 Appraise 的程序错误，不是工作簿的问题（${why}）。请把工作簿和这条提示发给维护者。`,
    stays: "评定副本另存为新文件，原工作簿保持不变；请在 Excel 或 WPS 中打开副本。",
    handEditBody: (copied) => `这些单元格与按输入计算的结果不同。${copied ? "下载的评定副本已按输入重写。" : ""}`,
    handEditHistoryBody: (copied) => `这些单元格与上次运行写入的（见结果历史）不同。${copied ? "下载的评定副本已按当前输入重写结果。" : ""}`,
    templateHeading: "新年度空白工作簿",
    templateIntro: "包含全部输入表格和所选年度考评规则的空白工作簿，与 appraise template --year 年度 写出的相同。表头使用页面的语言。",
    templateDownload: (year) => `下载 ${year} 年度空白工作簿`,
    templateName: (year) => `绩效考评-${year}.xlsx`,
    verifyHeading: "核验评定副本",
    verifyIntro: "选择 Appraise 写出的评定副本，检查它是否仍是 Appraise 写出时的样子（与 appraise verify 相同）。副本不会被修改。",
    verifyChoose: "选择评定副本",
    verifying: "正在核验……",
    verifyPasses: (file) => `${file} 与 Appraise 写出时一致`,
    verifyFails: (file) => `${file} 与 Appraise 写出时不一致`,
  },
  en: {
    title: "Appraise · performance appraisal",
    intro:
      "Choose an appraisal workbook (.xlsx or .xlsm): it is graded at once. The workbook never leaves this computer: the page uses no network. Further down: a new year's empty workbook, and verifying a graded copy.",
    choose: "Choose a workbook",
    drop: "or drop a workbook here",
    download: "Download graded workbook",
    notWorkbook: (file) => `Cannot read ${file}: `,
    notWritten: "An output sheet's name is taken by a sheet Appraise did not create; no graded copy was made.",
    bug: (why) => `This is a bug in Appraise, not a problem with the workbook (${why}). Please report it with the workbook and this message.`,
    stays: "The graded copy is a new file; your workbook stays as it was. Open the copy in Excel or WPS.",
    handEditBody: (copied) =>
      `These cells differ from what the inputs give.${copied ? " The graded copy to download has them written again from the inputs." : ""}`,
    handEditHistoryBody: (copied) =>
      `These cells differ from what the last run wrote (see History).${copied ? " The graded copy to download has the results of the current inputs." : ""}`,
    templateHeading: "A new year's empty workbook",
    templateIntro:
      "An empty workbook with every input table and the chosen year's rules, the same as appraise template --year YEAR writes. Its headings are in the page's language.",
    templateDownload: (year) => `Download the empty workbook for ${year}`,
    templateName: (year) => `appraisal-${year}.xlsx`,
    verifyHeading: "Verify a graded copy",
    verifyIntro: "Choose a graded copy Appraise wrote to check that it is still as Appraise wrote it (as appraise verify does). The copy is not changed.",
    verifyChoose: "Choose a graded copy",
    verifying: "Verifying…",
    verifyPasses: (file) => `${file} is as Appraise wrote it`,
    verifyFails: (file) => `${file} is not as Appraise wrote it`,
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
