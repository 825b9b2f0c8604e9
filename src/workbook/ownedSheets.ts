/**
 * The sheets Appraise owns, by kind, with their fixed sheet, table and
 * ownership names, and the value an output cell holds: the leaf every layer
 * above the engine names them by (the port, the output columns, the
 * paperwork, the adapters). It imports nothing of the workbook layer, so
 * none of those modules loops back through the port to reach it.
 */
export type OutputKind = "results" | "warnings" | "runlog" | "history";

/** The output sheets Appraise owns, with their fixed sheet and table names. */
export const OUTPUT_SHEETS: Readonly<Record<OutputKind, { readonly sheet: string; readonly table: string }>> = {
  results: { sheet: "考评结果", table: "Results" },
  warnings: { sheet: "校验提示", table: "Warnings" },
  runlog: { sheet: "运行记录", table: "RunLog" },
  history: { sheet: "结果历史", table: "History" },
};

export const OUTPUT_KINDS = Object.keys(OUTPUT_SHEETS) as OutputKind[];

/**
 * Ownership is recorded in the workbook as a defined name per output sheet
 * (workbook scope) that refers to cell A1 of the sheet Appraise created, e.g.
 * `Appraise_Owned_Results` → `'考评结果'!$A$1`. A sheet with an output's name is
 * Appraise's only when that name exists and refers to that sheet. Defined
 * names survive saving, sharing and both ExcelJS and Office.js.
 */
export const OWNERSHIP_NAMES: Readonly<Record<OutputKind, string>> = {
  results: "Appraise_Owned_Results",
  warnings: "Appraise_Owned_Warnings",
  runlog: "Appraise_Owned_RunLog",
  history: "Appraise_Owned_History",
};

export type Ownership = "absent" | "owned" | "foreign";

/** The print sheets (SPEC §6: the announcement and the feedback letters): layouts, not tables. */
export type PrintKind = "announcement" | "feedback";

/**
 * The print sheets Appraise owns, each with the defined name that records
 * its ownership (as OWNERSHIP_NAMES do for the table outputs). Declared apart
 * from OUTPUT_SHEETS because they hold no table: the ownership rule is the
 * same (a sheet of that name whose name does not refer to it is foreign, and
 * blocks the whole write), the layout is not.
 */
export const PRINT_SHEETS: Readonly<Record<PrintKind, { readonly sheet: string; readonly ownerName: string }>> = {
  announcement: { sheet: "考评通报", ownerName: "Appraise_Owned_Announcement" },
  feedback: { sheet: "反馈单", ownerName: "Appraise_Owned_Feedback" },
};

export const PRINT_KINDS = Object.keys(PRINT_SHEETS) as PrintKind[];

/** A value written to an output cell. Strings are always written as literal text. */
export type OutCell = string | number | boolean | null;
