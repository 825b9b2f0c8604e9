/**
 * The ExcelJS adapter of the workbook port, over a workbook already loaded in
 * memory: how `demo` grades the workbook it builds. `score` does not use it:
 * it grades the input package itself (packagePort.ts), so nothing of the
 * input is lost in the copy.
 */
import type { Workbook } from "exceljs";
import { byFamily, ownershipOf, withDestination, type OwnedKind } from "../ownership";
import { lastChainDigest } from "../audit/loggedTable";
import { lastHistoryBlock } from "../history/historyBlock";
import { OUTPUT_KINDS, OUTPUT_SHEETS, type OutputKind, type OutputPlan, type Ownership, type WorkbookPort, type WorkbookSnapshot } from "../port";
import { workbookFacts } from "./ownership";
import { readTables } from "./readTables";
import { existingRunLog, writePlan } from "./writePlan";

/** The last History block and the RunLog's last chain digest of the owned sheets, as a run chains on from them. */
function loggedSoFar(wb: Workbook, ownership: Readonly<Record<OutputKind, Ownership>>): Pick<WorkbookSnapshot, "history" | "lastChainDigest"> {
  const read = (kind: "runlog" | "history") => {
    const ws = ownership[kind] === "owned" ? wb.getWorksheet(OUTPUT_SHEETS[kind].sheet) : undefined;
    return ws === undefined ? { headers: [], rows: [] } : existingRunLog(ws, OUTPUT_SHEETS[kind].table);
  };
  const history = read("history");
  return { history: lastHistoryBlock(history.headers, history.rows), lastChainDigest: lastChainDigest({ ...read("runlog"), firstRow: 2 }) };
}

export interface XlsxPortOptions {
  /**
   * The ownership of the output sheets in the file the copy will replace (an
   * existing `--out` file). A sheet foreign there is foreign here too, so a
   * run never overwrites a file holding someone else's sheet of that name.
   */
  readonly destination?: Readonly<Record<OwnedKind, Ownership>> | null;
}

/**
 * A port over an ExcelJS workbook. `read` skips the tables on Appraise's own
 * output sheets (they are not inputs); `write` changes only those sheets.
 * @example
 * const port = createXlsxPort(workbook);
 * await runAppraisal(port, { lang: "zh", version, now: new Date() });
 */
export function createXlsxPort(wb: Workbook, options: XlsxPortOptions = {}): WorkbookPort {
  return {
    async read(): Promise<WorkbookSnapshot> {
      const found = ownershipOf(workbookFacts(wb));
      // The tables on the sheets Appraise owns here are outputs, not inputs, whatever the destination says.
      const owned = new Set(OUTPUT_KINDS.filter((k) => found[k] === "owned").map((k) => OUTPUT_SHEETS[k].sheet));
      const families = byFamily(withDestination(found, options.destination));
      return { input: { tables: readTables(wb, owned) }, ...families, ...loggedSoFar(wb, families.ownership) };
    },
    async write(plan: OutputPlan): Promise<void> {
      writePlan(wb, plan);
    },
  };
}
