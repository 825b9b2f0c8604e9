/**
 * The shared run over an in-memory port: what is written, and that nothing is
 * written when an output sheet belongs to someone else or the write fails.
 */
import { runAppraisal } from "../../src/workbook/runAppraisal";
import type { Ownership, OutputKind, PrintKind, OutputPlan, WorkbookPort, WorkbookSnapshot } from "../../src/workbook/port";
import { build, base, variant } from "../engine/base";

function memoryPort(
  ownership: Record<OutputKind, Ownership>,
  failWrite = false,
  printOwnership: Record<PrintKind, Ownership> = { announcement: "absent", feedback: "owned" },
) {
  const written: OutputPlan[] = [];
  const port: WorkbookPort = {
    read: async (): Promise<WorkbookSnapshot> => ({ input: build(base()), ownership, printOwnership }),
    write: async (plan) => {
      if (failWrite) throw Object.assign(new Error("The cell is being edited"), { code: "InvalidOperationInCellEditMode" });
      written.push(plan);
    },
  };
  return { port, written };
}

const options = { lang: "zh" as const, version: "9.9.9", now: new Date("2026-11-24T08:00:00Z") };
const free: Record<OutputKind, Ownership> = { results: "absent", warnings: "owned", runlog: "absent", history: "absent" };

describe("runAppraisal", () => {
  it("grades and writes Results, Warnings and one RunLog row, reporting each phase", async () => {
    const { port, written } = memoryPort(free);
    const phases: string[] = [];
    const outcome = await runAppraisal(port, { ...options, onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(["read", "check", "grade", "write"]);
    expect(outcome.written).toBe(true);
    expect(written).toHaveLength(1);
    expect(written[0]?.results?.rows.map((r) => r[0])).toEqual(["区发改局", "区财政局", "区统计局"]);
    expect(written[0]?.runLog.rows).toHaveLength(1);
    expect(written[0]?.runLog.rows[0]).toContain(outcome.result.inputFingerprint);
    expect(written[0]?.print?.map((p) => p.sheet)).toEqual(["考评通报", "反馈单"]);
  });

  it("writes nothing and reports OUTPUT_CONFLICT when a print sheet (反馈单) is not Appraise's", async () => {
    const { port, written } = memoryPort(free, false, { announcement: "absent", feedback: "foreign" });
    const outcome = await runAppraisal(port, options);
    expect(outcome.written).toBe(false);
    expect(written).toEqual([]);
    expect(outcome.result.diagnostics.find((d) => d.code === "OUTPUT_CONFLICT")).toMatchObject({ severity: "error", cell: "反馈单!A1" });
  });

  it("leaves the print sheets as they were when Results are withheld (an invalid rule)", async () => {
    const { port, written } = memoryPort(free);
    const broken = variant(
      (b) =>
        (b.rules = [
          ["Key", "Value"],
          ["tier.threshold", "abc"],
        ]),
    );
    port.read = async () => ({ input: broken, ownership: free, printOwnership: { announcement: "owned", feedback: "owned" } });
    const outcome = await runAppraisal(port, options);
    expect(outcome.result.resultsWithheld).toBe(true);
    expect(written[0]?.results).toBeNull();
    expect(written[0]?.print).toBeNull();
  });

  it("writes nothing and reports OUTPUT_CONFLICT when an output sheet is not Appraise's", async () => {
    const { port, written } = memoryPort({ ...free, results: "foreign" });
    const outcome = await runAppraisal(port, options);
    expect(outcome.written).toBe(false);
    expect(written).toEqual([]);
    const conflict = outcome.result.diagnostics.find((d) => d.code === "OUTPUT_CONFLICT");
    expect(conflict).toMatchObject({ severity: "error", cell: "考评结果!A1" });
    expect(conflict?.message.zh).toContain("考评结果");
    expect(outcome.result.diagnostics[0]?.code).toBe("OUTPUT_CONFLICT");
  });

  it("passes a host failure on to the caller without a partial result", async () => {
    const { port, written } = memoryPort(free, true);
    await expect(runAppraisal(port, options)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(written).toEqual([]);
  });
});
