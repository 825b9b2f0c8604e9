/**
 * Host failures in plain words. Office.js rejects with an error whose `code`
 * names the problem (OfficeExtension.Error); the task pane and the ribbon
 * command show the description instead of the raw error.
 */
import type { HostError } from "../hostError";

interface Wording {
  readonly zh: string;
  readonly en: string;
  readonly retryable: boolean;
}

const TOO_BIG: Wording = {
  zh: "一次要读取或写入的数据超出了 Excel 的限制。请把很大的表格拆小，或在 Excel 桌面版中运行。",
  en: "The data to read or write at once is more than Excel allows. Split very large tables, or run Appraise in Excel for the desktop.",
  retryable: true,
};

const PROTECTED: Wording = {
  zh: "工作表或工作簿受保护，Appraise 无法写入。请在“审阅”选项卡中撤消保护后再试。",
  en: "The sheet or workbook is protected, so Appraise cannot write to it. Unprotect it on the Review tab, then try again.",
  retryable: true,
};

const WORDING: Readonly<Record<string, Wording>> = {
  InvalidOperationInCellEditMode: {
    zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后再试。",
    en: "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
    retryable: true,
  },
  RequestPayloadSizeLimitExceeded: TOO_BIG,
  ResponsePayloadSizeLimitExceeded: TOO_BIG,
  RangeExceedsLimit: TOO_BIG,
  AccessDenied: PROTECTED,
  InsufficientPermissions: {
    zh: "您没有修改此工作簿的权限。请以可编辑方式打开后再试。",
    en: "You do not have permission to change this workbook. Open it for editing, then try again.",
    retryable: true,
  },
  ItemNotFound: {
    zh: "运行期间工作簿发生了变化（某个表格、名称或工作表不见了）。请再试一次。",
    en: "The workbook changed while Appraise was running (a table, name or sheet disappeared). Please try again.",
    retryable: true,
  },
  ItemAlreadyExists: {
    zh: "工作簿中已有同名的工作表、表格或名称，Appraise 无法创建输出。请重命名后再试。",
    en: "A sheet, table or name with the same name already exists, so Appraise cannot create its output. Rename it, then try again.",
    retryable: true,
  },
  Conflict: {
    zh: "其他人正在同时编辑此工作簿，发生了冲突。请稍候再试。",
    en: "Someone else is editing the workbook at the same time and the changes conflicted. Wait a moment, then try again.",
    retryable: true,
  },
  ActivityLimitReached: {
    zh: "Excel 暂时繁忙。请稍候再试。",
    en: "Excel is busy for the moment. Wait a little, then try again.",
    retryable: true,
  },
  RequestAborted: {
    zh: "请求被中断了。请再试一次。",
    en: "The request was interrupted. Please try again.",
    retryable: true,
  },
  ApiNotFound: {
    zh: "此版本的 Excel 不支持 Appraise 需要的功能（ExcelApi 1.9）。请更新 Office 或使用 Excel 网页版。",
    en: "This version of Excel lacks features Appraise needs (ExcelApi 1.9). Update Office or use Excel on the web.",
    retryable: false,
  },
  GeneralException: {
    zh: "Excel 内部出错。请再试一次；如果反复出现，请保存并重新打开工作簿。",
    en: "Excel ran into an internal error. Please try again; if it keeps happening, save and reopen the workbook.",
    retryable: true,
  },
};

const isProtection = (message: string): boolean => /protect|保护/i.test(message);

/**
 * Describes a host failure for people.
 * @example
 * describeHostError({ code: "InvalidOperationInCellEditMode", message: "…" }).retryable //=> true
 */
export function describeHostError(err: unknown): HostError {
  const e = (typeof err === "object" && err !== null ? err : {}) as { code?: unknown; message?: unknown };
  const message = typeof e.message === "string" ? e.message : String(err);
  const code = typeof e.code === "string" && e.code !== "" ? e.code : "Unknown";
  const wording = WORDING[code] ?? (isProtection(message) ? PROTECTED : undefined);
  if (wording !== undefined) return { code, messageZh: wording.zh, messageEn: wording.en, retryable: wording.retryable };
  return {
    code,
    messageZh: `Excel 报告了一个错误（${code}）：${message}`,
    messageEn: `Excel reported an error (${code}): ${message}`,
    retryable: true,
  };
}
