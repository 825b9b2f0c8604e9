import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../engine/types";
import type { PaneStrings } from "./i18n";
import { SeverityIcon } from "./SeverityIcon";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface DiagnosticCountsProps {
  readonly strings: PaneStrings;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** "错误 2 · 警告 5 · 提示 3", each with its icon. */
export function DiagnosticCounts({ strings, counts }: DiagnosticCountsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.countsLabel}>
      {SEVERITIES.map((s) => (
        <li key={s} className={styles.item} data-severity={s}>
          <SeverityIcon severity={s} />
          <Caption1>{strings.severityPlural[s]}</Caption1>
          <Body1Strong>{counts[s]}</Body1Strong>
        </li>
      ))}
    </ul>
  );
}
