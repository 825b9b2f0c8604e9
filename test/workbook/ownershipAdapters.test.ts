/**
 * The command line's three readers of ownership ask the one rule
 * (src/workbook/ownership.ts), so they agree on the same file: the ExcelJS
 * workbook (`demo`), the package (`score`'s input) and the `--out` check
 * (which reads only the workbook part, relationships and table parts).
 */
import { Workbook } from "exceljs";
import { byFamily } from "../../src/workbook/ownership";
import type { OutputKind, Ownership } from "../../src/workbook/port";
import { workbookToBuffer } from "../../src/workbook/xlsx/files";
import { packageOwnership } from "../../src/workbook/xlsx/inspectPackage";
import { markOwned, readOwnership } from "../../src/workbook/xlsx/ownership";
import { packageOwnershipOf } from "../../src/workbook/xlsx/packageOwnership";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { workbookWith } from "../helpers/workbooks";

const UNITS = { sheet: "考评对象", name: "Units", headers: ["单位", "类别"], rows: [["区财政局", "经济管理类和其他类"]] };

/** A results sheet holding a table, as a user or Appraise would make it. */
function withSheet(wb: Workbook, sheet: string, table: string): Workbook {
  wb.addWorksheet(sheet).addTable({ name: table, ref: "A1", headerRow: true, columns: [{ name: "单位" }], rows: [["区财政局"]] });
  return wb;
}

const CASES: [string, () => Workbook, Partial<Record<OutputKind, Ownership>>][] = [
  ["inputs only", () => workbookWith([UNITS]), {}],
  ["someone else's 考评结果", () => withSheet(workbookWith([UNITS]), "考评结果", "Mine"), { results: "foreign" }],
  ["a user's table named Results elsewhere", () => withSheet(workbookWith([UNITS]), "我的", "Results"), { results: "foreign" }],
  ["a user's table named history elsewhere", () => withSheet(workbookWith([UNITS]), "我的", "history"), { history: "foreign" }],
  [
    "Appraise's 考评结果",
    () => {
      const wb = withSheet(workbookWith([UNITS]), "考评结果", "Results");
      markOwned(wb, "results");
      return wb;
    },
    { results: "owned" },
  ],
  [
    "Appraise's 考评结果, its ownership name in another case",
    () => {
      const wb = withSheet(workbookWith([UNITS]), "考评结果", "Results");
      wb.definedNames.add("'考评结果'!$A$1", "APPRAISE_OWNED_RESULTS");
      return wb;
    },
    { results: "owned" },
  ],
];

describe("ownership, read three ways from one file", () => {
  it.each(CASES)("%s", async (_, build, expected) => {
    const bytes = await workbookToBuffer(build());
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const outputs = { results: "absent", warnings: "absent", runlog: "absent", history: "absent", ...expected };
    expect(readOwnership(wb)).toEqual(outputs);
    expect(byFamily(packageOwnershipOf(readPackage(bytes))).ownership).toEqual(outputs);
    const destination = packageOwnership(bytes);
    expect(destination === null ? null : byFamily(destination).ownership).toEqual(outputs);
  });

  it("marks ownership once, replacing a record spelled in another case", () => {
    const wb = withSheet(new Workbook(), "考评结果", "Results");
    wb.definedNames.add("'其他'!$A$1", "appraise_owned_results");
    markOwned(wb, "results");
    expect(wb.definedNames.model).toEqual([{ name: "Appraise_Owned_Results", ranges: ["'考评结果'!$A$1"] }]);
  });
});
