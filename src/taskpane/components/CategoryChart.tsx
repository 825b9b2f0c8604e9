import { Badge, Body1Strong, Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { CategorySummary, Tier, UnitResult } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { QuotaCausesNote } from "./QuotaCausesNote";
import { countsDiffer } from "../state/quotaCauses";
import { TierBar } from "./TierBar";

const TIERS: readonly Tier[] = ["first", "second", "third", "unqualified"];

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  legend: { color: tokens.colorNeutralForeground2 },
  names: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  tierNames: { overflowWrap: "anywhere" },
  tierLabel: { fontWeight: tokens.fontWeightSemibold },
  categories: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  category: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  // label | bar | count: the tier rows are subgrids of this, so bars line up.
  bars: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr) max-content",
    rowGap: tokens.spacingVerticalXS,
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface CategoryChartProps {
  readonly strings: PaneStrings;
  readonly categories: readonly CategorySummary[];
  /** In output order (category, rank): who is in each tier. */
  readonly units: readonly UnitResult[];
}

/**
 * Each category's tier counts against its quotas, as bars drawn with Fluent
 * tokens; under them who got each tier, best first (the announcement's
 * "一等（6个）：区发改局、…"); where a count differs from its quota, a link
 * that shows why (QuotaCausesNote). The legend says how to read "6/7".
 */
export function CategoryChart({ strings, categories, units }: CategoryChartProps) {
  const styles = useStyles();
  const headingId = useId("categories");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" className={styles.heading} id={headingId}>
        {strings.categoriesHeading}
      </Subtitle2>
      <Caption1 className={styles.legend}>
        {strings.chartLegend} {strings.quotaLegend}
      </Caption1>
      <ul className={styles.categories}>
        {categories.map((c) => (
          <CategoryBlock key={c.category} strings={strings} summary={c} units={units} />
        ))}
      </ul>
    </section>
  );
}

function CategoryBlock({
  strings,
  summary: c,
  units,
}: {
  readonly strings: PaneStrings;
  readonly summary: CategorySummary;
  readonly units: readonly UnitResult[];
}) {
  const styles = useStyles();
  const quota = (t: Tier): number | null => (t === "unqualified" ? null : c.quotas[t]);
  const scale = Math.max(1, c.size, ...TIERS.map((t) => c.counts[t]));
  return (
    <li className={styles.category} data-category={c.category}>
      <div className={styles.title}>
        <Body1Strong className={styles.name}>{c.category}</Body1Strong>
        {c.provisional && (
          <Badge appearance="tint" color="warning" shape="rounded">
            {strings.provisional}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.meta}>{strings.categoryMeta(c.size, c.graded)}</Caption1>
      <ul className={styles.bars}>
        {TIERS.map((t) => (
          <TierBar key={t} strings={strings} tier={t} count={c.counts[t]} quota={quota(t)} scale={scale} />
        ))}
      </ul>
      <ul className={styles.names}>
        {TIERS.map((t) => {
          const names = units.filter((u) => u.category === c.category && u.tier === t).map((u) => u.unit);
          return names.length === 0 ? null : (
            <li key={t} data-tier-names={t}>
              <Caption1 className={styles.tierNames}>
                <span className={styles.tierLabel}>
                  {strings.tier[t]}
                  {strings.colon}
                </span>
                {names.join(strings.listSeparator)}
              </Caption1>
            </li>
          );
        })}
      </ul>
      {countsDiffer(c) && <QuotaCausesNote strings={strings} summary={c} units={units} />}
    </li>
  );
}
