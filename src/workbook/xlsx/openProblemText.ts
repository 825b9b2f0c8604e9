/**
 * Plain words for a file that is not a workbook Appraise can read: what it
 * is, and what to do next, in both languages. Beside the package adapter that
 * finds the reason (openPackage), so the command line and the web page say the
 * same (src/cli/fileProblems.ts re-exports it).
 */
import type { Lang } from "../../engine/types";
import type { OpenProblem } from "./openPackage";

type Text = Readonly<Record<Lang, string>>;

/** Why a workbook could not be opened, and the next step. */
const PROBLEMS: Readonly<Record<Exclude<OpenProblem["kind"], "damagedPart" | "library">, Text>> = {
  empty: {
    zh: "文件是空的（0 字节），可能没有保存完或没有复制完整。请在 Excel 中重新打开原工作簿并保存后再试。",
    en: "the file is empty (0 bytes): it may not have finished saving or copying. Open the original workbook in Excel, save it again and retry.",
  },
  xls: {
    zh: "这是 Excel 97–2003 工作簿（.xls）。请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）后再试。",
    en: "this is an Excel 97–2003 workbook (.xls). Open it in Excel or WPS and save it as an Excel Workbook (.xlsx), then retry.",
  },
  encrypted: {
    zh: "工作簿设置了打开密码（已加密）。请在 Excel 中打开它，在“文件 › 信息 › 保护工作簿 › 用密码进行加密”中清除密码并保存，再试。",
    en: "the workbook is password-protected (encrypted). Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and retry.",
  },
  ole: {
    zh: "这是旧版 Office 文件（如 Word 97–2003 .doc），不是 Excel 工作簿。请指定 .xlsx 工作簿。",
    en: "this is an old-format Office file (such as a Word 97–2003 .doc), not an Excel workbook. Name an .xlsx workbook.",
  },
  ods: {
    zh: "这是 OpenDocument 电子表格（.ods）。请在 LibreOffice、WPS 或 Excel 中打开它，另存为 Excel 工作簿（.xlsx）后再试。",
    en: "this is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, WPS or Excel and save it as an Excel Workbook (.xlsx), then retry.",
  },
  opendocument: {
    zh: "这是 OpenDocument 文档（如 .odt），不是电子表格。请指定 .xlsx 工作簿。",
    en: "this is an OpenDocument file (such as an .odt text document), not a spreadsheet. Name an .xlsx workbook.",
  },
  xlsb: {
    zh: "这是 Excel 二进制工作簿（.xlsb）。请在 Excel 中打开它，另存为 Excel 工作簿（.xlsx）后再试。",
    en: "this is an Excel Binary Workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx), then retry.",
  },
  otherOffice: {
    zh: "这是 Word 或 PowerPoint 文件，不是 Excel 工作簿。请指定 .xlsx 工作簿。",
    en: "this is a Word or PowerPoint file, not an Excel workbook. Name an .xlsx workbook.",
  },
  zip: {
    zh: "这是 zip 压缩包，但不是 Excel 工作簿（其中没有 xl/workbook.xml）。如果工作簿在压缩包里，请先解压。",
    en: "this is a zip archive but not an Excel workbook (it has no xl/workbook.xml). If the workbook is inside the archive, extract it first.",
  },
  damagedZip: {
    zh: "文件已损坏（zip 包不完整或已截断），可能没有复制完整。请重新复制，或在 Excel 中打开原工作簿并重新保存。",
    en: "the file is damaged (an incomplete or truncated zip package); it may not have been copied completely. Copy it again, or open the original in Excel and save it again.",
  },
  xml2003: {
    zh: "这是 Excel 2003 XML 电子表格。请在 Excel 中打开它，另存为 Excel 工作簿（.xlsx）后再试。",
    en: "this is an Excel 2003 XML Spreadsheet. Open it in Excel and save it as an Excel Workbook (.xlsx), then retry.",
  },
  html: {
    zh: "这是网页（HTML）文件，不是 Excel 工作簿，有些系统导出的“.xls”其实是网页。请在 Excel 中打开它，另存为 Excel 工作簿（.xlsx）后再试。",
    en: "this is a web page (HTML), not an Excel workbook; some systems export such pages as “.xls”. Open it in Excel and save it as an Excel Workbook (.xlsx), then retry.",
  },
  pdf: {
    zh: "这是 PDF 文件，不是 Excel 工作簿。请指定 .xlsx 工作簿。",
    en: "this is a PDF file, not an Excel workbook. Name an .xlsx workbook.",
  },
  csv: {
    zh: "这是 CSV 文本文件，不是工作簿：Appraise 读取的是工作簿中的表格。请用 appraise template 生成空白工作簿，把这些行粘贴进对应的表格，保存为 .xlsx 后再试。",
    en: "this is CSV text, not a workbook: Appraise reads Excel tables in a workbook. Make one with `appraise template`, paste these rows into its tables, save it as .xlsx and retry.",
  },
  text: {
    zh: "这是文本文件，不是 Excel 工作簿。请指定 .xlsx 工作簿。",
    en: "this is a text file, not an Excel workbook. Name an .xlsx workbook.",
  },
  unknown: {
    zh: "这不是 Excel 工作簿（.xlsx）。请指定 .xlsx 工作簿；其他格式请先在 Excel 中另存为 .xlsx。",
    en: "this is not an Excel workbook (.xlsx). Name an .xlsx workbook; save other formats as .xlsx in Excel first.",
  },
};

/**
 * The reason and next step for a file that is not a workbook Appraise can
 * read.
 * @example
 * openProblemText({ kind: "xls" }, "en") //=> "this is an Excel 97–2003 workbook (.xls). Open it in Excel or WPS and save it as …"
 */
export function openProblemText(problem: OpenProblem, lang: Lang): string {
  if (problem.kind === "damagedPart") {
    return lang === "zh"
      ? `工作簿的部件 ${problem.part} 已损坏（${problem.cause}）。请在 Excel 中打开并重新保存；若仍不行，请把文件交给维护人员。`
      : `the workbook's part ${problem.part} is damaged (${problem.cause}). Open the workbook in Excel and save it again; if that does not help, pass the file on to whoever maintains Appraise.`;
  }
  if (problem.kind === "library") {
    return lang === "zh"
      ? `Appraise 无法读取该工作簿（${problem.cause}），未发现具体损坏的部件。请在 Excel 中打开并重新保存；若仍不行，请把文件交给维护人员。`
      : `Appraise cannot read the workbook (${problem.cause}), and no damaged part was found. Open it in Excel and save it again; if that does not help, pass the file on to whoever maintains Appraise.`;
  }
  return PROBLEMS[problem.kind][lang];
}
