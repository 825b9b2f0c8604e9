/**
 * Messages that name the cause (issue 20, SPEC section 5): one diagnostic
 * for one cause, with its exact text in Chinese and English. The workbooks
 * are the base workbook of the diagnostics tests (./base.ts) after the
 * change each case makes: Units 考评对象 at A1, Indicators 指标 at B3,
 * Satisfaction 满意度 at A1, Rules 规则 at A1.
 */
import { grade } from "../../src/engine/grade";
import { closestName } from "../../src/engine/closestName";
import { readDate } from "../../src/engine/cells";
import type { Diagnostic, DiagnosticCode, TableGrid, WorkbookInput } from "../../src/engine/types";
import { table } from "./workbook";
import { base, build, variant, UNITS, type Base } from "./base";

const [A] = UNITS;
const PERIOD = [
  ["Key", "Value"],
  ["period.start", "2016-01-01"],
  ["period.end", "2016-12-31"],
];

/** The base workbook with the 2016 period set (so RULES_DEFAULT_PERIOD stays out of the cases that are not about it). */
function withPeriod(change: (b: Base) => void = () => {}): WorkbookInput {
  return variant((b) => {
    b.rules = PERIOD.map((r) => [...r]);
    change(b);
  });
}

/** The same workbook with one table renamed, as a user names it. */
const renamed = (input: WorkbookInput, from: string, to: string): WorkbookInput => ({
  ...input,
  tables: input.tables.map((t) => (t.name === from ? { ...t, name: to } : t)),
});

const of = (input: WorkbookInput, code: DiagnosticCode): Diagnostic[] => grade(input).diagnostics.filter((d) => d.code === code);
const codes = (input: WorkbookInput): DiagnosticCode[] => grade(input).diagnostics.map((d) => d.code);

describe("HEADER_BLANK: one diagnostic at the blank header, naming the columns then missing", () => {
  // A merged 满意度评价 header over 公众/领导 left the Leader header blank: the scores are there.
  const blankLeader = renamed(
    withPeriod((b) => void (b.satisfaction[0] = ["单位", "公众评议", null])),
    "Satisfaction",
    "满意度评价",
  );

  it("instead of one SATISFACTION_MISSING per unit", () => {
    const result = grade(blankLeader);
    expect(result.diagnostics.map((d) => [d.code, d.cell])).toEqual([["HEADER_BLANK", "满意度!C1"]]);
    expect(result.resultsWithheld).toBe(true);
    const [d] = result.diagnostics;
    expect(d.message.zh).toBe(
      "表格“满意度评价”的这个列标题为空（常见于合并单元格的表头），该列下的数据无法读取，表格因此缺少列“领导评价”。在修正前不读取该表格，也不逐行报告由此缺少的数据。请在此单元格填写列标题（如“领导评价”）；合并的表头请取消合并，只保留一行列标题。",
    );
    expect(d.message.en).toBe(
      'A header cell of table "满意度评价" (Satisfaction) is blank (often a merged header), so the data under it cannot be read and the table lacks "Leader". The table is not read until this is fixed, and what it lacks is not reported row by row. Type the column\'s header in this cell (such as "Leader"); unmerge a merged header and keep one header row.',
    );
  });

  it("names the required columns it leaves missing instead of a COLUMN_MISSING each, and takes Excel's 列1 for a blank header", () => {
    const input = withPeriod((b) => void (b.units[0] = ["列1", "Category", "Assessed"]));
    const result = grade(input);
    expect(result.diagnostics.map((d) => [d.code, d.cell])).toEqual([["HEADER_BLANK", "考评对象!A1"]]);
    expect(result.diagnostics[0].message.zh).toContain("表格“Units”（考评对象）的这个列标题为空");
    expect(result.diagnostics[0].message.zh).toContain("表格因此缺少列“单位”");
    expect(result.diagnostics[0].message.en).toContain('the table lacks "Unit"');
  });

  it("is not raised for a blank header over an empty column (a spare column, only COLUMN_UNKNOWN)", () => {
    const input = withPeriod((b) => {
      b.satisfaction = b.satisfaction.map((r) => [...r, null]);
    });
    const result = grade(input);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === "COLUMN_UNKNOWN").map((d) => d.cell)).toEqual(["满意度!D1"]);
  });
});

describe("ROWS_OUTSIDE_TABLE: one warning for the block, no UNIT_UNKNOWN for the units in it", () => {
  /** Units with 区新局 typed one blank row under it (a paste after a gap): its Indicators and Satisfaction rows are there. */
  function typedUnder(): WorkbookInput {
    const input = withPeriod((b) => {
      b.indicators.push(["区新局", "functional", "core", "职能1", 600, 500, null, null, null], ["区新局", "common", null, "共性", 100, 90, null, null, null]);
      b.satisfaction.push(["区新局", 180, 90]);
    });
    return {
      tables: input.tables.map((t): TableGrid =>
        t.name === "Units"
          ? {
              ...t,
              name: "考评对象",
              beside: {
                belowRow: 5,
                below: [
                  [null, null, null],
                  ["区新局", "经济类", null],
                ],
                right: [],
              },
            }
          : t,
      ),
    };
  }

  it("says which rows, that they are not read and how to extend the table", () => {
    const result = grade(typedUnder());
    expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.code, d.cell])).toEqual([["ROWS_OUTSIDE_TABLE", "考评对象!A6:C6"]]);
    const [d] = of(typedUnder(), "ROWS_OUTSIDE_TABLE");
    expect(d.message.zh).toBe(
      "表格“考评对象”下方紧接着的第 6 行（A6:C6）有内容，但不在表格范围内，Appraise 不读取这些行（其中有单位 区新局，它们不算作考评对象，其他表格中这些单位的行也不读取）。如果它们属于该表格，请扩展表格：在 Excel 中拖动表格右下角的调整手柄，或选中表格后用“表设计 > 调整表格大小”；在 WPS 表格中用“表格工具 > 调整表格大小”。如果不属于，请把它们移开，不要紧挨着表格。",
    );
    expect(d.message.en).toBe(
      "Row 6 directly under table \"考评对象\" (Units) (A6:C6) is not part of it, so Appraise does not read it (they name 区新局: these are not in Units, and the other tables' rows of them are not read either). If it belongs to the table, extend it: drag the resize handle at the table's bottom-right corner, or select the table and use Table Design > Resize Table (in WPS Spreadsheets, Table Tools > Resize Table). If not, move it away from the table.",
    );
    expect(of(typedUnder(), "UNIT_UNKNOWN")).toEqual([]);
    expect(result.units.map((u) => u.unit)).toEqual([...UNITS]);
  });

  it("is not raised for cells of another table, nor for rows two blank rows down", () => {
    const input = withPeriod();
    const units = input.tables.find((t) => t.name === "Units") as TableGrid;
    const below: TableGrid = table(
      "Vetoes",
      "考评对象",
      [
        ["Unit", "Area", "Reason"],
        [A, "安全生产", "事故"],
      ],
      { row: 5, column: 1 },
    );
    const beside = {
      belowRow: 5,
      below: [
        ["Unit", "Area", "Reason"],
        [A, "安全生产", "事故"],
      ],
      right: [],
    };
    const far = { belowRow: 5, below: [[null], [null], ["注：以上为 2016 年名单"]], right: [] };
    const rest = input.tables.filter((t) => t !== units);
    expect(codes({ tables: [{ ...units, beside }, below, ...rest] })).not.toContain("ROWS_OUTSIDE_TABLE");
    expect(codes({ tables: [{ ...units, beside: far }, ...rest] })).not.toContain("ROWS_OUTSIDE_TABLE");
  });
});

describe("RULES_DEFAULT_PERIOD: the 2016 plan's period in force, and the keys to set", () => {
  it("without a Rules table", () => {
    const [d] = of(build(base()), "RULES_DEFAULT_PERIOD");
    expect([d.severity, d.cell]).toEqual(["warning", null]);
    expect(d.message.zh).toBe(
      "工作簿没有考评规则表，因此按 2016 年度方案的考评期 2016-01-01～2016-12-31 和截止日期（指标调整备案截止 2016-11-25）评定，考评通报的标题也按 2016 年度。如果这不是 2016 年度的考评，请在考评规则表（“参数”“值”两列）中设置 period.start、period.end 和 deadline.adjustment，需要时还有 feedback.date 和 report.title。",
    );
    expect(d.message.en).toBe(
      "The workbook has no Rules table, so the 2016 plan's period 2016-01-01 to 2016-12-31 and deadlines (indicator adjustments by 2016-11-25) are in force, and the notice is titled for 2016. If this is not the 2016 appraisal, set period.start, period.end and deadline.adjustment in the Rules table (columns Key and Value), and feedback.date and report.title where needed.",
    );
  });

  it("with a Rules table that sets no period key, at its header; none once a period key is set", () => {
    const [d] = of(
      variant(
        (b) =>
          void (b.rules = [
            ["Key", "Value"],
            ["bonus.cap", "10"],
          ]),
      ),
      "RULES_DEFAULT_PERIOD",
    );
    expect(d.cell).toBe("规则!A1:B1");
    expect(d.message.zh.startsWith("考评规则表没有设置 period.start 和 period.end，因此按 2016 年度方案的考评期")).toBe(true);
    expect(d.message.en.startsWith("The Rules table sets neither period.start nor period.end, so the 2016 plan's period")).toBe(true);
    expect(of(withPeriod(), "RULES_DEFAULT_PERIOD")).toEqual([]);
  });
});

describe("BONUS_DEFAULT_MULTIPLIER: a blank 倍数 counted at bonus.multiplier, said", () => {
  const bonuses = (multiplier: number | null): WorkbookInput =>
    withPeriod((b) =>
      b.extra.push(
        table("Bonuses", "加分", [
          ["Unit", "Item", "Kind", "ApprovedPoints", "Multiplier"],
          [A, "先进单位", "表彰奖励", 1.5, multiplier],
        ]),
      ),
    );

  it("at the blank Multiplier cell, with the points it gave", () => {
    const result = grade(bonuses(null));
    const [d] = result.diagnostics.filter((x) => x.code === "BONUS_DEFAULT_MULTIPLIER");
    expect([d.severity, d.cell, d.unit]).toEqual(["info", "加分!E2", A]);
    expect(d.message.zh).toBe("单位“区发改局”的“倍数”为空，市审核加分 1.5 按规则 bonus.multiplier 的 2 倍计 3 分。如果 1.5 已是最终加分，请在“倍数”中填 1。");
    expect(d.message.en).toBe(
      'Unit "区发改局": the Multiplier is blank, so the approved points 1.5 count at bonus.multiplier 2: 3 points. If 1.5 is already the final bonus, enter 1 as the Multiplier.',
    );
    expect(result.units.find((u) => u.unit === A)?.bonus).toBe("3.00");
  });

  it("not when the Multiplier is given", () => {
    expect(of(bonuses(1), "BONUS_DEFAULT_MULTIPLIER")).toEqual([]);
  });
});

describe("COLUMN_MISSING: the near-miss header suggested, the table named as the user named it", () => {
  it("单位名称 for 单位, in 考评对象 (not Units)", () => {
    const input = renamed(
      withPeriod((b) => void (b.units[0] = ["单位名称", "类别", "参加考评"])),
      "Units",
      "考评对象",
    );
    const [d] = of(input, "COLUMN_MISSING");
    expect(d.message.zh).toBe("表格“考评对象”缺少必需的列“单位”。列“单位名称”是不是它？如果是，请把该列标题改为“单位”。");
    expect(d.message.en).toBe(
      'Table "考评对象" (Units) lacks the required column "Unit" (单位). Is the column "单位名称" meant to be it? If so, rename its header to "Unit" or "单位".',
    );
  });

  it("suggests nothing when no header is near", () => {
    const input = withPeriod((b) => void (b.units[0] = ["部门", "Category", "Assessed"]));
    const [d] = of(input, "COLUMN_MISSING");
    expect(d.message.zh).toBe("表格“Units”（考评对象）缺少必需的列“单位”。请添加列标题为“单位”的列。");
    expect(d.message.en).toBe('Table "Units" lacks the required column "Unit" (单位). Add a column headed "Unit" or "单位".');
  });
});

describe("TABLE_MISSING: table-like data in plain cells named, with appraise import", () => {
  const units = (): TableGrid =>
    table("Units", "考评对象", [
      ["Unit", "Category"],
      [A, "经济类"],
    ]);

  it("names the sheet and range of the biggest block of plain data", () => {
    const input: WorkbookInput = {
      tables: [units()],
      sheets: [
        { sheet: "封面", used: { row: 1, column: 1, lastRow: 1, lastColumn: 3 } },
        { sheet: "2025年汇总", used: { row: 1, column: 1, lastRow: 20, lastColumn: 9 } },
        { sheet: "空表", used: null },
      ],
    };
    const [d] = of(input, "TABLE_MISSING");
    expect(d.cell).toBe("'2025年汇总'!A1:I20");
    expect(d.message.zh).toBe(
      "缺少必需的表格“指标考核”（Indicators）。工作表“2025年汇总”的 A1:I20 有像表格的数据，但那是普通单元格，不是表格。像往年汇总表那样的工作表可以用 appraise import 转换成 Appraise 的各个表格；或者选中这些单元格，用“插入 > 表格”建立表格（只保留一行列标题），并在“表设计 > 表名称”中命名为“指标考核”。",
    );
    expect(d.message.en).toBe(
      'The required table "Indicators" (指标考核) is missing. Sheet "2025年汇总" has table-like data in A1:I20, but in plain cells, not in a table. A summary sheet like last year\'s can be turned into Appraise\'s tables with appraise import; or select those cells, create a table with Insert > Table (one header row), and name it "Indicators" under Table Design > Table Name.',
    );
  });

  it("says how to create and name the table when there is no plain data", () => {
    const [d] = of({ tables: [units()], sheets: [{ sheet: "封面", used: { row: 1, column: 1, lastRow: 1, lastColumn: 3 } }] }, "TABLE_MISSING");
    expect(d.cell).toBeNull();
    expect(d.message.zh).toBe(
      "缺少必需的表格“指标考核”（Indicators）。请选中数据区域，用“插入 > 表格”建立表格（只保留一行列标题），并在“表设计 > 表名称”中命名为“指标考核”。",
    );
    expect(d.message.en).toBe(
      'The required table "Indicators" (指标考核) is missing. Select the data, create a table with Insert > Table (one header row), and name it "Indicators" under Table Design > Table Name.',
    );
  });
});

describe("closest-name suggestions ignore spaces and full-width forms", () => {
  it("区 发 改 局 suggests 区发改局, not 区交通局", () => {
    const input = withPeriod((b) => {
      b.units.push(["区交通局", "经济类", "否"]);
      b.satisfaction.push(["区 发 改 局", 180, 90]);
    });
    const [d] = of(input, "UNIT_UNKNOWN");
    expect(d.message.zh).toBe("单位“区 发 改 局”不在考评对象表中，是否是“区发改局”？该行已忽略。");
    expect(d.message.en).toBe('Unit "区 发 改 局" is not in Units (did you mean "区发改局"?); the row is ignored.');
  });

  it.each([
    ["区\u3000发\u3000改\u3000局", "区发改局"],
    ["ＡＢＣ局", "ABC局"],
    ["区财正局", "区财政局"],
  ])("%s → %s", (name, expected) => {
    expect(closestName(name, ["区交通局", "区发改局", "ABC局", "区财政局"])).toBe(expected);
  });
});

describe("every row named in a message is a sheet row", () => {
  it("UNIT_DUPLICATE: first listed on data row 6, which is sheet row 7", () => {
    const input = withPeriod((b) => {
      const [header, ...rows] = b.units;
      const others = ["区甲", "区乙", "区丙", "区丁", "区戊"].map((u) => [u, "经济类", "否"]);
      b.units = [header, ...others, ...rows, [A, "经济类", null]];
    });
    const [d] = of(input, "UNIT_DUPLICATE");
    expect([d.row, d.cell]).toEqual([9, "考评对象!A10"]);
    expect(d.message.zh).toBe("单位“区发改局”在考评对象表中重复出现（首次在第 7 行），该单位不予评定。");
    expect(d.message.en).toBe('Unit "区发改局" is listed twice in Units (first on row 7); it is not graded.');
  });

  it("SATISFACTION_DUPLICATE: the first row as the sheet shows it", () => {
    const input = withPeriod((b) => void b.satisfaction.push([A, 170, 80]));
    const d = of(input, "SATISFACTION_DUPLICATE").find((x) => x.column === "Public") as Diagnostic;
    expect(d.cell).toBe("满意度!B5");
    expect(d.message.zh).toBe("单位“区发改局”的公众评议得分出现多次（首次在第 2 行）。");
    expect(d.message.en).toBe('Unit "区发改局" has more than one public score (first on row 2).');
  });
});

describe("2026.5.10 is a date", () => {
  it.each(["2026.5.10", "2026.05.10", "２０２６．５．１０"])("readDate(%s) is 2026-05-10", (text) => {
    expect(readDate(text)).toEqual({ ok: true, value: expect.objectContaining({ iso: "2026-05-10" }) });
  });

  it("in a Penalties date and in the Rules' period", () => {
    const input = variant((b) => {
      b.rules = [
        ["Key", "Value"],
        ["period.start", "2026.1.1"],
        ["period.end", "2026.12.31"],
      ];
      b.extra.push(
        table("Penalties", "扣分", [
          ["Unit", "Date", "Reason", "Count"],
          [A, "2026.5.10", "通报", 1],
        ]),
      );
    });
    const result = grade(input);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.rules["period.start"]).toBe("2026-01-01");
    expect(result.units.find((u) => u.unit === A)?.penalty).toBe("2.00");
  });
});
