import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { GradeResult, Lang, Severity } from "../engine/types";
import { CategoryChart } from "./CategoryChart";
import { DiagnosticCounts } from "./DiagnosticCounts";
import { DiagnosticList } from "./DiagnosticList";
import { gradedHeadline, type PaneStrings } from "./i18n";
import { WriteStatus } from "./WriteStatus";

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface RunSummaryProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly result: GradeResult;
  readonly written: boolean;
  readonly onSelectCell: (address: string) => void;
}

export function countBySeverity(result: GradeResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of result.diagnostics) counts[d.severity] += 1;
  return counts;
}

/** A finished run: write status, headline, problem counts, tiers by category, diagnostics. */
export function RunSummary({ lang, strings, result, written, onSelectCell }: RunSummaryProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <WriteStatus lang={lang} strings={strings} result={result} written={written} />
        <Subtitle1 as="h2" className={styles.heading}>{gradedHeadline(strings, result)}</Subtitle1>
        <DiagnosticCounts strings={strings} counts={countBySeverity(result)} />
      </div>
      {result.categories.length > 0 && <CategoryChart strings={strings} categories={result.categories} />}
      <DiagnosticList lang={lang} strings={strings} diagnostics={result.diagnostics} onSelectCell={onSelectCell} />
    </div>
  );
}
