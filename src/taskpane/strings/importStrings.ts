/** "Import from a sheet" (SPEC section 9): the button, and the import's report. */
import type { Lang } from "../../engine/types";

export interface ImportStrings {
  readonly importFromSheet: string;
  readonly importingSheet: string;
  readonly importHint: string;
  readonly importedTitle: (sheet: string, year: number | null) => string;
  readonly importRefusedTitle: (sheet: string) => string;
  readonly importNext: string;
  readonly importCheckHeading: string;
  readonly importAttentionHeading: string;
  readonly importMappedHeading: string;
  readonly importNoMerges: string;
  readonly closeImportReport: string;
}

export const IMPORT_STRINGS: Readonly<Record<Lang, ImportStrings>> = {
  zh: {
    importFromSheet: "从当前工作表导入",
    importingSheet: "正在导入…",
    importHint:
      "如果当前工作表是上年的考评汇总表（普通单元格，可有合并表头、分类行、小计和备注），点击“从当前工作表导入”：" +
      "Appraise 把它转成输入表格，放在新的工作表中，原表不改动，并列出每一列、每一行和每条备注是怎样处理的。",
    importedTitle: (sheet, year) => `已从工作表“${sheet}”导入${year === null ? "" : ` ${year} 年度的`}输入表格`,
    importRefusedTitle: (sheet) => `未导入工作表“${sheet}”，没有写入任何内容`,
    importNext: "请核对下面的报告，补上未能识别的内容，然后点击“重新计算”。",
    importCheckHeading: "与原表综合得分的核对",
    importAttentionHeading: "需要注意",
    importMappedHeading: "已导入、已跳过",
    importNoMerges: "此版本的 Excel 不能读取合并单元格（需要 ExcelApi 1.13），表头按未合并的单元格读取。",
    closeImportReport: "关闭导入报告",
  },
  en: {
    importFromSheet: "Import from this sheet",
    importingSheet: "Importing…",
    importHint:
      "If the active sheet is last year's summary (plain cells, with merged headers, section rows, subtotals and notes as offices keep it), " +
      "select Import from this sheet: Appraise turns it into input tables on new sheets, leaves the sheet as it is, and lists how it took each column, row and note.",
    importedTitle: (sheet, year) => `Imported the input tables${year === null ? "" : ` of ${year}`} from sheet "${sheet}"`,
    importRefusedTitle: (sheet) => `Sheet "${sheet}" was not imported; nothing was written`,
    importNext: "Check the report below, add what was not understood, then select Recompute.",
    importCheckHeading: "Check against the sheet's own composites",
    importAttentionHeading: "Needs attention",
    importMappedHeading: "Mapped and skipped",
    importNoMerges: "This Excel cannot read merged cells (ExcelApi 1.13 is needed): the header was read as unmerged cells.",
    closeImportReport: "Close the import report",
  },
};
