import { Button, Caption1, makeStyles, Subtitle2, Tab, TabList, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { Diagnostic, Lang, Severity } from "../engine/types";
import { SEVERITIES } from "./DiagnosticCounts";
import { DiagnosticItem } from "./DiagnosticItem";
import type { PaneStrings } from "./i18n";

/** Diagnostics shown at once; "Show more" adds as many again (a big workbook can have thousands). */
export const PAGE_SIZE = 50;

export type SeverityFilter = "all" | Severity;

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabs: { flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: "flex-start" },
});

export interface DiagnosticListProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** In the engine's order: errors first, then by table and row. */
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelectCell: (address: string) => void;
}

/** The diagnostics, filterable by severity with a tab list (arrow keys move between tabs). */
export function DiagnosticList({ lang, strings, diagnostics, onSelectCell }: DiagnosticListProps) {
  const styles = useStyles();
  const baseId = useId("diagnostics");
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [shown, setShown] = useState(PAGE_SIZE);
  const count = (f: SeverityFilter) => (f === "all" ? diagnostics.length : diagnostics.filter((d) => d.severity === f).length);
  const visible = filter === "all" ? diagnostics : diagnostics.filter((d) => d.severity === filter);
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
              setShown(PAGE_SIZE);
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
              <ul className={styles.list}>
                {visible.slice(0, shown).map((d, i) => (
                  <DiagnosticItem key={i} lang={lang} strings={strings} diagnostic={d} onSelectCell={onSelectCell} />
                ))}
              </ul>
            )}
          </div>
          {visible.length > shown && (
            <Button className={styles.more} appearance="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
              {strings.showMore(Math.min(PAGE_SIZE, visible.length - shown))}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
