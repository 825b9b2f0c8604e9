import { Caption1, makeStyles, Subtitle2, Tab, TabList, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { groupDiagnostics } from "../../engine/groupDiagnostics";
import { summaryRank } from "../../engine/messages";
import type { Diagnostic, Lang, Severity } from "../../engine/types";
import { DiagnosticGroups } from "./DiagnosticGroups";
import type { PaneStrings } from "../strings/i18n";
import type { SelectCell } from "./CellLink";

export { PAGE_SIZE } from "./DiagnosticGroups";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityFilter = "all" | Severity;

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabs: { flexWrap: "wrap" },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface DiagnosticListProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** In the engine's order: errors first, then by table and row. */
  readonly diagnostics: readonly Diagnostic[];
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/**
 * The diagnostics, filterable by severity with a tab list (arrow keys move
 * between tabs), grouped by code under each tab (see DiagnosticGroups), in
 * the run summary's order (summaryRank, as `appraise score` prints it):
 * errors, then what changes a score (a blank 倍数 doubling a bonus, though
 * only info), then other warnings, then other info. This list is in the
 * run's chunk with RunSummary, so the messages module costs the first paint
 * nothing.
 */
export function DiagnosticList({ lang, strings, diagnostics, onSelectCell }: DiagnosticListProps) {
  const styles = useStyles();
  const baseId = useId("diagnostics");
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const count = (f: SeverityFilter) => (f === "all" ? diagnostics.length : diagnostics.filter((d) => d.severity === f).length);
  const groups = useMemo(() => groupDiagnostics(diagnostics, summaryRank), [diagnostics]);
  const visible = filter === "all" ? groups : groups.filter((g) => g.severity === filter);
  const filters: readonly SeverityFilter[] = ["all", ...SEVERITIES];
  const label = (f: SeverityFilter) => (f === "all" ? strings.filterAll : strings.severityPlural[f]);
  return (
    <section className={styles.root} aria-labelledby={`${baseId}-heading`}>
      <Subtitle2 as="h2" className={styles.heading} id={`${baseId}-heading`}>
        {strings.diagnosticsHeading}
      </Subtitle2>
      {diagnostics.length === 0 ? (
        <Caption1 className={styles.empty}>{strings.noDiagnostics}</Caption1>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={strings.filterLabel}
            selectedValue={filter}
            onTabSelect={(_, data) => {
              setFilter(data.value as SeverityFilter);
            }}
          >
            {filters.map((f) => (
              <Tab key={f} id={`${baseId}-tab-${f}`} value={f} aria-controls={`${baseId}-panel`}>
                {`${label(f)} ${count(f)}`}
              </Tab>
            ))}
          </TabList>
          <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${filter}`}>
            {visible.length === 0 ? (
              <Caption1 className={styles.empty}>{strings.noDiagnosticsOfKind}</Caption1>
            ) : (
              <DiagnosticGroups key={filter} lang={lang} strings={strings} groups={visible} onSelectCell={onSelectCell} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
