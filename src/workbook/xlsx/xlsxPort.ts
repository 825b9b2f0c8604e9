/**
 * The ExcelJS adapter of the workbook port, over a workbook already loaded in
 * memory. The command line loads the input file, runs the appraisal through
 * this port and saves the workbook as a copy.
 */
import type { Workbook } from "exceljs";
import { OUTPUT_SHEETS, PRINT_KINDS, type OutputKind, type OutputPlan, type Ownership, type PrintKind, type WorkbookPort, type WorkbookSnapshot } from "../port";
import { readOwnership, readPrintOwnership } from "./ownership";
import { readTables } from "./readTables";
import { writePlan } from "./writePlan";

export interface XlsxPortOptions {
  /**
   * A remark for the RunLog row's last (Note) column where the plan leaves it
   * blank, e.g. which parts of the input the copy lacks.
   */
  readonly runLogNote?: string;
  /**
   * The ownership of the output sheets in the file the copy will replace (an
   * existing `--out` file). A sheet foreign there is foreign here too, so a
   * run never overwrites a file holding someone else's sheet of that name.
   */
  readonly destination?: Readonly<Record<OutputKind | PrintKind, Ownership>> | null;
}

function withNote(plan: OutputPlan, note: string | undefined): OutputPlan {
  if (note === undefined || note === "") return plan;
  const rows = plan.runLog.rows.map((row) => (row[row.length - 1] === null ? [...row.slice(0, -1), note] : row));
  return { ...plan, runLog: { ...plan.runLog, rows } };
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
      writePlan(wb, withNote(plan, options.runLogNote));
    },
  };
}
