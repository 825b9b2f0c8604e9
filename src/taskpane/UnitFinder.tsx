import { Badge, Button, Caption1, Field, Link, makeStyles, SearchBox, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { normalizeText } from "../engine/cells";
import type { UnitResult } from "../engine/types";
import type { PaneStrings } from "./i18n";
import { resultsRowAddress } from "./resultsAddress";

/** Units listed before "Show all": enough for a search's matches, short enough for the first screen. */
export const UNITS_SHOWN = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
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
  more: { alignSelf: "flex-start" },
});

export interface UnitFinderProps {
  readonly strings: PaneStrings;
  /** In output order: the index of a unit is its Results row. */
  readonly units: readonly UnitResult[];
  readonly onSelectCell: (address: string) => void;
}

const fold = (s: string): string => normalizeText(s).toLowerCase();

/**
 * Every unit, findable: a search box over unit and category names, and for
 * each match its tier, composite and rank, with a link that opens (selects)
 * its row of 考评结果.
 */
export function UnitFinder({ strings, units, onSelectCell }: UnitFinderProps) {
  const styles = useStyles();
  const headingId = useId("units");
  const [query, setQuery] = useState("");
  const [all, setAll] = useState(false);
  const matches = useMemo(() => {
    const q = fold(query);
    return units.map((u, index) => ({ u, index })).filter(({ u }) => q === "" || fold(u.unit).includes(q) || fold(u.category).includes(q));
  }, [units, query]);
  const shown = all ? matches : matches.slice(0, UNITS_SHOWN);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" className={styles.heading} id={headingId}>
        {strings.unitsHeading}
      </Subtitle2>
      <Field label={strings.searchUnits}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {matches.length === 0 ? (
        <Caption1 className={styles.meta}>{strings.noUnitMatch}</Caption1>
      ) : (
        <>
          <ul className={styles.list} aria-label={strings.unitsShown(shown.length, units.length)}>
            {shown.map(({ u, index }) => (
              <li key={u.unit} className={styles.item} data-unit={u.unit}>
                <div className={styles.line}>
                  <Link as="button" className={styles.link} aria-label={strings.openUnit(u.unit)} onClick={() => onSelectCell(resultsRowAddress(index))}>
                    {u.unit}
                  </Link>
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
            ))}
          </ul>
          {!all && matches.length > UNITS_SHOWN && (
            <Button className={styles.more} appearance="secondary" onClick={() => setAll(true)}>
              {strings.showAllUnits(matches.length)}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
