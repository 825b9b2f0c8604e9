import { makeStyles, tokens } from "@fluentui/react-components";
import { localAddress, parseAddress, quoteSheet, type SheetRange } from "../../engine/address";

const useStyles = makeStyles({
  // A monospace cell reference: in the UI font "!I148" reads as "!!148".
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: "0.95em" },
});

/** Where to point: a range as data (a diagnostic's `at`), or an address's text where that is all there is. */
export type SheetAddressProps = { readonly at: SheetRange } | { readonly address: string };

/**
 * A sheet address for reading: the sheet name (quoted where Excel needs it)
 * and "!" in the text font, the cell reference in a monospace font, so I, l
 * and 1 stay apart. Text that is not a sheet address is shown as it is.
 * @example
 * <SheetAddress at={cellRange("指标考核", 6, 6)} /> // 指标考核!<span class="cell">F6</span>
 */
export function SheetAddress(props: SheetAddressProps) {
  const styles = useStyles();
  if ("address" in props) {
    const at = parseAddress(props.address);
    return at === null ? <>{props.address}</> : <SheetAddress at={at} />;
  }
  return (
    <>
      {`${quoteSheet(props.at.sheet)}!`}
      <span className={styles.cell}>{localAddress(props.at)}</span>
    </>
  );
}
