import { Badge, Body1, Button, Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { Lang } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import type { TableStatus } from "../state/paneTypes";
import { YearField } from "./YearField";

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  alias: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorNeutralForeground3 },
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", maxWidth: "100%" },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface TableListProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly tables: readonly TableStatus[];
  readonly creating: boolean;
  readonly canCreate: boolean;
  readonly onCreateMissing: () => void;
  readonly year: number;
  readonly onYearChange: (year: number) => void;
}

/** A missing table is needed when it is required and its alternative is missing too. */
const isNeeded = (t: TableStatus, tables: readonly TableStatus[]): boolean =>
  !t.found && t.required && (t.alternative === undefined || !tables.some((o) => o.name === t.alternative && o.found));

/** Every input table with its row count; missing ones marked required or optional. */
export function TableList({ lang, strings, tables, creating, canCreate, onCreateMissing, year, onYearChange }: TableListProps) {
  const styles = useStyles();
  const headingId = useId("tables");
  const anyNeeded = tables.some((t) => isNeeded(t, tables));
  // Units and Indicators withhold Results; the satisfaction source only leaves every unit ungraded.
  const hint = tables.some((t) => isNeeded(t, tables) && t.alternative === undefined) ? strings.requiredMissingHint : strings.satisfactionMissingHint;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" className={styles.heading} id={headingId}>
        {strings.tablesHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {tables.map((t) => (
          <li key={t.name} className={styles.item}>
            <Body1 className={styles.name}>
              {lang === "zh" ? t.zh : t.name} {/* The alias in its own language, so a screen reader does not read "Units" as Chinese. */}
              <span className={styles.alias} lang={lang === "zh" ? "en" : "zh-CN"}>
                {lang === "zh" ? t.name : t.zh}
              </span>
            </Body1>
            <TableState lang={lang} strings={strings} table={t} tables={tables} />
          </li>
        ))}
      </ul>
      {anyNeeded && (
        <>
          <Caption1 className={styles.hint}>{hint}</Caption1>
          {canCreate && !tables.find((t) => t.name === "Rules")?.found && (
            <YearField strings={strings} year={year} disabled={creating} onChange={onYearChange} />
          )}
          {canCreate && (
            <div className={styles.actions}>
              <Button icon={<TableAddRegular />} disabledFocusable={creating} onClick={onCreateMissing}>
                {creating ? strings.creatingTables : strings.createMissingTables}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function TableState(props: { lang: Lang; strings: PaneStrings; table: TableStatus; tables: readonly TableStatus[] }) {
  const { lang, strings, table, tables } = props;
  const styles = useStyles();
  if (table.found) return <Caption1>{strings.rows(table.rows)}</Caption1>;
  if (!isNeeded(table, tables)) return <Caption1 className={styles.missing}>{strings.missingOptional}</Caption1>;
  const alt = tables.find((o) => o.name === table.alternative);
  const text = alt === undefined ? strings.missingRequired : strings.missingAlternative(lang === "zh" ? alt.zh : alt.name);
  return (
    <Badge className={styles.badge} appearance="tint" color="danger" shape="rounded">
      {text}
    </Badge>
  );
}
