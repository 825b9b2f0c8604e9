import { Button, Caption1, Field, makeStyles, SearchBox, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { normalizeText } from "../../engine/cells";
import type { UnitResult } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { UnitItem } from "./UnitItem";
import type { SelectCell } from "./CellLink";

/** Units listed before "Show all": enough for a search's matches, short enough for the first screen. */
export const UNITS_SHOWN = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  more: { alignSelf: "flex-start" },
});

export interface UnitFinderProps {
  readonly strings: PaneStrings;
  /** In output order: the index of a unit is its Results row. */
  readonly units: readonly UnitResult[];
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
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
              <UnitItem key={u.unit} strings={strings} unit={u} index={index} onSelectCell={onSelectCell} />
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
