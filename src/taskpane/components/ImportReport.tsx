/**
 * The report of "Import from a sheet" (SPEC section 9): whether the tables
 * were written, the check against the sheet's own 综合得分 first, then what
 * needs attention (errors, warnings: a note not understood, a unit that
 * differs), then every column mapped and row skipped. Each finding links to
 * its cell of the sheet read, as the diagnostics do.
 */
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import type { ImportFinding } from "../../workbook/import/importMessages";
import type { SheetImport } from "../state/paneTypes";
import type { PaneStrings } from "../strings/i18n";
import { CellLink, type SelectCell } from "./CellLink";
import { SeverityIcon } from "./SeverityIcon";
import { SheetAddress } from "./SheetAddress";
import { useVisuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  link: { alignSelf: "flex-start", textAlign: "start" },
});

/** The check against the sheet's composites: all agree, which differ and why, what could not be checked. */
const CHECK = new Set(["IMPORT_AGREES", "IMPORT_DIFFERS", "IMPORT_NO_COMPOSITE", "IMPORT_COMPOSITE_UNCOMPUTED"]);

interface FindingsProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly heading: string;
  readonly findings: readonly ImportFinding[];
  readonly onSelectCell: SelectCell;
}

function Findings({ lang, strings, heading, findings, onSelectCell }: FindingsProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const headingId = useId("import-findings");
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" className={styles.heading} id={headingId}>
        {heading}
      </Subtitle2>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={i} className={styles.item} data-code={f.code} data-severity={f.severity}>
            <SeverityIcon severity={f.severity} />
            <div className={styles.body}>
              <Body1>
                <span className={hidden.root}>
                  {strings.severityOne[f.severity]}
                  {strings.colon}
                </span>
                {f.message[lang]}
              </Body1>
              {f.cell !== null && (
                <CellLink
                  address={f.cell}
                  onSelectCell={onSelectCell}
                  className={styles.link}
                  aria-label={strings.goToCell(f.cell)}
                  plain={<SheetAddress address={f.cell} />}
                >
                  {strings.goToCell("")}
                  <SheetAddress address={f.cell} />
                </CellLink>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface ImportReportProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly report: SheetImport;
  readonly onSelectCell: SelectCell;
  readonly onClose: () => void;
}

/** The import's report, as the pane shows it after "Import from this sheet". */
export function ImportReport({ lang, strings, report, onSelectCell, onClose }: ImportReportProps) {
  const styles = useStyles();
  const headingId = useId("import-report");
  const check = report.findings.filter((f) => CHECK.has(f.code));
  const rest = report.findings.filter((f) => !CHECK.has(f.code));
  const common = { lang, strings, onSelectCell } as const;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <MessageBar intent={report.written ? "success" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={headingId}>
            {report.written ? strings.importedTitle(report.sheet, report.year) : strings.importRefusedTitle(report.sheet)}
          </MessageBarTitle>
          {report.written && strings.importNext}
        </MessageBarBody>
      </MessageBar>
      {!report.mergedAreas && <Caption1>{strings.importNoMerges}</Caption1>}
      <Findings {...common} heading={strings.importCheckHeading} findings={check} />
      <Findings {...common} heading={strings.importAttentionHeading} findings={rest.filter((f) => f.severity !== "info")} />
      <Findings {...common} heading={strings.importMappedHeading} findings={rest.filter((f) => f.severity === "info")} />
      <Button appearance="secondary" onClick={onClose}>
        {strings.closeImportReport}
      </Button>
    </section>
  );
}
