/**
 * The ExcelJS adapter of the workbook port, over a workbook already loaded in
 * memory: how `demo` grades the workbook it builds. `score` does not use it:
 * it grades the input package itself (packagePort.ts), so nothing of the
 * input is lost in the copy.
 */
import type { Workbook } from "exceljs";
import {
  OUTPUT_SHEETS,
  PRINT_KINDS,
  type OutputKind,
  type OutputPlan,
  type Ownership,
  type PrintKind,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../port";
import { readOwnership, readPrintOwnership } from "./ownership";
import { readTables } from "./readTables";
import { writePlan } from "./writePlan";

export interface XlsxPortOptions {
  /**
   * The ownership of the output sheets in the file the copy will replace (an
   * existing `--out` file). A sheet foreign there is foreign here too, so a
   * run never overwrites a file holding someone else's sheet of that name.
   */
  readonly destination?: Readonly<Record<OutputKind | PrintKind, Ownership>> | null;
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
      const ownership = readOwnership(wb);
      const kinds = Object.keys(OUTPUT_SHEETS) as OutputKind[];
      const owned = new Set(kinds.filter((k) => ownership[k] === "owned").map((k) => OUTPUT_SHEETS[k].sheet));
      for (const kind of kinds) if (options.destination?.[kind] === "foreign") ownership[kind] = "foreign";
      const printOwnership = readPrintOwnership(wb);
      for (const kind of PRINT_KINDS) if (options.destination?.[kind] === "foreign") printOwnership[kind] = "foreign";
      return { input: { tables: readTables(wb, owned) }, ownership, printOwnership };
    },
    async write(plan: OutputPlan): Promise<void> {
      writePlan(wb, plan);
    },
  };
}
