import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { GradeResult, Lang } from "../../engine/types";
import { CategoryChart } from "./CategoryChart";
import { DiagnosticList } from "./DiagnosticList";
import { headlineOf } from "../state/headline";
import type { PaneStrings } from "../strings/i18n";
import { UnitFinder } from "./UnitFinder";
import type { SelectCell } from "./CellLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  // Out of date: still readable, visibly not current (the notice at the top says so in words).
  stale: { opacity: 0.6 },
});

export interface RunSummaryProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly result: GradeResult;
  readonly written: boolean;
  /** The inputs changed since this run. */
  readonly stale?: boolean;
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/**
 * A finished run, under its headline: the diagnostics grouped by kind when
 * something kept units from being graded (they are then what to read first),
 * tiers by category with who got each (only when a unit was graded: empty
 * bars say nothing), and the units, searchable, when Results were written.
 */
export function RunSummary({ lang, strings, result, written, stale = false, onSelectCell }: RunSummaryProps) {
  const styles = useStyles();
  const h = headlineOf(result);
  const diagnostics = <DiagnosticList lang={lang} strings={strings} diagnostics={result.diagnostics} onSelectCell={onSelectCell} />;
  const problemsFirst = h.kind !== "graded";
  return (
    <div className={mergeClasses(styles.root, stale && styles.stale)} data-testid="run-summary" data-stale={stale ? "" : undefined}>
      {problemsFirst && diagnostics}
      {h.graded > 0 && result.categories.length > 0 && <CategoryChart strings={strings} categories={result.categories} units={result.units} />}
      {written && h.kind !== "withheld" && result.units.length > 0 && <UnitFinder strings={strings} units={result.units} onSelectCell={onSelectCell} />}
      {!problemsFirst && diagnostics}
    </div>
  );
}
