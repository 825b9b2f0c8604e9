/**
 * The command line's two readers of ownership ask the one rule
 * (src/workbook/ownership.ts), so they agree on the same file: the package
 * (the input of `score` and `demo`) and the `--out` check (which reads only
 * the workbook part, relationships and table parts).
 */
import type { Workbook } from "exceljs";
import { byFamily } from "../../src/workbook/ownership";
import { OWNERSHIP_NAMES, type OutputKind, type Ownership } from "../../src/workbook/port";
import { workbookToBuffer } from "../../src/workbook/exceljs/files";
import { packageOwnership } from "../../src/workbook/xlsx/inspectPackage";
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
      wb.definedNames.add("'考评结果'!$A$1", OWNERSHIP_NAMES.results);
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

describe("ownership, read two ways from one file", () => {
  it.each(CASES)("%s", async (_, build, expected) => {
    const bytes = await workbookToBuffer(build());
    const outputs = { results: "absent", warnings: "absent", runlog: "absent", history: "absent", ...expected };
    expect(byFamily(packageOwnershipOf(readPackage(bytes))).ownership).toEqual(outputs);
    const destination = packageOwnership(bytes);
    expect(destination === null ? null : byFamily(destination).ownership).toEqual(outputs);
  });
});
