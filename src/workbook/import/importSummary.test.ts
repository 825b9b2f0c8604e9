import type { LocalRange } from "../../engine/address";
import type { Cell } from "../../engine/types";
import { columnField, normalizeHeader } from "./headerAliases";
import type { PlainSheet } from "./plainSheet";
import { readNote } from "./readNote";
import { importSummary } from "./importSummary";

/** A sheet from rows of values (no formulas). */
function sheet(name: string, rows: readonly (readonly Cell[])[], merges: readonly LocalRange[] = []): PlainSheet {
  return { name, rows: rows.map((r) => r.map((value) => (value === null ? undefined : { value, formula: null }))), merges, tables: [] };
}

const HEADER = ["单位", "类别", "职能目标", "共性目标", "公众评议", "领导评价", "综合得分"];
const unitRow = (unit: string, category: string, f: Cell = 580): Cell[] => [unit, category, f, 95, 190, 95, 960];

describe("columnField", () => {
  it.each([
    [null, "单位名称", "unit"],
    [null, "被考评单位", "unit"],
    [null, " 职能\n目标（600分） ", "functional"],
    ["指标考核得分（700分）", "共性", "common"],
    ["满意度评价得分（300分）", "领导满意度", "leader"],
    ["加减分", "创新争优加分", "bonus"],
    ["察访核验", "扣分", "spotCheck"],
    ["领导评价（100分）", "比较满意", "leader.FairlySatisfied"],
    [null, "评定等次", "tier"],
    [null, "联系人", null],
  ])("%s / %s → %s", (group, header, field) => {
    expect(columnField(group, header)).toBe(field);
  });

  it("compares headers without spaces or a bracketed part", () => {
    expect(normalizeHeader("综合得分\n(1000分)")).toBe("综合得分");
  });
});

describe("readNote", () => {
  it.each([
    ["安全生产一票否决", [{ kind: "veto", area: "安全生产", text: "安全生产一票否决" }]],
    ["一票否决", [{ kind: "veto", area: null, text: "一票否决" }]],
    ["市政府通报两次", [{ kind: "notice", count: 2, text: "市政府通报两次" }]],
    [
      "察访核验扣0.5分；已整改",
      [
        { kind: "spotCheck", points: 0.5, text: "察访核验扣0.5分" },
        { kind: "unread", text: "已整改" },
      ],
    ],
  ])("%s", (note, phrases) => {
    expect(readNote(note)).toEqual(phrases);
  });
});

describe("importSummary", () => {
  it("stops at two columns for one field, naming both, and writes no tables", () => {
    const s = sheet("S", [["2025年度汇总"], [...HEADER, "总分"], [...unitRow("甲", "A"), 960]]);
    const result = importSummary([s], {});
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.message.en])).toEqual([
      [
        "IMPORT_COLUMN_AMBIGUOUS",
        "The columns at S!G2, S!H2 all look like the composite, checked against the graded import; which one to use cannot be told. Delete or rename the extra ones and import again.",
      ],
    ]);
  });

  it("takes a weight a column's own header states, and reports it", () => {
    const s = sheet("S", [["2025年度汇总"], ["单位", "类别", "职能目标（500分）", "共性目标", "公众评议", "领导评价"], ["甲", "A", 480, 95, 190, 95]]);
    const result = importSummary([s], {});
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.tables.find((t) => t.name === "Rules")?.rows.find((r) => r[0] === "weight.functional")?.[1]).toBe("500");
    expect(result.tables.find((t) => t.name === "Indicators")?.rows).toEqual([
      ["甲", "职能", "职能目标（500分）", 500, 480],
      ["甲", "共性", "共性目标", 100, 95],
    ]);
    expect(result.findings.filter((f) => f.code === "IMPORT_WEIGHT").map((f) => [f.cell, f.message.zh])).toEqual([
      ["S!C2", "表头“职能目标（500分）”写明满分 500 分，规则 weight.functional 设为 500。"],
    ]);
    expect(result.findings.filter((f) => f.code === "IMPORT_NO_COMPOSITE")).toHaveLength(1);
  });

  it("says when a section row's count differs from the units under it, and when a category column disagrees with it", () => {
    const s = sheet("S", [["2025年度汇总"], HEADER, ["一、经济类（3个）"], unitRow("甲", "经济类"), unitRow("乙", "社会类")]);
    const result = importSummary([s], {});
    expect(result.findings.filter((f) => f.severity === "warning").map((f) => [f.code, f.cell, f.message.en])).toEqual([
      ["IMPORT_CATEGORY_DIFFERS", "S!B5", `乙's category column says "社会类" but it stands under the section "经济类"; the column's value was imported.`],
      ["IMPORT_SECTION_COUNT", "S!A3", `The section row says "经济类" has 3 units; 2 are listed under it, and those 2 were imported. Please check.`],
    ]);
  });

  it("needs a category: a 类别 column or section rows", () => {
    const s = sheet("S", [["2025年度汇总"], ["单位", "职能", "共性", "公众", "领导"], ["甲", 580, 95, 190, 95]]);
    const result = importSummary([s], {});
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["IMPORT_NO_CATEGORY"]);
  });

  it("carries a score that is not a number as it is, and says so at its cell", () => {
    const s = sheet("S", [["2025年度汇总"], HEADER, unitRow("甲", "A", "缺")]);
    const result = importSummary([s], {});
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.tables.find((t) => t.name === "Indicators")?.rows[0]).toEqual(["甲", "职能", "职能目标", 600, "缺"]);
    expect(result.findings.filter((f) => f.code === "IMPORT_VALUE_BAD").map((f) => [f.cell, f.unit])).toEqual([["S!C3", "甲"]]);
  });

  it("says which units' 综合得分 are formulas with no saved result, so cannot be checked", () => {
    const uncomputed = { error: "#UNCOMPUTED" };
    const s = sheet("S", [["2025年度汇总"], HEADER, [...unitRow("甲", "A").slice(0, 6), uncomputed], [...unitRow("乙", "A").slice(0, 6), uncomputed]]);
    const result = importSummary([s], {});
    expect(result.findings.filter((f) => f.code === "IMPORT_COMPOSITE_UNCOMPUTED").map((f) => [f.cell, f.message.en.slice(0, 60)])).toEqual([
      ["S!G3", "The composite of 甲, 乙 is a formula with no saved result (the"],
    ]);
  });

  it("imports votes, not the score beside them, and says the score column is only checked", () => {
    const rows: Cell[][] = [
      ["2025年度汇总"],
      ["单位", "类别", "职能", "共性", "公众评议", null, null, null, "公众评议得分", "领导评价"],
      [null, null, null, null, "满意", "比较满意", "基本满意", "不满意"],
      ["甲", "A", 580, 95, 40, 5, 5, 0, 188, 95],
    ];
    const merges = [{ row: 2, column: 5, lastRow: 2, lastColumn: 8 }];
    const result = importSummary([sheet("S", rows, merges)], {});
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.findings.filter((f) => f.code === "IMPORT_COLUMN_IGNORED").map((f) => [f.cell, f.message.en])).toEqual([
      ["S!I2:I3", 'Column "公众评议得分" not imported: the vote counts give this score; the column is only checked'],
    ]);
    expect(result.tables.find((t) => t.name === "Survey")?.rows).toEqual([["甲", "公众评议", 40, 5, 5, 0, null]]);
    expect(result.tables.find((t) => t.name === "Satisfaction")?.rows).toEqual([["甲", null, 95]]);
  });

  it("lets the 扣分 column decide: notes that count notices give the reason, and where they disagree it says so", () => {
    const header = [...HEADER, "扣分", "备注"];
    const rows: Cell[][] = [["2025年度汇总"], header, [...unitRow("甲", "A"), 4, "通报2次"], [...unitRow("乙", "A"), null, "市政府通报1次"]];
    const result = importSummary([sheet("S", rows)], {});
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.tables.find((t) => t.name === "Penalties")?.rows).toEqual([["甲", "通报2次", 2]]);
    expect(result.findings.filter((f) => f.code === "IMPORT_PENALTY_NOTE_DIFFERS").map((f) => [f.cell, f.message.en])).toEqual([
      ["S!I4", `乙's note "市政府通报1次" disagrees with its deduction column (0 items); the column was imported. Please check.`],
    ]);
  });

  it("reads a two-row header unmerged by hand: the group over its first column stands over the columns after it", () => {
    const rows: Cell[][] = [
      ["2025年度汇总"],
      ["单位", "类别", "指标考核得分", null, "公众评议", null, null, null, "领导评价", "综合得分"],
      [null, null, "职能", "共性", "满意", "比较满意", "基本满意", "不满意", null],
      ["甲", "A", 580, 95, 40, 5, 5, 0, 95, 959],
    ];
    const result = importSummary([sheet("S", rows)], {});
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.findings.filter((f) => f.code === "IMPORT_COLUMN_MAPPED").map((f) => f.message.en.replace(/ → .*/, ""))).toEqual([
      'Column "单位"',
      'Column "类别"',
      'Column "指标考核得分 / 职能"',
      'Column "指标考核得分 / 共性"',
      'Column "公众评议 / 满意"',
      'Column "公众评议 / 比较满意"',
      'Column "公众评议 / 基本满意"',
      'Column "公众评议 / 不满意"',
      'Column "领导评价"',
      'Column "综合得分"',
    ]);
    expect(result.tables.find((t) => t.name === "Survey")?.rows).toEqual([["甲", "公众评议", 40, 5, 5, 0, null]]);
  });

  it("names the sheets when --sheet names none of them", () => {
    const result = importSummary([sheet("汇总", [HEADER])], { sheet: "2024" });
    expect(result.findings.map((f) => f.message.zh)).toEqual(["工作簿中没有工作表“2024”；工作表有：“汇总”。"]);
  });

  it("reads a merged two-row header: the group over its columns, a vertically merged header as one", () => {
    const rows: Cell[][] = [
      ["2025年度汇总"],
      ["单位名称", "类别", "指标考核得分（700分）", null, "满意度评价得分（300分）", null, "综合得分"],
      [null, null, "职能", "共性", "公众评议", "领导评价"],
      unitRow("甲", "A"),
    ];
    const merges = [
      { row: 2, column: 1, lastRow: 3, lastColumn: 1 },
      { row: 2, column: 2, lastRow: 3, lastColumn: 2 },
      { row: 2, column: 3, lastRow: 2, lastColumn: 4 },
      { row: 2, column: 5, lastRow: 2, lastColumn: 6 },
      { row: 2, column: 7, lastRow: 3, lastColumn: 7 },
    ];
    const result = importSummary([sheet("S", rows, merges)], {});
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.findings.filter((f) => f.code === "IMPORT_COLUMN_MAPPED").map((f) => f.cell)).toEqual([
      "S!A2:A3",
      "S!B2:B3",
      "S!C2:C3",
      "S!D2:D3",
      "S!E2:E3",
      "S!F2:F3",
      "S!G2:G3",
    ]);
    expect(result.tables.find((t) => t.name === "Satisfaction")?.rows).toEqual([["甲", 190, 95]]);
    expect(result.expected).toEqual([
      {
        unit: "甲",
        cell: "S!A4",
        composite: 960,
        tier: null,
        parts: { functional: 580, common: 95, public: 190, leader: 95, bonus: null, penalty: null, spotCheck: null },
      },
    ]);
  });
});
