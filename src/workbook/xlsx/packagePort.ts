/**
 * The command line's workbook port over an opened package: `read` gives the
 * tables read when the file was opened; `write` makes the graded copy's
 * bytes (writeCopy.ts), which the command saves atomically.
 */
import { byFamily, withDestination, type OwnedKind } from "../ownership";
import { OUTPUT_SHEETS, type OutputPlan, type Ownership, type WorkbookPort, type WorkbookSnapshot } from "../port";
import { lastHistoryBlock, type HistoryBlock } from "../history/historyBlock";
import { lastChainDigest } from "../audit/loggedTable";
import { lastRunFingerprint } from "../audit/staleness";
import { loggedRows, loggedTable } from "./runLogRows";
import type { OpenedPackage } from "./openPackage";
import { writeCopy } from "./writeCopy";

export interface PackagePort extends WorkbookPort {
  /** The copy's bytes once `write` has run; null before. */
  copy(): Uint8Array | null;
}

export interface PackagePortOptions {
  /**
   * The ownership of the output sheets in the file the copy will replace (an
   * existing `--out` file): a sheet foreign there is foreign here too.
   */
  readonly destination?: Readonly<Record<OwnedKind, Ownership>> | null;
}

/** The last block of the owned History table (its cells, either language's headers), or null. */
export function lastBlockOf(opened: OpenedPackage): HistoryBlock | null {
  const { headers, rows } = loggedRows(opened.pkg, OUTPUT_SHEETS.history);
  return lastHistoryBlock(headers, rows);
}

/**
 * @example
 * const port = createPackagePort(opened);
 * await runAppraisal(port, { lang: "zh", version, now: new Date() });
 * await writeFileAtomically(out, port.copy()!);
 */
export function createPackagePort(opened: OpenedPackage, options: PackagePortOptions = {}): PackagePort {
  let bytes: Uint8Array | null = null;
  return {
    async read(): Promise<WorkbookSnapshot> {
      const { ownership, printOwnership } = byFamily(withDestination(opened.ownership, options.destination));
      const history = ownership.history === "owned" ? lastBlockOf(opened) : null;
      const runLog = ownership.runlog === "owned" ? loggedTable(opened.pkg, OUTPUT_SHEETS.runlog) : null;
      const lastChain = runLog === null ? "" : lastChainDigest(runLog);
      const lastRun = runLog === null ? null : lastRunFingerprint(runLog);
      return {
        input: opened.sheets === undefined ? { tables: opened.tables } : { tables: opened.tables, sheets: opened.sheets },
        ownership,
        printOwnership,
        history,
        lastChainDigest: lastChain,
        lastRunFingerprint: lastRun,
      };
    },
    async write(plan: OutputPlan): Promise<void> {
      bytes = await writeCopy(opened.pkg, plan);
    },
    copy: () => bytes,
  };
}
