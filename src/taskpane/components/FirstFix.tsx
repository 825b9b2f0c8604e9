import { Body1, Caption1, Link, makeStyles } from "@fluentui/react-components";
import { formatAddress } from "../../engine/address";
import type { Diagnostic, Lang } from "../../engine/types";
import type { PaneStrings } from "../strings/i18n";
import { SheetAddress } from "./SheetAddress";

const useStyles = makeStyles({
  link: { textAlign: "start" },
});

export interface FirstFixProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** The first error to fix (see headline.ts). */
  readonly fix: Diagnostic;
  readonly onSelectCell: (address: string) => void;
}

/** "先修正这一处：" and the first error's message, with a link that selects its cell when it has one. */
export function FirstFix({ lang, strings, fix, onSelectCell }: FirstFixProps) {
  const styles = useStyles();
  const at = fix.at;
  return (
    <div>
      <Caption1>{strings.firstFix}</Caption1> <Body1>{fix.message[lang]}</Body1>{" "}
      {at !== null && (
        <Link as="button" className={styles.link} aria-label={strings.goToCell(formatAddress(at))} onClick={() => onSelectCell(formatAddress(at))}>
          {strings.goToCell("")}
          <SheetAddress at={at} />
        </Link>
      )}
    </div>
  );
}
