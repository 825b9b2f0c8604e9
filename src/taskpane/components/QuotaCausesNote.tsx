import { Caption1, Link, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { CategorySummary, UnitResult } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { quotaCauses } from "../state/quotaCauses";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface QuotaCausesNoteProps {
  readonly strings: PaneStrings;
  readonly summary: CategorySummary;
  readonly units: readonly UnitResult[];
}

/** "Why counts differ from quotas": a disclosure link that lists the ties, vetoes, threshold and ungraded units behind them. */
export function QuotaCausesNote({ strings, summary, units }: QuotaCausesNoteProps) {
  const styles = useStyles();
  const id = useId("quota-causes");
  const [open, setOpen] = useState(false);
  const causes = quotaCauses(summary, units);
  const sep = strings.listSeparator;
  const lines = [
    ...causes.ties.map((t) => strings.causeTie(t.units.join(sep), t.composite)),
    causes.vetoed.length > 0 ? strings.causeVeto(causes.vetoed.join(sep)) : null,
    causes.belowThreshold.length > 0 ? strings.causeThreshold(causes.belowThreshold.join(sep)) : null,
    causes.ungraded.length > 0 ? strings.causeUngraded(causes.ungraded.join(sep)) : null,
  ].filter((l): l is string => l !== null);
  if (lines.length === 0) return null;
  return (
    <div className={styles.root}>
      <Link as="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {strings.whyQuota}
      </Link>
      <ul id={id} className={styles.list} hidden={!open}>
        {lines.map((l) => (
          <li key={l}>
            <Caption1>{l}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
