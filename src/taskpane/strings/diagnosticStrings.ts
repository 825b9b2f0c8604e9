/** The diagnostics: the list, its filter and its groups. */
import type { Lang } from "../../engine/types";

export interface DiagnosticStrings {
  readonly filterAll: string;
  readonly filterLabel: string;
  readonly noDiagnostics: string;
  readonly noDiagnosticsOfKind: string;
  readonly showMore: (n: number) => string;
  readonly diagnosticsHeading: string;
  readonly location: (table: string | null, row: number | null) => string;
  readonly unitPrefix: string;
  readonly groupLine: (count: number, title: string) => string;
  readonly groupsHeading: string;
}

export const DIAGNOSTIC_STRINGS: Readonly<Record<Lang, DiagnosticStrings>> = {
  zh: {
    filterAll: "全部",
    filterLabel: "按严重程度筛选",
    noDiagnostics: "没有发现问题。",
    noDiagnosticsOfKind: "这一类没有条目。",
    showMore: (n) => `再显示 ${n} 条`,
    diagnosticsHeading: "校验提示",
    location: (table, row) => [table, row === null ? null : `第 ${row} 行`].filter((s) => s !== null).join(" · "),
    unitPrefix: "单位：",
    groupLine: (count, title) => `${count} × ${title}`,
    groupsHeading: "按类型分组",
  },
  en: {
    filterAll: "All",
    filterLabel: "Filter by severity",
    noDiagnostics: "No problems found.",
    noDiagnosticsOfKind: "Nothing of this kind.",
    showMore: (n) => `Show ${n} more`,
    diagnosticsHeading: "Warnings",
    location: (table, row) => [table, row === null ? null : `row ${row}`].filter((s) => s !== null).join(" · "),
    unitPrefix: "Unit: ",
    groupLine: (count, title) => `${count} × ${title}`,
    groupsHeading: "Grouped by kind",
  },
};
