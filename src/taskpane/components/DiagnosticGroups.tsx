import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DiagnosticGroup } from "../../engine/groupDiagnostics";
import type { Lang } from "../../engine/types";
import { DiagnosticGroupLabel } from "./DiagnosticGroupLabel";
import { DiagnosticItem } from "./DiagnosticItem";
import type { PaneStrings } from "../strings/i18n";
import type { SelectCell } from "./CellLink";

/** Items of one group shown at once; "Show more" adds as many again (a big workbook can have thousands). */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  more: { marginBlock: tokens.spacingVerticalS },
});

export interface DiagnosticGroupsProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly groups: readonly DiagnosticGroup[];
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/**
 * The diagnostics as one collapsed line per kind, "90 × 缺少满意度评价", with its
 * cause under it (the message itself when every item says the same), so the
 * first screen shows the kinds, not the flood. Opening a line lists its items.
 */
export function DiagnosticGroups({ lang, strings, groups, onSelectCell }: DiagnosticGroupsProps) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible>
      {groups.map((g) => (
        <AccordionItem key={g.code} value={g.code} className={styles.group} data-code={g.code} data-severity={g.severity} data-group="">
          <Group lang={lang} strings={strings} group={g} onSelectCell={onSelectCell} />
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function Group({ lang, strings, group: g, onSelectCell }: { lang: Lang; strings: PaneStrings; group: DiagnosticGroup; onSelectCell?: SelectCell }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <>
      <AccordionHeader className={styles.header} expandIconPosition="end">
        <DiagnosticGroupLabel lang={lang} strings={strings} group={g} />
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list}>
          {g.items.slice(0, shown).map((d, i) => (
            <DiagnosticItem key={i} lang={lang} strings={strings} diagnostic={d} onSelectCell={onSelectCell} />
          ))}
        </ul>
        {g.items.length > shown && (
          <Button className={styles.more} appearance="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {strings.showMore(Math.min(PAGE_SIZE, g.items.length - shown))}
          </Button>
        )}
      </AccordionPanel>
    </>
  );
}
