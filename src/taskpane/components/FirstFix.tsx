import { Body1, Caption1, makeStyles } from "@fluentui/react-components";
import { formatAddress } from "../../engine/address";
import type { Diagnostic, Lang } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { CellLink, type SelectCell } from "./CellLink";
import { SheetAddress } from "./SheetAddress";

const useStyles = makeStyles({
  link: { textAlign: "start" },
});

export interface FirstFixProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** The first error to fix (see headline.ts). */
  readonly fix: Diagnostic;
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/** "先修正这一处：" and the first error's message, with a link that selects its cell when it has one. */
export function FirstFix({ lang, strings, fix, onSelectCell }: FirstFixProps) {
  const styles = useStyles();
  const at = fix.at;
  return (
    <div>
      <Caption1>{strings.firstFix}</Caption1> <Body1>{fix.message[lang]}</Body1>{" "}
      {at !== null && (
        <CellLink
          address={formatAddress(at)}
          onSelectCell={onSelectCell}
          className={styles.link}
          aria-label={strings.goToCell(formatAddress(at))}
          plain={<SheetAddress at={at} />}
        >
          {strings.goToCell("")}
          <SheetAddress at={at} />
        </CellLink>
      )}
    </div>
  );
}
