import { Badge, Body1Strong, Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { CategorySummary, Tier } from "../engine/types";
import type { PaneStrings } from "./i18n";
import { TierBar } from "./TierBar";

const TIERS: readonly Tier[] = ["first", "second", "third", "unqualified"];

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  legend: { color: tokens.colorNeutralForeground3 },
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
}

/** Each category's tier counts against its quotas, as bars drawn with Fluent tokens. */
export function CategoryChart({ strings, categories }: CategoryChartProps) {
  const styles = useStyles();
  const headingId = useId("categories");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" className={styles.heading} id={headingId}>
        {strings.categoriesHeading}
      </Subtitle2>
      <Caption1 className={styles.legend}>{strings.chartLegend}</Caption1>
      <ul className={styles.categories}>
        {categories.map((c) => (
          <CategoryBlock key={c.category} strings={strings} summary={c} />
        ))}
      </ul>
    </section>
  );
}

function CategoryBlock({ strings, summary: c }: { readonly strings: PaneStrings; readonly summary: CategorySummary }) {
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
    </li>
  );
}
