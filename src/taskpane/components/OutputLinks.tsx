import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../strings/i18n";
import { ANNOUNCEMENT_TOP, FEEDBACK_TOP, RESULTS_TOP, WARNINGS_TOP } from "../state/resultsAddress";

const useStyles = makeStyles({
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  link: { textAlign: "start" },
});

export interface OutputLinksProps {
  readonly strings: PaneStrings;
  /** False when the host could not set the print sheets' page setup (ExcelApi 1.9): says how to by hand. */
  readonly printSetup: boolean;
  readonly onSelectCell: (address: string) => void;
}

/** Where a written run's outputs are: links that open 考评结果 and 校验提示, then the paperwork's 考评通报 and 反馈单. */
export function OutputLinks({ strings, printSetup, onSelectCell }: OutputLinksProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.links}>
        <Caption1>{strings.writtenTo}</Caption1>
        <Link as="button" className={styles.link} onClick={() => onSelectCell(RESULTS_TOP)}>
          {strings.resultsSheet}
        </Link>
        <Link as="button" className={styles.link} onClick={() => onSelectCell(WARNINGS_TOP)}>
          {strings.warningsSheet}
        </Link>
      </div>
      <div className={styles.links}>
        <Caption1>{strings.paperworkAt}</Caption1>
        <Link as="button" className={styles.link} onClick={() => onSelectCell(ANNOUNCEMENT_TOP)}>
          {strings.announcementSheet}
        </Link>
        <Link as="button" className={styles.link} onClick={() => onSelectCell(FEEDBACK_TOP)}>
          {strings.feedbackSheet}
        </Link>
        {!printSetup && <Caption1>{strings.noPageSetup}</Caption1>}
      </div>
    </>
  );
}
