/**
 * The page's worker code in Node: a graded copy verified as the command line
 * verifies it, a workbook graded again audited and compared with its last
 * run, and a file that is not a workbook refused with the command line's
 * reason.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { verifyText } from "../../workbook/audit/verifyReport";
import { auditPackage } from "../../workbook/xlsx/auditPackage";
import { openPackage } from "../../workbook/xlsx/openPackage";
import { openProblemText } from "../../workbook/xlsx/openProblemText";
import { gradeBytes } from "./gradeBytes";
import { verifyBytes } from "./verifyBytes";

const DEMO = readFileSync(path.join(__dirname, "..", "..", "..", "examples", "yinhai-2016.xlsx"));
const NOW = new Date("2017-03-01T09:00:00.000Z");

async function gradedCopy(): Promise<Uint8Array> {
  const graded = await gradeBytes(DEMO, "zh", NOW);
  if (!graded.ok || graded.copy === null) throw new Error("the demo was not graded");
  return graded.copy;
}

describe("verifyBytes", () => {
  it("says a fresh graded copy is as Appraise wrote it, in appraise verify's words in both languages", async () => {
    const copy = await gradedCopy();
    const verified = verifyBytes(copy);
    if (!verified.ok) throw new Error("the copy does not open");
    expect(verified.passes).toBe(true);
    const opened = openPackage(copy);
    if (!opened.ok) throw new Error("the copy does not open");
    const audit = auditPackage(opened.opened);
    expect(verified.lines.zh).toEqual(verifyText(audit, "zh").trimEnd().split("\n"));
    expect(verified.lines.en).toEqual(verifyText(audit, "en").trimEnd().split("\n"));
    expect(verified.lines.en[0]).toBe("考评结果 matches the inputs; the inputs are those of the last run");
  });

  it("does not pass a workbook never graded: no Results to verify", () => {
    const verified = verifyBytes(DEMO);
    if (!verified.ok) throw new Error("the demo does not open");
    expect(verified.passes).toBe(false);
    expect(verified.lines.zh[0]).toBe("没有可核对的“考评结果”表格（尚未评定，或不是 Appraise 创建的）。");
  });

  it("refuses a file that is not a workbook with the command line's reason", () => {
    expect(verifyBytes(new TextEncoder().encode("单位,类别\n区发改局,经济\n"))).toEqual({
      ok: false,
      reason: { zh: openProblemText({ kind: "csv" }, "zh"), en: openProblemText({ kind: "csv" }, "en") },
    });
  });
});

describe("gradeBytes on a workbook graded before", () => {
  it("graded the first time: no audit, nothing to compare with", async () => {
    const graded = await gradeBytes(DEMO, "zh", NOW);
    if (!graded.ok) throw new Error("the demo does not open");
    expect(graded.audit).toBeNull();
    expect(graded.changes).toEqual({ since: null, changes: [] });
  });

  it("graded again unchanged: audited as written, compared with the last run, no unit changed", async () => {
    const graded = await gradeBytes(await gradedCopy(), "zh", new Date("2017-03-02T09:00:00.000Z"));
    if (!graded.ok || graded.audit === null) throw new Error("the copy was not audited");
    expect(graded.audit.hasResults).toBe(true);
    expect(graded.audit.edited).toEqual([]);
    expect(graded.audit.asWritten).toBe("same");
    expect(graded.changes.since).not.toBeNull();
    expect(graded.changes.changes).toEqual([]);
  });
});
