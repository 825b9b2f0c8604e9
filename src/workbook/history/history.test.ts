import { describeChange, changesHeadline } from "./changes";
import { describeEdit, editedCells } from "../audit/auditResults";
import { lastHistoryBlock, tierOfLabel } from "./historyBlock";
import type { OutputSheetPlan } from "../port";

describe("History's last block", () => {
  const header = ["运行时间", "输入指纹", "单位", "类别", "综合得分", "名次", "等次"];
  it("is the last rows sharing the last row's time and fingerprint, read in either language", () => {
    const rows = [
      ["t1", "sha256:a", "区财政局", "经济类", 948.5, 2, "二等"],
      ["t2", "sha256:b", "区财政局", "经济类", 951, 1, "一等"],
      ["t2", "sha256:b", "区发改局", "经济类", 940, 2, "二等"],
    ];
    expect(lastHistoryBlock(header, rows)).toEqual({
      runTime: "t2",
      inputFingerprint: "sha256:b",
      entries: [
        { unit: "区财政局", category: "经济类", composite: 951, rank: 1, tier: "first" },
        { unit: "区发改局", category: "经济类", composite: 940, rank: 2, tier: "second" },
      ],
    });
    expect(tierOfLabel("Unqualified")).toBe("unqualified");
  });

  it("is null for an empty table or a table whose header is not History's", () => {
    expect(lastHistoryBlock(header, [])).toBeNull();
    expect(lastHistoryBlock(["A", "B"], [["x", "y"]])).toBeNull();
  });
});

describe("a change as a person reads it", () => {
  it("names the tier, the composite and the rank that moved", () => {
    const change = {
      unit: "区财政局",
      category: "经济类",
      before: { composite: 948.5, rank: 2, tier: "second" as const },
      after: { composite: 951, rank: 2, tier: "first" as const },
    };
    expect(describeChange(change, "zh", 2)).toBe("区财政局 二等 → 一等，综合得分 948.50 → 951.00");
    expect(describeChange({ ...change, after: { ...change.after, rank: 1 } }, "en", 2)).toBe("区财政局 Second → First, composite 948.50 → 951.00, rank 2 → 1");
    expect(changesHeadline(1, "en")).toBe("1 unit changed since the last run");
  });
});

describe("the audit's comparison", () => {
  const plan = { headers: ["单位", "综合得分", "等次"], rows: [["区财政局", 951, "一等"]], numberFormats: ["@", "0.00", "@"] } as unknown as OutputSheetPlan;
  it("lists exactly the cells that differ, numbers compared as written", () => {
    const cells = { sheet: "考评结果", headerRow: 1, firstColumn: 1, header: plan.headers, rows: [["区财政局", 951.004, "二等"]] };
    const edited = editedCells(plan, cells);
    expect(edited.map((e) => describeEdit(e, "zh"))).toEqual(["考评结果!C2 写的是二等，按输入应为一等"]);
    expect(editedCells(plan, { ...cells, rows: [["区财政局", 950, "一等"]] }).map((e) => e.cell)).toEqual(["考评结果!B2"]);
  });
});
