import { compareCodePoints as cmp } from "./compareCodePoints";
import type { Diagnostic, Severity } from "./types";

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Orders diagnostics as the Warnings sheet shows them: errors first, then
 * warnings, then info; within a severity by table, row, column, code, unit and
 * message (code-point order, so the order never depends on the machine's locale).
 * Problems with no table come before table ones.
 * @example
 * sortDiagnostics([info, error]).map((d) => d.severity) //=> ["error", "info"]
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.table ?? "", b.table ?? "") ||
      (a.row ?? 0) - (b.row ?? 0) ||
      cmp(a.column ?? "", b.column ?? "") ||
      cmp(a.code, b.code) ||
      cmp(a.unit ?? "", b.unit ?? "") ||
      cmp(a.message.en, b.message.en),
  );
}
