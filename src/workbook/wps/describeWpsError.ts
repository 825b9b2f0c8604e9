/**
 * WPS 表格's failures in plain words. WPS's object model throws plain
 * JavaScript errors from its COM bridge, with WPS's own message and no code
 * (Kingsoft documents none), so they are told apart by what they say: a
 * protected sheet, a cell being edited. Appraise's own WPS failures carry a
 * `code` (NotInWps, RunInProgress) and their two-language words.
 */
import type { HostError } from "../hostError";

interface Coded {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly messageZh?: unknown;
  readonly messageEn?: unknown;
}

const PROTECTED: HostError = {
  code: "Protected",
  messageZh: "工作表或工作簿受保护，Appraise 无法写入。请在“审阅”选项卡中撤消保护后再试。",
  messageEn: "The sheet or workbook is protected, so Appraise cannot write to it. Unprotect it on the Review tab, then try again.",
  retryable: true,
};

const CELL_EDIT: HostError = {
  code: "InvalidOperationInCellEditMode",
  messageZh: "WPS 表格正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后再试。",
  messageEn: "WPS 表格 is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  retryable: true,
};

const NOT_IN_WPS: HostError = {
  code: "NotInWps",
  messageZh: "此页面需在 WPS 表格中作为加载项打开（找不到 WPS 的 wps 对象）。请在 WPS 表格的“绩效考评”选项卡中打开考评窗格。",
  messageEn: "This page runs inside WPS 表格 as an add-in (it has no `wps` object). Open the appraisal pane from the 绩效考评 tab in WPS 表格.",
  retryable: false,
};

/**
 * @example
 * describeWpsError(new Error("工作表受保护")).code //=> "Protected"
 * describeWpsError({ code: "RunInProgress", messageZh: "…", messageEn: "…" }).messageZh //=> "…"
 */
export function describeWpsError(err: unknown): HostError {
  const e = (typeof err === "object" && err !== null ? err : {}) as Coded;
  const message = typeof e.message === "string" ? e.message : String(err);
  const code = typeof e.code === "string" && e.code !== "" ? e.code : "Unknown";
  if (typeof e.messageZh === "string" && typeof e.messageEn === "string") return { code, messageZh: e.messageZh, messageEn: e.messageEn, retryable: true };
  if (code === "NotInWps") return NOT_IN_WPS;
  if (/protect|保护/i.test(message)) return PROTECTED;
  if (/edit mode|编辑状态|编辑模式/i.test(message)) return CELL_EDIT;
  return {
    code,
    messageZh: `WPS 表格报告了一个错误：${message}。请再试一次；如果反复出现，请保存并重新打开工作簿。`,
    messageEn: `WPS 表格 reported an error: ${message}. Please try again; if it keeps happening, save and reopen the workbook.`,
    retryable: true,
  };
}
