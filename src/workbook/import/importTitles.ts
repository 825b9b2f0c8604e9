/**
 * A short name and the way out for each finding of `appraise import` (and the
 * pane's Import from this sheet), for the user guide's table of import codes,
 * as engine/codeTitles.ts does for the grading's diagnostics. Typed by
 * ImportCode, so a new finding without a title does not compile.
 */
import type { Bilingual } from "../../engine/types";
import type { ImportCode } from "./importMessages";

export interface ImportTitle {
  readonly title: Bilingual;
  /** What to do about it; empty where nothing needs doing. */
  readonly fix: Bilingual;
}

const t = (titleZh: string, titleEn: string, fixZh = "", fixEn = ""): ImportTitle => ({ title: { zh: titleZh, en: titleEn }, fix: { zh: fixZh, en: fixEn } });

export const IMPORT_TITLES: Readonly<Record<ImportCode, ImportTitle>> = {
  IMPORT_NO_SUMMARY: t(
    "找不到汇总表",
    "No summary sheet",
    "汇总表要有单位列和职能、共性、公众评议、领导评价得分列",
    "a summary needs a unit column and the four score columns",
  ),
  IMPORT_SHEET_AMBIGUOUS: t(
    "多个工作表像汇总表",
    "Several summary sheets",
    "用 --sheet 指定一个（窗格导入当前工作表）",
    "name one with --sheet (the pane imports the active sheet)",
  ),
  IMPORT_SHEET_UNKNOWN: t("没有指定的工作表", "No such sheet", "按消息列出的工作表名改正 --sheet", "correct --sheet to one of the sheets listed"),
  IMPORT_SHEET_CHOSEN: t("导入的工作表", "Sheet imported"),
  IMPORT_COLUMN_MAPPED: t("列已对应", "Column mapped"),
  IMPORT_COLUMN_IGNORED: t("列未导入", "Column not imported"),
  IMPORT_COLUMN_UNKNOWN: t("列标题无法识别", "Header not known", "得分列请改用常用标题后重新导入", "rename a score column to a usual wording and import again"),
  IMPORT_COLUMN_AMBIGUOUS: t("多列对应同一项", "Several columns for one field", "删除或改名多余的列", "delete or rename the extra columns"),
  IMPORT_COLUMN_MISSING: t("缺少必需的列", "Column missing", "在表头加上这一列", "add the column to the header"),
  IMPORT_NO_CATEGORY: t("无法确定类别", "No categories", "加“类别”列或分类行", "add a 类别 column or section rows"),
  IMPORT_ROW_SKIPPED: t("跳过的行", "Row skipped"),
  IMPORT_ROW_UNREAD: t("无法识别的行", "Row not understood", "如是单位，填上单位名称和得分", "if it is a unit, fill in its name and scores"),
  IMPORT_SECTION: t("分类行", "Section row"),
  IMPORT_SECTION_COUNT: t("分类行的单位数不符", "Section count differs", "核对分类行和其下的单位", "check the section row against the units under it"),
  IMPORT_CATEGORY_DIFFERS: t("类别列与分类行不符", "Category differs from section", "核对该单位的类别", "check the unit's category"),
  IMPORT_VALUE_BAD: t("得分不是数字", "Score not a number", "在导入的工作簿中改正", "correct it in the imported workbook"),
  IMPORT_VALUE_BLANK: t("得分为空", "Score blank", "在导入的工作簿中补上", "fill it in the imported workbook"),
  IMPORT_DEDUCTION_SIGN: t("负数写的扣分", "Deduction written negative"),
  IMPORT_PENALTY_FRACTION: t(
    "扣分不是整数项",
    "Deduction not whole items",
    "如是通报扣分，在通报扣分表中改填项数",
    "if it was for notices, enter their count in Penalties",
  ),
  IMPORT_PENALTY_NOTE_DIFFERS: t("备注与扣分列不符", "Note differs from deduction", "核对备注和扣分", "check the note against the deduction"),
  IMPORT_NOTE_READ: t("已读懂的备注", "Note understood"),
  IMPORT_NOTE_UNREAD: t("无法识别的备注", "Note not understood", "影响得分或等次的，在相应表格中补上", "add what changes a score or tier to its table"),
  IMPORT_WEIGHT: t("表头写明的满分", "Full points from a header"),
  IMPORT_YEAR: t("考评年度", "Appraisal year"),
  IMPORT_YEAR_MISSING: t("无法确定年度", "No year", "用 --year 指定（窗格用年度框）", "give it with --year (the pane: its year field)"),
  IMPORT_TABLES_EXIST: t("已有输入表格", "Input tables exist", "在新工作簿中导入，或直接填写已有表格", "import into a new workbook, or fill in the tables"),
  IMPORT_NO_COMPOSITE: t("没有综合得分列", "No composite column"),
  IMPORT_COMPOSITE_UNCOMPUTED: t(
    "综合得分没有计算结果",
    "Composite not computed",
    "在 Excel 或 WPS 中打开并保存原文件",
    "open and save the old file in Excel or WPS",
  ),
  IMPORT_NO_UNITS: t("没有单位行", "No units"),
  IMPORT_AGREES: t("与原表一致", "Agrees with the sheet"),
  IMPORT_TIER_WORDS: t("等次的其他写法", "Tier words read"),
  IMPORT_DIFFERS: t("与原表不同", "Differs from the sheet", "按消息中的原因核对", "check the reason the message gives"),
};
