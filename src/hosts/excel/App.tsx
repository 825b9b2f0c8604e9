/**
 * The Office-connected container: waits for Office, builds the pane's API
 * over the Office.js adapter once, and renders the presentational pane.
 * index.tsx renders it inside the FluentProvider (webLightTheme).
 *
 * Its first effect, which React runs after the first paint, starts fetching
 * the run's chunk (the engine, see loadRunModules; and the results view, see
 * runSummaryView), so the first Recompute finds it loaded and never waits on
 * the network.
 */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { loadRunModules } from "../../workbook/excel/loadRunModules";
import { AppraisePane } from "../../taskpane/components/AppraisePane";
import { createOfficePane, type OfficePane } from "./officePane";
import { loadRunSummary } from "../../taskpane/components/runSummaryView";

const useStyles = makeStyles({ waiting: { padding: tokens.spacingHorizontalM } });

export function App() {
  const styles = useStyles();
  // Built once: a new API object would make the pane re-read the workbook and re-subscribe.
  const [office, setOffice] = useState<OfficePane | null>(null);
  useEffect(() => {
    // A failure here is not shown: the first run loads it again, and reports it if it fails again.
    Promise.all([loadRunModules(), loadRunSummary()]).catch(() => undefined);
  }, []);
  useEffect(() => {
    let live = true;
    void Office.onReady().then(() => {
      if (live) setOffice((current) => current ?? createOfficePane());
    });
    return () => {
      live = false;
    };
  }, []);
  if (office === null) return <Spinner className={styles.waiting} size="small" label="正在连接 Excel… Connecting to Excel…" />;
  return <AppraisePane api={office.api} lang={office.lang} initialAutoRecompute={office.initialAutoRecompute} />;
}

export default App;
