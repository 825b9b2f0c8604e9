import type { ReactNode } from "react";
import type { Lang } from "../../engine/types";
import { useChangesNotice } from "./changesNoticeView";
import { Headline } from "./Headline";
import type { PaneStrings } from "../strings/i18n";
import type { PaneOutcome } from "../state/paneState";
import type { RunSummaryComponent } from "./runSummaryView";
import { WriteStatus } from "./WriteStatus";

export interface RunOutcomeProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly outcome: PaneOutcome;
  /** A run is under way: the changes of the last one are no longer news. */
  readonly running: boolean;
  /** The results are out of date (and no run is under way). */
  readonly stale: boolean;
  readonly printSetup: boolean;
  /** The results view, once its chunk has loaded (see runSummaryView), else null. */
  readonly RunSummary: RunSummaryComponent | null;
  readonly onSelectCell: (address: string) => void;
  /** What follows the results (the table list). */
  readonly children?: ReactNode;
}

/**
 * The last run's results: what changed since the previous one, that nothing
 * was written (OUTPUT_CONFLICT), the headline, then the results view.
 */
export function RunOutcome({ lang, strings, outcome, running, stale, printSetup, RunSummary, onSelectCell, children }: RunOutcomeProps) {
  const { result, written, changes } = outcome;
  const ChangesNotice = useChangesNotice(written && changes !== undefined);
  return (
    <>
      {written && changes !== undefined && !running && ChangesNotice !== null && (
        <ChangesNotice lang={lang} strings={strings} changes={changes} decimals={result.decimals} />
      )}
      {!written && <WriteStatus lang={lang} strings={strings} result={result} written={false} />}
      <Headline lang={lang} strings={strings} result={result} written={written} stale={stale} printSetup={printSetup} onSelectCell={onSelectCell} />
      {RunSummary !== null && <RunSummary lang={lang} strings={strings} result={result} written={written} stale={stale} onSelectCell={onSelectCell} />}
      {children}
    </>
  );
}
