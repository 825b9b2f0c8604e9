import type { Ownership } from "./port";
import {
  byFamily,
  foreignSheets,
  OWNED_KINDS,
  ownershipReference,
  ownedSheet,
  ownershipOf,
  recordsOwner,
  sheetOwnership,
  sheetsOf,
  withDestination,
  type NameFacts,
  type OwnedKind,
  type WorkbookFacts,
} from "./ownership";

/** Facts from sheet → its tables, and defined names as [name, reference, local?]. */
function facts(sheets: Readonly<Record<string, readonly string[]>>, names: readonly (readonly [string, string, boolean?])[] = []): WorkbookFacts {
  return {
    sheets: Object.entries(sheets).map(([name, tables]) => ({ name, tables })),
    names: names.map(([name, reference, local]): NameFacts => ({ name, reference, ...(local ? { local } : {}) })),
  };
}

const OWNER = "Appraise_Owned_Results";

describe("sheetOwnership", () => {
  it.each<[string, OwnedKind, Ownership, WorkbookFacts]>([
    ["no such sheet", "results", "absent", facts({ 指标考核: ["Indicators"] })],
    ["no such sheet, a stale ownership name", "results", "absent", facts({}, [[OWNER, "#REF!$A$1"]])],
    ["a sheet of its name, no ownership name", "results", "foreign", facts({ 考评结果: [] })],
    ["the ownership name refers to it", "results", "owned", facts({ 考评结果: ["Results"] }, [[OWNER, "'考评结果'!$A$1"]])],
    ["the name as Office.js gives it (a formula)", "results", "owned", facts({ 考评结果: [] }, [[OWNER, "='考评结果'!$A$1"]])],
    ["the name unquoted", "results", "owned", facts({ 考评结果: [] }, [[OWNER, "考评结果!$A$1"]])],
    ["the name spelled in another case", "results", "owned", facts({ 考评结果: [] }, [["APPRAISE_OWNED_RESULTS", "'考评结果'!$A$1"]])],
    ["the name refers to another sheet", "results", "foreign", facts({ 考评结果: [], 其他: [] }, [[OWNER, "'其他'!$A$1"]])],
    ["the name refers to a deleted sheet", "results", "foreign", facts({ 考评结果: [] }, [[OWNER, "#REF!$A$1"]])],
    ["another output's name refers to it", "results", "foreign", facts({ 考评结果: [] }, [["Appraise_Owned_Warnings", "'考评结果'!$A$1"]])],
    ["the ownership name is local to a sheet", "results", "foreign", facts({ 考评结果: [] }, [[OWNER, "'考评结果'!$A$1", true]])],
    ["its table name on another sheet", "results", "foreign", facts({ 考评结果: [], 我的: ["Results"] }, [[OWNER, "'考评结果'!$A$1"]])],
    ["its table name on another sheet, in another case", "results", "foreign", facts({ 我的: ["RESULTS"] })],
    ["its table name on another sheet, no sheet of its own", "history", "foreign", facts({ 我的: ["History"] })],
    [
      "its table name taken by a defined name",
      "results",
      "foreign",
      facts({ 考评结果: [] }, [
        [OWNER, "'考评结果'!$A$1"],
        ["results", "'我的'!$A$1"],
      ]),
    ],
    ["its table name taken by a sheet-level name", "warnings", "foreign", facts({}, [["Warnings", "'我的'!$A$1", true]])],
    ["another output's table on its sheet", "runlog", "owned", facts({ 运行记录: ["RunLog", "Results"] }, [["Appraise_Owned_RunLog", "'运行记录'!$A$1"]])],
    ["a print sheet, absent", "announcement", "absent", facts({ 我的: ["Results"] })],
    ["a print sheet of its name, no ownership name", "announcement", "foreign", facts({ 考评通报: [] })],
    ["a print sheet its name refers to", "feedback", "owned", facts({ 反馈单: [] }, [["Appraise_Owned_Feedback", "'反馈单'!$A$1"]])],
    ["a print sheet has no table to clash", "feedback", "owned", facts({ 反馈单: [], 我的: ["Feedback"] }, [["appraise_owned_feedback", "反馈单!A1"]])],
  ])("%s: %s is %s", (_, kind, expected, workbook) => {
    expect(sheetOwnership(kind, workbook)).toBe(expected);
  });
});

describe("the rule's helpers", () => {
  const none = ownershipOf(facts({}));

  it("gives every kind, both families", () => {
    expect(Object.keys(none)).toEqual([...OWNED_KINDS]);
    expect(OWNED_KINDS).toEqual(["results", "warnings", "runlog", "history", "announcement", "feedback"]);
    expect(Object.values(none).every((o) => o === "absent")).toBe(true);
    expect(ownedSheet("history")).toEqual({ sheet: "结果历史", ownerName: "Appraise_Owned_History", table: "History" });
    expect(ownedSheet("announcement")).toEqual({ sheet: "考评通报", ownerName: "Appraise_Owned_Announcement", table: null });
  });

  it.each<[Ownership, Ownership | undefined, Ownership]>([
    ["absent", undefined, "absent"],
    ["owned", "absent", "owned"],
    ["owned", "owned", "owned"],
    ["owned", "foreign", "foreign"],
    ["absent", "foreign", "foreign"],
    ["foreign", "owned", "foreign"],
  ])("%s here, %s in the destination: %s", (here, there, expected) => {
    const destination = there === undefined ? null : { ...none, warnings: there, feedback: there };
    const both = withDestination({ ...none, warnings: here, feedback: here }, destination);
    expect([both.warnings, both.feedback]).toEqual([expected, expected]);
  });

  it("splits the families and lists the foreign sheets, outputs first", () => {
    const all = { ...none, history: "foreign", results: "owned", feedback: "foreign", announcement: "owned" } as const;
    const { ownership, printOwnership } = byFamily(all);
    expect(ownership).toEqual({ results: "owned", warnings: "absent", runlog: "absent", history: "foreign" });
    expect(printOwnership).toEqual({ announcement: "owned", feedback: "foreign" });
    expect(foreignSheets(ownership, printOwnership)).toEqual(["结果历史", "反馈单"]);
  });

  it("records an owner only with a workbook-scope name that refers to the sheet", () => {
    const names: NameFacts[] = [{ name: OWNER, reference: "'考评结果'!$A$1", local: true }];
    expect(recordsOwner(names, OWNER, "考评结果")).toBe(false);
    expect(recordsOwner([...names, { name: OWNER.toLowerCase(), reference: "=考评结果!$A$1" }], OWNER, "考评结果")).toBe(true);
  });

  it("lists each sheet once, as Excel matches sheet names, with its tables", () => {
    const tables = [
      { name: "Units", sheet: "Inputs" },
      { name: "Rules", sheet: "INPUTS" },
      { name: "Results", sheet: "考评结果" },
    ];
    expect(sheetsOf(["考评结果", "反馈单"], tables)).toEqual([
      { name: "考评结果", tables: ["Results"] },
      { name: "反馈单", tables: [] },
      { name: "Inputs", tables: ["Units", "Rules"] },
    ]);
  });
});

describe("ownershipReference", () => {
  it.each([
    ["考评结果", "'考评结果'!$A$1"],
    ["It's", "'It''s'!$A$1"],
  ])("the ownership name of %s refers to %s, which the rule reads back as that sheet", (sheet, reference) => {
    expect(ownershipReference(sheet)).toBe(reference);
    expect(recordsOwner([{ name: "Appraise_Owned_Results", reference }], "Appraise_Owned_Results", sheet)).toBe(true);
  });
});
