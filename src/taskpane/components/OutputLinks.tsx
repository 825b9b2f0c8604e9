import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../strings/i18n";
import { ANNOUNCEMENT_TOP, FEEDBACK_TOP, RESULTS_TOP, WARNINGS_TOP } from "../state/resultsAddress";
import { CellLink, type SelectCell } from "./CellLink";

const useStyles = makeStyles({
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  link: { textAlign: "start" },
});

export interface OutputLinksProps {
  readonly strings: PaneStrings;
  /** False when the host could not set the print sheets' page setup (ExcelApi 1.9): says how to by hand. */
  readonly printSetup: boolean;
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/** Where a written run's outputs are: links that open 考评结果 and 校验提示, then the paperwork's 考评通报 and 反馈单. */
export function OutputLinks({ strings, printSetup, onSelectCell }: OutputLinksProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.links}>
        <Caption1>{strings.writtenTo}</Caption1>
        <CellLink address={RESULTS_TOP} onSelectCell={onSelectCell} className={styles.link}>
          {strings.resultsSheet}
        </CellLink>
        <CellLink address={WARNINGS_TOP} onSelectCell={onSelectCell} className={styles.link}>
          {strings.warningsSheet}
        </CellLink>
      </div>
      <div className={styles.links}>
        <Caption1>{strings.paperworkAt}</Caption1>
        <CellLink address={ANNOUNCEMENT_TOP} onSelectCell={onSelectCell} className={styles.link}>
          {strings.announcementSheet}
        </CellLink>
        <CellLink address={FEEDBACK_TOP} onSelectCell={onSelectCell} className={styles.link}>
          {strings.feedbackSheet}
        </CellLink>
        {!printSetup && <Caption1>{strings.noPageSetup}</Caption1>}
      </div>
    </>
  );
}
