/**
 * The task pane, presentational: everything it does goes through the
 * {@link PaneApi} it is given, so it runs the same over Office.js, over a fake
 * host in tests, or over hand-written stubs. It never imports office-js.
 */
import { makeStyles, Spinner, Subtitle1, tokens } from "@fluentui/react-components";
import { AutoRecomputeSwitch } from "./AutoRecomputeSwitch";
import { ChangesNotice } from "./ChangesNotice";
import { HandEditNotice } from "./HandEditNotice";
import { HostErrorBar } from "./HostErrorBar";
import { type Lang, STRINGS } from "./i18n";
import { NoTablesNotice } from "./NoTablesNotice";
import type { PaneApi } from "./paneTypes";
import { gradedHeadline, Headline } from "./Headline";
import { RecomputeSection } from "./RecomputeSection";
import { progressLabel } from "./RunProgress";
import { useRunSummary } from "./runSummaryView";
import { StaleNotice } from "./StaleNotice";
import { TableList } from "./TableList";
import { usePane } from "./usePane";
import { useVisuallyHidden } from "./visuallyHidden";
import { WriteStatus } from "./WriteStatus";

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
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
  const noTables = tables !== null && tables.every((t) => !t.found);
  const canCreate = api.canCreateInputTables !== false;
  const announcement = phase !== null ? progressLabel(strings, phase) : outcome !== null ? gradedHeadline(strings, outcome.result) : "";
  const onSelectCell = (address: string) => void pane.selectCell(address);
  // A host without the API (ApiNotFound) fails every run the same way: Recompute is disabled, not offered again.
  const blocked = failure !== null && failure.error.code === "ApiNotFound" && (failure.action === "recompute" || failure.action === "inspect");
  const stale = pane.stale && outcome !== null && phase === null;

  const tableList = tables !== null && !noTables && (
    <TableList
      lang={lang}
      strings={strings}
      tables={tables}
      creating={pane.creating}
      canCreate={canCreate}
      onCreateMissing={() => void pane.createTables()}
      year={pane.year}
      onYearChange={pane.setYear}
    />
  );

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.heading}>
          {strings.appTitle}
        </Subtitle1>
        <AutoRecomputeSwitch strings={strings} checked={pane.auto} onChange={pane.setAuto} />
      </header>
      <div className={hidden.root} role="status" aria-live="polite">
        {announcement}
      </div>
      {failure !== null && (
        <HostErrorBar
          lang={lang}
          strings={strings}
          error={failure.error}
          action={failure.action}
          onRetry={failure.error.retryable && failure.action !== "select" ? pane.retry : undefined}
          onDismiss={pane.dismiss}
        />
      )}
      {pane.stale && !noTables && phase === null && <StaleNotice strings={strings} />}
      {pane.audit !== null && phase === null && <HandEditNotice lang={lang} strings={strings} audit={pane.audit} onSelectCell={onSelectCell} />}
      {tables === null && failure === null && <Spinner size="small" labelPosition="after" label={strings.loading} />}
      {noTables ? (
        <NoTablesNotice
          strings={strings}
          creating={pane.creating}
          canCreate={canCreate}
          onCreate={() => void pane.createTables()}
          year={pane.year}
          onYearChange={pane.setYear}
          onCheckAgain={() => void pane.inspect()}
        />
      ) : (
        <RecomputeSection strings={strings} phase={phase} disabled={pane.creating} blocked={blocked} onRecompute={() => void pane.recompute()} />
      )}
      {outcome !== null && outcome.written && outcome.changes !== undefined && phase === null && (
        <ChangesNotice lang={lang} strings={strings} changes={outcome.changes} decimals={outcome.result.decimals} />
      )}
      {outcome !== null && !outcome.written && <WriteStatus lang={lang} strings={strings} result={outcome.result} written={false} />}
      {outcome !== null && (
        <Headline
          lang={lang}
          strings={strings}
          result={outcome.result}
          written={outcome.written}
          stale={stale}
          printSetup={api.printSetupSupported !== false}
          onSelectCell={onSelectCell}
        />
      )}
      {outcome === null && tableList}
      {outcome !== null && RunSummary !== null && (
        <RunSummary lang={lang} strings={strings} result={outcome.result} written={outcome.written} stale={stale} onSelectCell={onSelectCell} />
      )}
      {outcome !== null && tableList}
    </main>
  );
}

export default AppraisePane;
