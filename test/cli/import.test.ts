/**
 * `appraise import` (SPEC section 9) on last year's summary as offices keep
 * it, each layout written here by XlsxWriter or openpyxl (Debian's
 * python3-xlsxwriter and python3-openpyxl), the way a program other than
 * Appraise writes it: plain cells, merged headers, formulas.
 *
 * - (a) the layout: a title, a 填报单位 line, a two-row merged header
 *   (指标考核得分（700分） over 职能/共性, 满意度评价得分（300分） over 公众评议/领导评价),
 *   section rows "一、经济管理类（6个）", 小计 rows of SUBTOTAL formulas, a 合计
 *   row, 备注 notes, an 审核人/制表人 footer (XlsxWriter, formulas cached);
 * - (b) one header row and a 类别 column, other wordings of the headers, a
 *   deduction that is no whole number of notices, and one unit whose 总分 is
 *   not the sum of its parts (openpyxl);
 * - (c) raw survey votes under 公众评议 and 领导评价, sections numbered
 *   "（一）", a spot-check deduction only in a note (XlsxWriter).
 *
 * Each is imported, the import graded with `appraise score`, and every
 * unit's composite and tier compared with the sheet's own 综合得分 and 等次,
 * which are computed here by the rules of SPEC section 3 and 4.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { VETO_AREAS } from "../../src/engine/tables";
import { buildTemplateGuide, buildTemplatePlan } from "../../src/workbook/template";
import { readBack, runCli, sheetValues, tempDir } from "../helpers/cli";
import { describeWith, findPython, runPython } from "../helpers/external";
import { layoutA, UNITS_A, UNITS_A2, written, type SheetSpec, type Spec, type UnitSpec, type Value } from "../helpers/summaryLayoutA";

const PYTHON = findPython(["xlsxwriter", "openpyxl"]);
const WRITER = fs.readFileSync(path.join(__dirname, "../writers/summary_sheet.py"), "utf8");

interface Finding {
  readonly severity: string;
  readonly code: string;
  readonly cell: string | null;
  readonly unit: string | null;
  readonly message: { readonly zh: string; readonly en: string };
}
interface ImportJson {
  readonly sheet: string | null;
  readonly year: number | null;
  readonly out: string | null;
  readonly findings: readonly Finding[];
}

/** Layout (a)'s sheet as an address gives it: quoted, since its name starts with a digit. */
const S = "'2025年汇总'";

let dir: string;
beforeAll(() => {
  dir = tempDir("appraise-import-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes the sheets with the given Python library into `dir/file`. */
function writeLayout(lib: "xlsxwriter" | "openpyxl", file: string, sheets: readonly SheetSpec[]): string {
  const spec = {
    sheets: sheets.map((s) => ({
      name: s.name,
      merges: s.merges,
      widths: { B: 18 },
      cells: s.rows.flatMap((row, r) =>
        row.flatMap((c, i) => (c === null ? [] : typeof c === "object" ? [[r + 1, i + 1, c.v, `=${c.f}`]] : [[r + 1, i + 1, c, null]])),
      ),
    })),
  };
  const json = path.join(dir, `${file}.json`);
  fs.writeFileSync(json, JSON.stringify(spec));
  runPython(PYTHON as string, WRITER, [lib, json, path.join(dir, file)]);
  return file;
}

async function importJson(args: readonly string[]): Promise<{ code: number; report: ImportJson; stderr: string }> {
  const run = await runCli(["import", ...args, "--json", "-"], dir);
  return { code: run.code, report: JSON.parse(run.stdout) as ImportJson, stderr: run.stderr };
}

async function score(file: string): Promise<JsonReport> {
  const run = await runCli(["score", file, "--json", "-", "--out", `${file}.graded.xlsx`, "--force"], dir);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
}

const TIER_ZH: Readonly<Record<string, string>> = { first: "一等", second: "二等", third: "三等", unqualified: "不合格" };

/** Every unit graded as the sheet says, except the ones named (which must differ). */
function expectSheetNumbers(report: JsonReport, units: readonly UnitSpec[], differing: readonly string[] = []): void {
  expect(report.units.map((u) => u.unit).sort()).toEqual(units.map((u) => u.unit).sort());
  for (const u of units) {
    const got = report.units.find((x) => x.unit === u.unit);
    const mine = { unit: u.unit, composite: got?.composite, tier: got?.tier === null || got?.tier === undefined ? null : TIER_ZH[got.tier] };
    const sheet = { unit: u.unit, composite: written(u), tier: u.tier.replace(/（.*$/, "") };
    if (differing.includes(u.unit)) expect(mine).not.toEqual(sheet);
    else expect(mine).toEqual(sheet);
  }
}

const codes = (r: ImportJson, code: string): Finding[] => r.findings.filter((f) => f.code === code);

// Layout (b). 党群类, 3 units: 1/2/0 (1.2, 1.5, 0.3 → 1/1/0, the place left to second's 0.5). 区委办 960 first;
// 区委组织部 954 and 区委宣传部 942 second. 政法类, 4 units: 2/2/0 (1.6, 2, 0.4 → 1/2/0, the place left to first's
// 0.6). 区法院 969, 区检察院 962 first; 区公安分局 951 and 区司法局 936 second. 区公安分局's 总分 is written 955, a
// typo: the sum of its parts is 951. 区司法局's 3 points deducted are no whole number of 2-point notices.
const UNITS_B: readonly (UnitSpec & { readonly category: string })[] = [
  { unit: "区委办", category: "党群类", functional: 580, common: 95, public: 190, leader: 95, tier: "一等" },
  { unit: "区委组织部", category: "党群类", functional: 575, common: 94, public: 188, leader: 94, bonus: 3, note: "创新争优：智慧党建", tier: "二等" },
  { unit: "区委宣传部", category: "党群类", functional: 570, common: 93, public: 186, leader: 93, tier: "二等" },
  { unit: "区法院", category: "政法类", functional: 585, common: 96, public: 192, leader: 96, tier: "一等" },
  { unit: "区检察院", category: "政法类", functional: 582, common: 95, public: 190, leader: 95, tier: "一等" },
  { unit: "区公安分局", category: "政法类", functional: 575, common: 94, public: 188, leader: 94, tier: "二等", writtenComposite: 955 },
  { unit: "区司法局", category: "政法类", functional: 570, common: 92, public: 185, leader: 92, penalty: 3, note: "信访问题", tier: "二等" },
];

function layoutB(): SheetSpec {
  const header = ["序号", "单位", "类别", "职能指标", "共性指标", "公众满意度", "领导满意度", "创新争优加分", "通报扣分", "总分", "评定等次", "联系人", "备注"];
  const rows: Spec[][] = [
    ["区直机关绩效考评汇总"],
    header,
    ...UNITS_B.map((u, i) => [
      i + 1,
      u.unit,
      u.category,
      u.functional,
      u.common,
      u.public,
      u.leader,
      u.bonus ?? null,
      u.penalty === undefined ? null : -u.penalty,
      written(u),
      u.tier,
      "王五",
      u.note ?? null,
    ]),
    [null, "合计", null, { f: "SUM(D3:D9)", v: null }],
    [],
    ["制表人：王五", null, null, "审核人：赵六"],
  ];
  return { name: "Sheet1", rows, merges: ["A1:M1"] };
}

// Layout (c). 综合类, 4 units: 2/2/0. Public points from votes (满意 1, 比较满意 0.8, 基本满意 0.6, 不满意 0;
// 不了解 left out) × 200, leader × 100: 区应急局 196 + 100 → 984, 区住建局 188 + 98 → 968 first; 区交通局 184 + 96
// − 1 (a spot check, only in the note) → 955, 区水利局 176 + 92 → 938 second.
const VOTES_C: Readonly<Record<string, { pub: readonly number[]; lead: readonly number[] }>> = {
  区应急局: { pub: [45, 5, 0, 0, 2], lead: [30, 0, 0, 0] },
  区住建局: { pub: [40, 5, 5, 0, 3], lead: [27, 3, 0, 0] },
  区交通局: { pub: [35, 10, 5, 0, 0], lead: [24, 6, 0, 0] },
  区水利局: { pub: [30, 10, 10, 0, 5], lead: [21, 6, 3, 0] },
};
const UNITS_C: readonly UnitSpec[] = [
  { unit: "区应急局", functional: 590, common: 98, public: 196, leader: 100, tier: "一等" },
  { unit: "区住建局", functional: 585, common: 97, public: 188, leader: 98, tier: "一等" },
  { unit: "区交通局", functional: 580, common: 96, public: 184, leader: 96, spotCheck: 1, note: "察访核验扣1分", tier: "二等" },
  { unit: "区水利局", functional: 575, common: 95, public: 176, leader: 92, tier: "二等" },
];

function layoutC(): SheetSpec {
  const votes = ["满意", "比较满意", "基本满意", "不满意"];
  const rows: Spec[][] = [
    ["2025年度绩效考评得分汇总（含满意度测评票数）"],
    [
      "序号",
      "被考评单位",
      "职能目标（600分）",
      "共性目标（100分）",
      "公众评议（200分）",
      null,
      null,
      null,
      null,
      "领导评价（100分）",
      null,
      null,
      null,
      "综合得分",
      "等次",
      "备注",
    ],
    [null, null, null, null, ...votes, "不了解", ...votes],
    ["（一）综合类（4个）"],
    ...UNITS_C.map((u, i) => [i + 1, u.unit, u.functional, u.common, ...VOTES_C[u.unit].pub, ...VOTES_C[u.unit].lead, written(u), u.tier, u.note ?? null]),
    ["制表人：孙七"],
  ];
  const merges = ["A1:P1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2", "J2:M2", "N2:N3", "O2:O3", "P2:P3", "A4:P4"];
  return { name: "汇总", rows, merges };
}

describeWith("python3-xlsxwriter and python3-openpyxl", PYTHON !== null, "apt-get install -y python3-xlsxwriter python3-openpyxl", "appraise import", () => {
  it("(a) imports the merged two-row layout with sections, subtotals, notes and footer; graded, every unit has the sheet's composite and tier", async () => {
    const old = writeLayout("xlsxwriter", "a.xlsx", [layoutA()]);
    const { code, report } = await importJson([old, "--out", "a-new.xlsx"]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ sheet: "2025年汇总", year: 2025, out: "a-new.xlsx" });
    // Every skipped row by its sheet row: title, 填报单位 line, the two header rows, two 小计, the 合计, the footer.
    const skipped = codes(report, "IMPORT_ROW_SKIPPED").map((f) => f.cell);
    expect(skipped).toEqual([S + "!A1", S + "!A2", S + "!A3", S + "!A4", S + "!A12", S + "!A19", S + "!A20", S + "!A21"]);
    expect(codes(report, "IMPORT_ROW_SKIPPED")[4].message).toEqual({
      zh: "第 12 行是小计行，未导入：“小计 3425.5 560 1113.25 560 9 4 5663.75”",
      en: "Row 12 is a subtotal row, not imported: “小计 3425.5 560 1113.25 560 9 4 5663.75”",
    });
    expect(codes(report, "IMPORT_ROW_SKIPPED")[6].message.en).toMatch(/^Row 20 is a total row/);
    expect(codes(report, "IMPORT_ROW_SKIPPED")[7].message.zh).toMatch(/^第 21 行是表尾行，未导入：“审核人：张三 制表人：李四”/);
    expect(codes(report, "IMPORT_SECTION").map((f) => [f.cell, f.message.en])).toEqual([
      [S + "!A5", 'Row 5 is a section row: the units below are in the category "经济管理类".'],
      [S + "!A13", 'Row 13 is a section row: the units below are in the category "社会管理类".'],
    ]);
    // Each column mapped, at its header cells.
    const mapped = codes(report, "IMPORT_COLUMN_MAPPED").map((f) => f.cell);
    expect(mapped).toEqual([
      S + "!B3:B4",
      S + "!C3:C4",
      S + "!D3:D4",
      S + "!E3:E4",
      S + "!F3:F4",
      S + "!G3:G4",
      S + "!H3:H4",
      S + "!I3:I4",
      S + "!J3:J4",
      S + "!K3:K4",
    ]);
    expect(codes(report, "IMPORT_COLUMN_MAPPED")[1].message.zh).toBe("列“指标考核得分（700分） / 职能” → 指标考核：每个单位一行职能指标的“得分”");
    expect(codes(report, "IMPORT_COLUMN_IGNORED").map((f) => [f.cell, f.message.en])).toEqual([
      [S + "!A3:A4", 'Column "序号" not imported: an ordinal, not imported'],
    ]);
    // The note not understood, at its cell, in both languages.
    expect(codes(report, "IMPORT_NOTE_UNREAD")).toEqual([
      {
        severity: "warning",
        code: "IMPORT_NOTE_UNREAD",
        cell: S + "!K7",
        unit: "区财政局",
        message: {
          zh: "区财政局 的备注“已整改到位”无法识别，未导入。如果它影响得分或等次（一票否决、通报、察访核验扣分），请在导入的工作簿的相应表格中补上。",
          en: '区财政局\'s note "已整改到位" was not understood and not imported. If it changes a score or tier (a veto, a notice, a spot-check deduction), add it to the matching table of the imported workbook.',
        },
      },
    ]);
    expect(codes(report, "IMPORT_NOTE_READ").map((f) => [f.cell, f.message.zh])).toContainEqual([
      S + "!K8",
      "区商务局 的备注“安全生产一票否决” → 一票否决（领域：安全生产）",
    ]);
    expect(codes(report, "IMPORT_AGREES").map((f) => f.message.en)).toEqual(["Graded after import: all 11 units have the sheet's own composite and tier."]);

    const graded = await score("a-new.xlsx");
    expectSheetNumbers(graded, [...UNITS_A, ...UNITS_A2]);
    expect(graded.units.find((u) => u.unit === "区商务局")).toMatchObject({ vetoed: true, category: "经济管理类" });
    // The notice is the year's, not 2016's; no rule or multiplier left to its default.
    expect(graded.rules["period.start"]).toBe("2025-01-01");
    // 指标考核得分（700分） is the group's total, not the functional weight.
    expect([graded.rules["weight.functional"], graded.rules["weight.common"], graded.rules["weight.public"]]).toEqual(["600", "100", "200"]);
    expect(codes(report, "IMPORT_WEIGHT")).toEqual([]);
    expect(graded.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual([]);
  }, 60_000);

  it("(b) imports one header row with a 类别 column; names the unit whose 总分 is not the sum of its parts, and why", async () => {
    const old = writeLayout("openpyxl", "b.xlsx", [layoutB()]);
    // No year in the title: the import says so and writes nothing.
    const noYear = await importJson([old, "--out", "b-new.xlsx"]);
    expect(noYear.code).toBe(2);
    expect(codes(noYear.report, "IMPORT_YEAR_MISSING").map((f) => f.message.en)).toEqual([
      'The appraisal year cannot be told: no title names one (such as "2025年度"). Give it with --year, e.g. --year 2025.',
    ]);
    expect(fs.existsSync(path.join(dir, "b-new.xlsx"))).toBe(false);

    const { code, report } = await importJson([old, "--out", "b-new.xlsx", "--year", "2024"]);
    expect(code).toBe(0);
    expect(codes(report, "IMPORT_ROW_SKIPPED").map((f) => [f.cell, f.message.en.slice(0, 22)])).toEqual([
      ["Sheet1!A1", "Row 1 is a title row, "],
      ["Sheet1!A2", "Row 2 is a header row,"],
      ["Sheet1!A10", "Row 10 is a total row,"],
      ["Sheet1!A12", "Row 12 is a footer row"],
    ]);
    expect(codes(report, "IMPORT_COLUMN_UNKNOWN").map((f) => [f.cell, f.severity])).toEqual([["Sheet1!L2", "warning"]]);
    expect(codes(report, "IMPORT_PENALTY_FRACTION").map((f) => [f.cell, f.unit])).toEqual([["Sheet1!I9", "区司法局"]]);
    expect(codes(report, "IMPORT_NOTE_UNREAD").map((f) => [f.cell, f.message.zh.slice(0, 18)])).toEqual([["Sheet1!M9", "区司法局 的备注“信访问题”无法识别"]]);
    expect(codes(report, "IMPORT_DIFFERS")).toEqual([
      {
        severity: "warning",
        code: "IMPORT_DIFFERS",
        cell: "Sheet1!B8",
        unit: "区公安分局",
        message: {
          zh: "区公安分局：原表综合得分 955.00，导入后评定为 951.00。原因：原表的综合得分 955.00 不等于它自己各项之和 951.00（职能 + 共性 + 加分 − 扣分 + 公众 + 领导 − 察访核验）",
          en: "区公安分局: the sheet's composite is 955.00, the graded import's 951.00. Why: the sheet's composite 955.00 is not the sum of its own parts, 951.00 (functional + common + bonus − deduction + public + leader − spot check)",
        },
      },
    ]);

    const graded = await score("b-new.xlsx");
    expectSheetNumbers(graded, UNITS_B, ["区公安分局"]);
    expect(graded.units.find((u) => u.unit === "区公安分局")?.composite).toBe(951);
    expect(graded.units.find((u) => u.unit === "区委组织部")?.bonus).toBe(3);
    expect(graded.rules["period.end"]).toBe("2024-12-31");
  }, 60_000);

  it("(c) imports raw survey votes under 公众评议 and 领导评价, and a spot check from a note", async () => {
    const old = writeLayout("xlsxwriter", "c.xlsx", [layoutC()]);
    const { code, report } = await importJson([old, "--out", "c-new.xlsx"]);
    expect(code).toBe(0);
    expect(codes(report, "IMPORT_COLUMN_MAPPED").map((f) => f.message.en)).toEqual(
      expect.arrayContaining([
        'Column "公众评议（200分） / 满意" → Survey (public) Satisfied',
        'Column "领导评价（100分） / 不满意" → Survey (leader) Dissatisfied',
      ]),
    );
    expect(codes(report, "IMPORT_ROW_SKIPPED").map((f) => f.cell)).toEqual(["汇总!A1", "汇总!A2", "汇总!A3", "汇总!A9"]);
    expect(codes(report, "IMPORT_SECTION").map((f) => f.message.zh)).toEqual(["第 4 行是分类行：以下单位的类别为“综合类”。"]);
    expect(codes(report, "IMPORT_NOTE_READ").map((f) => [f.cell, f.message.en])).toEqual([
      ["汇总!P7", '区交通局\'s note "察访核验扣1分" → a spot-check deduction of 1'],
    ]);
    expect(codes(report, "IMPORT_AGREES")).toHaveLength(1);

    const graded = await score("c-new.xlsx");
    expectSheetNumbers(graded, UNITS_C);
    expect(graded.units.find((u) => u.unit === "区水利局")).toMatchObject({ public: 176, leader: 92, spotCheck: 0 });
    expect(graded.units.find((u) => u.unit === "区交通局")?.spotCheck).toBe(1);

    // A proper workbook of Excel tables, as template writes it: the guide, every input table, headed in Chinese, or in English with --lang en.
    const zh = await readBack(path.join(dir, "c-new.xlsx"));
    expect(zh.worksheets.map((w) => w.name)).toEqual([
      "说明",
      "考评对象",
      "指标考核",
      "满意度评价",
      "满意度测评票数",
      "创新争优加分",
      "通报扣分",
      "察访核验",
      "一票否决",
      "复核申请",
      "节假日",
      "考评规则",
    ]);
    expect(sheetValues(zh, "满意度测评票数").slice(0, 2)).toEqual([
      ["单位", "评议类型", "满意", "比较满意", "基本满意", "不满意", "不了解"],
      ["区应急局", "公众评议", 45, 5, 0, 0, 2],
    ]);
    expect((await importJson([old, "--out", "c-en.xlsx", "--lang", "en"])).code).toBe(0);
    const en = await readBack(path.join(dir, "c-en.xlsx"));
    expect(sheetValues(en, "考评对象")[0]).toEqual(["Unit", "Category", "Assessed"]);
    expect(en.worksheets[0].name).toBe("Guide");
    expect(sheetValues(en, "考评规则")[1]).toEqual(["period.start", "2025-01-01", "appraisal period start"]);
    expect((await score("c-en.xlsx")).units).toEqual(graded.units);
  }, 60_000);

  it("says why a workbook holds no summary, names the sheets when two look like one, and imports the one --sheet names", async () => {
    const other = writeLayout("openpyxl", "other.xlsx", [
      { name: "说明", rows: [["本工作簿为考评工作通知"], ["请各单位于1月10日前报送"]], merges: [] },
      {
        name: "通讯录",
        rows: [
          ["单位名称", "联系人", "电话"],
          ["区发改局", "张三", "12345"],
        ],
        merges: [],
      },
    ]);
    const none = await importJson([other, "--out", "x.xlsx"]);
    expect(none.code).toBe(2);
    expect(codes(none.report, "IMPORT_NO_SUMMARY").map((f) => f.message.en)).toEqual([
      'No summary sheet of last year\'s appraisal was found: sheet "说明" has no 单位名称/单位/被考评单位 (unit) header in its first 30 rows; the header in row 1 of sheet "通讯录" has no functional, common, public, leader score column. A summary has a 单位/单位名称 (unit) column and functional, common, public and leader score columns.',
    ]);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);

    const text = await runCli(["import", other, "--out", "x.xlsx", "--lang", "zh"], dir);
    expect(text.stderr).toContain("工作表“说明”的前 30 行中没有“单位名称/单位/被考评单位”列标题");

    const template = await runCli(["template", "t.xlsx", "--year", "2026"], dir);
    expect(template.code).toBe(0);
    const tables = await importJson(["t.xlsx", "--out", "x.xlsx"]);
    expect(tables.code).toBe(2);
    expect(codes(tables.report, "IMPORT_NO_SUMMARY")[0].message.en).toBe(
      "No summary sheet of last year's appraisal was found: 11 sheets hold Excel tables (Units, Indicators, Satisfaction, Survey …), already Appraise's input: grade the workbook with appraise score. A summary has a 单位/单位名称 (unit) column and functional, common, public and leader score columns.",
    );

    const two = writeLayout("xlsxwriter", "two.xlsx", [layoutA(), { ...layoutC(), name: "副本" }]);
    const ambiguous = await importJson([two, "--out", "x.xlsx"]);
    expect(ambiguous.code).toBe(2);
    expect(codes(ambiguous.report, "IMPORT_SHEET_AMBIGUOUS").map((f) => f.message.zh)).toEqual([
      "有多个工作表像考评汇总表：“2025年汇总”、“副本”。请用 --sheet 指定要导入的一个，例如 --sheet 2025年汇总。",
    ]);
    const chosen = await importJson([two, "--out", "x.xlsx", "--sheet", "副本"]);
    expect(chosen.code).toBe(0);
    expect(chosen.report.sheet).toBe("副本");
  }, 60_000);

  it("writes the import as `appraise template` lays out the year: 说明 first, every table's columns, drop-down lists and date formats", async () => {
    const old = writeLayout("xlsxwriter", "laid.xlsx", [layoutA()]);
    expect((await importJson([old, "--out", "laid-new.xlsx"])).code).toBe(0);
    const READ = [
      "import json, sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "out = {'sheets': wb.sheetnames, 'guide': wb.worksheets[0]['A1'].value, 'lists': {}, 'headers': {}, 'units': [], 'holidayDate': wb['节假日'].cell(2, 1).number_format}",
      "for ws in wb.worksheets[1:]:",
      "    out['lists'][ws.title] = [[str(dv.sqref), dv.formula1] for dv in ws.data_validations.dataValidation]",
      "    out['headers'][ws.title] = [ws.cell(1, c).value for c in range(1, ws.max_column + 1)]",
      "out['units'] = [[c for c in r] for r in wb['考评对象'].iter_rows(min_row=2, max_row=3, values_only=True)]",
      "print(json.dumps(out, ensure_ascii=False))",
    ].join("\n");
    const book = JSON.parse(runPython(PYTHON as string, READ, [path.join(dir, "laid-new.xlsx")])) as {
      sheets: string[];
      guide: string;
      lists: Record<string, [string, string][]>;
      headers: Record<string, string[]>;
      units: Value[][];
      holidayDate: string;
    };
    const template = buildTemplatePlan("zh", 2025);
    expect(book.sheets).toEqual(["说明", ...template.map((t) => t.sheet)]);
    // The guide of the import's year, not of today's.
    expect(book.guide).toBe(buildTemplateGuide("zh", 2025).rows[0][0]);
    for (const t of template) expect([t.sheet, book.headers[t.sheet]]).toEqual([t.sheet, t.header]);
    expect(book.lists["考评对象"]).toEqual([["C2:C10000", '"是,否"']]);
    expect(book.lists["指标考核"]).toEqual([
      ["B2:B10000", '"职能,共性"'],
      ["C2:C10000", '"核心职能,临时性重大工作"'],
    ]);
    expect(book.lists["一票否决"]).toEqual([["B2:B10000", `"${VETO_AREAS.join(",")}"`]]);
    expect(book.holidayDate).toBe("yyyy-mm-dd");
    // The imported rows sit under the template's columns: 参加考评 left blank (assessed).
    expect(book.units).toEqual([
      ["区发改局", "经济管理类", null],
      ["区财政局", "经济管理类", null],
    ]);
    // And the workbook still grades to the sheet's own numbers.
    expectSheetNumbers(await score("laid-new.xlsx"), [...UNITS_A, ...UNITS_A2]);
  }, 60_000);

  it("never overwrites an existing --out without --force, and never writes the old file", async () => {
    const old = writeLayout("xlsxwriter", "keep.xlsx", [layoutC()]);
    const before = fs.readFileSync(path.join(dir, old));
    fs.writeFileSync(path.join(dir, "taken.xlsx"), "mine");
    const refused = await runCli(["import", old, "--out", "taken.xlsx"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("taken.xlsx exists; it was not overwritten. Add --force to overwrite it.");
    expect(fs.readFileSync(path.join(dir, "taken.xlsx"), "utf8")).toBe("mine");
    const forced = await runCli(["import", old, "--out", "taken.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Imported sheet "汇总" of keep.xlsx into taken.xlsx: 4 units, appraisal year 2025.');
    expect(forced.stdout).toContain("Next: appraise score taken.xlsx");
    expect(fs.readFileSync(path.join(dir, old)).equals(before)).toBe(true);
    expect((await runCli(["import", old], dir)).stderr).toContain("import needs --out <new.xlsx>");
    expect((await runCli(["import", "--help"], dir)).stdout).toMatch(/^Usage: appraise import <old.xlsx> --out <new.xlsx>/);
    expect((await runCli(["--help", "--lang", "zh"], dir)).stdout).toContain("appraise import <上年.xlsx> --out <新.xlsx>");
  }, 60_000);
});
