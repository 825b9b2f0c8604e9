import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // A monospace cell reference: in the UI font "!I148" reads as "!!148".
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: "0.95em" },
});

/**
 * A sheet address for reading: the sheet name in the text font, the cell
 * reference after "!" in a monospace font, so I, l and 1 stay apart.
 */
export function SheetAddress({ address }: { readonly address: string }) {
  const styles = useStyles();
  const bang = address.lastIndexOf("!");
  if (bang < 0) return <>{address}</>;
  return (
    <>
      {address.slice(0, bang + 1)}
      <span className={styles.cell}>{address.slice(bang + 1)}</span>
    </>
  );
}
