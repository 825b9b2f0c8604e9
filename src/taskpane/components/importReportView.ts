/**
 * The import's report (ImportReport) is shown only after "Import from this
 * sheet", which itself needs the run's chunk (the import grades to check
 * itself): so the report is in that chunk too (webpackChunkName "run", as
 * runSummaryView.ts does for the results), not in the pane's first paint.
 */
import { useEffect, useState } from "react";

type ImportReportModule = typeof import("./ImportReport");
export type ImportReportComponent = ImportReportModule["ImportReport"];

let loaded: ImportReportComponent | null = null;

/**
 * The report's component once loaded, else null (and the load under way
 * while `wanted`); a failed load is tried again when `wanted` next changes.
 * @example
 * const ImportReport = useImportReport(pane.imported !== null);
 */
export function useImportReport(wanted: boolean): ImportReportComponent | null {
  const [view, setView] = useState<ImportReportComponent | null>(() => loaded);
  useEffect(() => {
    if (view !== null || !wanted) return;
    let live = true;
    import(/* webpackChunkName: "run" */ "./ImportReport").then(
      (m) => {
        loaded = m.ImportReport;
        if (live) setView(() => m.ImportReport);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [view, wanted]);
  return view;
}
