/**
 * Diagnostics grouped by code, for people: one missing Satisfaction table
 * gives 90 near-identical errors, which read as one problem ("90 × 缺少满意度评价")
 * that can be opened to its items. Used by the task pane and the command's
 * summary, so both group the same way.
 */
import type { Diagnostic, DiagnosticCode, Severity } from "./types";

export interface DiagnosticGroup {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** In the order they came in (the engine's: by table and row). */
  readonly items: readonly Diagnostic[];
  /** The distinct units these concern, in order of first appearance. */
  readonly units: readonly string[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The default order of kinds: errors, then warnings, then info. */
const severityRank = (d: Diagnostic): number => RANK[d.severity];

/**
 * Groups by code. Order: by `rankOf` of the group's items (one code has one
 * rank), by default errors first, then warnings, then info; within a rank
 * the biggest group first (the flood is usually one cause), then the group
 * whose first item came first. Items keep their order.
 * @example
 * groupDiagnostics([notANumber1, satisfactionMissing1, notANumber2]).map((g) => [g.code, g.items.length])
 * //=> [["NOT_A_NUMBER", 2], ["SATISFACTION_MISSING", 1]]
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[], rankOf: (d: Diagnostic) => number = severityRank): DiagnosticGroup[] {
  const byCode = new Map<DiagnosticCode, { first: number; items: Diagnostic[]; units: Set<string> }>();
  diagnostics.forEach((d, i) => {
    let g = byCode.get(d.code);
    if (g === undefined) byCode.set(d.code, (g = { first: i, items: [], units: new Set() }));
    g.items.push(d);
    if (d.unit !== null) g.units.add(d.unit);
  });
  return [...byCode.entries()]
    .map(([code, g]) => ({ code, severity: g.items[0].severity, items: g.items, units: [...g.units], first: g.first, rank: rankOf(g.items[0]) }))
    .sort((a, b) => a.rank - b.rank || b.items.length - a.items.length || a.first - b.first)
    .map(({ first: _first, rank: _rank, ...group }) => group);
}
