/**
 * The task pane, presentational: everything it does goes through the
 * {@link PaneApi} it is given, so it runs the same over Office.js, over a fake
 * host in tests, or over hand-written stubs. It never imports office-js.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { type Lang, STRINGS } from "../strings/i18n";
import { NoTablesNotice } from "./NoTablesNotice";
import type { PaneApi } from "../state/paneTypes";
import { gradedHeadline } from "./Headline";
import { useImportReport } from "./importReportView";
import { PaneHeader } from "./PaneHeader";
import { PaneNotices } from "./PaneNotices";
import { RecomputeSection } from "./RecomputeSection";
import { RunOutcome } from "./RunOutcome";
import { progressLabel } from "./RunProgress";
import { useRunSummary } from "./runSummaryView";
import { TableList } from "./TableList";
import { usePane } from "../state/usePane";
import { useVisuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
});

export interface AppraisePaneProps {
  readonly api: PaneApi;
  readonly lang: Lang;
  /** The auto-recompute switch's position when the pane opens. */
  readonly initialAutoRecompute?: boolean;
  /** Quiet time after an input change before the pane follows it up (ms). */
  readonly changeDelayMs?: number;
}

export function AppraisePane({ api, lang, initialAutoRecompute, changeDelayMs }: AppraisePaneProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const strings = STRINGS[lang];
  const pane = usePane(api, { initialAutoRecompute, changeDelayMs });
  const { tables, phase, outcome, failure } = pane;
  const RunSummary = useRunSummary(outcome !== null);
  const ImportReport = useImportReport(pane.imported !== null);
  const noTables = tables !== null && tables.every((t) => !t.found);
  const announcement = phase !== null ? progressLabel(strings, phase) : outcome !== null ? gradedHeadline(strings, outcome.result) : "";
  const onSelectCell = (address: string) => void pane.selectCell(address);
  // A host without the API (ApiNotFound) fails every run the same way: Recompute is disabled, not offered again.
  const blocked = failure !== null && failure.error.code === "ApiNotFound" && (failure.action === "recompute" || failure.action === "inspect");
  const creation = { creating: pane.creating, canCreate: api.canCreateInputTables !== false, year: pane.year, onYearChange: pane.setYear } as const;
  const importing = { importing: pane.importing, onImport: api.importFromSheet === undefined ? undefined : () => void pane.importSheet() } as const;
  const tableList = tables !== null && !noTables && (
    <TableList lang={lang} strings={strings} tables={tables} {...creation} onCreateMissing={() => void pane.createTables()} />
  );

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <PaneHeader strings={strings} auto={pane.auto} onAutoChange={pane.setAuto} />
      <div className={hidden.root} role="status" aria-live="polite">
        {announcement}
      </div>
      <PaneNotices lang={lang} strings={strings} pane={pane} noTables={noTables} onSelectCell={onSelectCell} />
      {noTables ? (
        <NoTablesNotice strings={strings} {...creation} {...importing} onCreate={() => void pane.createTables()} onCheckAgain={() => void pane.inspect()} />
      ) : (
        <RecomputeSection strings={strings} phase={phase} disabled={pane.creating} blocked={blocked} onRecompute={() => void pane.recompute()} />
      )}
      {pane.imported !== null && ImportReport !== null && (
        <ImportReport lang={lang} strings={strings} report={pane.imported} onSelectCell={onSelectCell} onClose={pane.closeImport} />
      )}
      {outcome === null && tableList}
      {outcome !== null && (
        <RunOutcome
          lang={lang}
          strings={strings}
          outcome={outcome}
          running={phase !== null}
          stale={pane.stale && phase === null}
          printSetup={api.printSetupSupported !== false}
          RunSummary={RunSummary}
          onSelectCell={onSelectCell}
        >
          {tableList}
        </RunOutcome>
      )}
    </main>
  );
}

export default AppraisePane;
