import { Body1, Button, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { ArrowSyncRegular, TableAddRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "../strings/i18n";
import { YearField } from "./YearField";

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface NoTablesNoticeProps {
  readonly strings: PaneStrings;
  readonly creating: boolean;
  /** False when the host cannot add tables: the notice says how to by hand. */
  readonly canCreate: boolean;
  readonly onCreate: () => void;
  readonly onCheckAgain: () => void;
  readonly year: number;
  readonly onYearChange: (year: number) => void;
  /** "Import from this sheet", where the host can (absent: not offered). */
  readonly importing?: boolean;
  readonly onImport?: () => void;
}

/** The empty workbook: what Appraise needs, and the button that makes it. */
export function NoTablesNotice({ strings, creating, canCreate, onCreate, onCheckAgain, year, onYearChange, importing = false, onImport }: NoTablesNoticeProps) {
  const styles = useStyles();
  const busy = creating || importing;
  const headingId = useId("no-tables");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" className={styles.heading} id={headingId}>
        {strings.noTablesTitle}
      </Subtitle2>
      <Body1>{strings.noTablesBody}</Body1>
      <Body1>{canCreate ? strings.createTablesHint : strings.createTablesByHand}</Body1>
      {onImport !== undefined && <Body1>{strings.importHint}</Body1>}
      {canCreate && <YearField strings={strings} year={year} disabled={busy} onChange={onYearChange} />}
      <div className={styles.actions}>
        {canCreate && (
          <Button appearance="primary" icon={<TableAddRegular />} disabledFocusable={busy} onClick={onCreate}>
            {creating ? strings.creatingTables : strings.createTables}
          </Button>
        )}
        {onImport !== undefined && (
          <Button appearance="secondary" disabledFocusable={busy} onClick={onImport}>
            {importing ? strings.importingSheet : strings.importFromSheet}
          </Button>
        )}
        <Button appearance={canCreate ? "secondary" : "primary"} icon={<ArrowSyncRegular />} disabledFocusable={busy} onClick={onCheckAgain}>
          {strings.checkAgain}
        </Button>
      </div>
    </section>
  );
}
