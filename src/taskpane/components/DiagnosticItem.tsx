import { Body1, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { formatAddress } from "../../engine/address";
import { sheetRowOf } from "../../engine/sheetRow";
import type { Diagnostic, Lang } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { tableLabel } from "../state/inputTables";
import { CellLink, type SelectCell } from "./CellLink";
import { SeverityIcon } from "./SeverityIcon";
import { SheetAddress } from "./SheetAddress";
import { useVisuallyHidden } from "./visuallyHidden";

const useStyles = makeStyles({
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { paddingTop: "2px" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  link: { alignSelf: "flex-start", textAlign: "start" },
});

export interface DiagnosticItemProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly diagnostic: Diagnostic;
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/** One diagnostic: its message, where it is (the sheet row Excel shows: SPEC section 6), and a link that selects its cell. */
export function DiagnosticItem({ lang, strings, diagnostic: d, onSelectCell }: DiagnosticItemProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const messageId = useId("diagnostic");
  const where = [
    d.table === null && d.row === null ? null : strings.location(d.table === null ? null : tableLabel(d.table, lang), sheetRowOf(d)),
    d.unit === null ? null : `${strings.unitPrefix}${d.unit}`,
  ].filter((s): s is string => s !== null && s !== "");
  const at = d.at;
  return (
    <li className={styles.item} data-severity={d.severity} data-code={d.code}>
      <span className={styles.icon}>
        <SeverityIcon severity={d.severity} />
      </span>
      <div className={styles.body}>
        <Body1 id={messageId}>
          <span className={hidden.root}>
            {strings.severityOne[d.severity]}
            {strings.colon}
          </span>
          {d.message[lang]}
        </Body1>
        {where.length > 0 && <Caption1 className={styles.meta}>{where.join(" · ")}</Caption1>}
        {at !== null && (
          <CellLink
            address={formatAddress(at)}
            onSelectCell={onSelectCell}
            className={onSelectCell === undefined ? styles.meta : styles.link}
            aria-label={strings.goToCell(formatAddress(at))}
            aria-describedby={messageId}
            plain={<SheetAddress at={at} />}
          >
            {strings.goToCell("")}
            <SheetAddress at={at} />
          </CellLink>
        )}
      </div>
    </li>
  );
}
