import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { UnitResult } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { resultsRowAddress } from "../state/resultsAddress";
import { CellLink, type SelectCell } from "./CellLink";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  link: { textAlign: "start", overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface UnitItemProps {
  readonly strings: PaneStrings;
  readonly unit: UnitResult;
  /** The unit's index in the output order: its Results row. */
  readonly index: number;
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/** One unit of the finder: its name, a link that opens its row of 考评结果, its tier, and its category, composite and rank. */
export function UnitItem({ strings, unit: u, index, onSelectCell }: UnitItemProps) {
  const styles = useStyles();
  return (
    <li className={styles.item} data-unit={u.unit}>
      <div className={styles.line}>
        <CellLink address={resultsRowAddress(index)} onSelectCell={onSelectCell} className={styles.link} aria-label={strings.openUnit(u.unit)}>
          {u.unit}
        </CellLink>
        <Badge appearance="tint" shape="rounded" color={u.tier === null ? "subtle" : u.tier === "unqualified" ? "danger" : "brand"}>
          {u.tier !== null ? strings.tier[u.tier] : u.assessed ? strings.notGraded : strings.notAssessed}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        {[u.category, u.composite, u.rank !== null && u.categorySize !== null ? strings.rankOf(u.rank, u.categorySize) : null]
          .filter((s): s is string => s !== null)
          .join(" · ")}
      </Caption1>
    </li>
  );
}
