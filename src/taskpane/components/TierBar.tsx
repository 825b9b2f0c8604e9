import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Tier } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { useVisuallyHidden } from "./visuallyHidden";

const FILL: Readonly<Record<Tier, string>> = {
  first: tokens.colorPaletteGreenBackground3,
  second: tokens.colorBrandBackground,
  third: tokens.colorPaletteMarigoldBackground3,
  unqualified: tokens.colorPaletteRedBackground3,
};

const useStyles = makeStyles({
  // A row of the category's grid (label | bar | count), so labels and bars line up across tiers.
  row: {
    gridColumn: "1 / -1",
    display: "grid",
    gridTemplateColumns: "subgrid",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  track: {
    position: "relative",
    height: "10px",
    minWidth: "40px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
  },
  fill: { position: "absolute", insetBlock: 0, insetInlineStart: 0, borderRadius: tokens.borderRadiusSmall },
  quota: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: tokens.strokeWidthThick,
    marginInlineStart: `calc(${tokens.strokeWidthThick} / -2)`,
    backgroundColor: tokens.colorNeutralForeground1,
  },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  over: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  under: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

export interface TierBarProps {
  readonly strings: PaneStrings;
  readonly tier: Tier;
  readonly count: number;
  /** The tier's quota, or null for unqualified (which has none). */
  readonly quota: number | null;
  /** The number the full bar stands for (at least the category size). */
  readonly scale: number;
}

const pct = (n: number, scale: number): string => `${(Math.min(n, scale) / scale) * 100}%`;

/**
 * One tier of a category: a bar of its units, a mark at its quota, and
 * "count/quota", with the word 超 / 缺 (over / under) beside a count that
 * differs from its quota: the orange is never the only sign (the legend
 * above the chart says what the words mean).
 */
export function TierBar({ strings, tier, count, quota, scale }: TierBarProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const over = quota !== null && count > quota;
  const under = quota !== null && count < quota;
  const label = strings.tier[tier];
  return (
    <li className={styles.row} data-tier={tier}>
      <span className={hidden.root}>{strings.tierBar(label, count, quota, over)}</span>
      <Caption1 aria-hidden>{label}</Caption1>
      <div className={styles.track} aria-hidden>
        <div className={styles.fill} style={{ width: pct(count, scale), backgroundColor: FILL[tier] }} />
        {quota !== null && <div className={styles.quota} style={{ insetInlineStart: pct(quota, scale) }} />}
      </div>
      <Caption1 aria-hidden className={mergeClasses(styles.count, over && styles.over, under && styles.under)}>
        {quota === null ? String(count) : `${count}/${quota}`}
        {over && ` ${strings.over}`}
        {under && ` ${strings.under}`}
      </Caption1>
    </li>
  );
}
