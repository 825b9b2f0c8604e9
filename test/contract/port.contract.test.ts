/**
 * The port contract (issue 18; SPEC §6 and §8): one suite of the behaviours
 * every host must show, run against each host through its driver
 * (drivers.ts): read every table shape, write the owned tables and refill
 * them in place, keep a user's formulas on them working, append RunLog and
 * History, write the paperwork, protect the owned sheets, refuse a sheet
 * that is not Appraise's, read 1904 dates, write text that looks like a
 * formula as text; and the golden workbook graded the same through every
 * host. A new host adds a driver, not a test.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { grade } from "../../src/engine/grade";
import type { TableGrid } from "../../src/engine/types";
import { OUTPUT_SHEETS, OWNERSHIP_NAMES, PRINT_SHEETS } from "../../src/workbook/port";
import { simpleWorkbook } from "../engine/workbook";
import { mistakes } from "../e2e/page/workbooks";
import { FIXED_NOW, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith } from "../helpers/external";
import type { ContractDriver, HostWorkbook, KnownGap, SpecCell, SpecTable } from "./driver";
import { DRIVERS } from "./drivers";
import { workbook1904 } from "./workbook1904";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "yinhai-2016.xlsx");
const RESULTS = OUTPUT_SHEETS.results.sheet;
const OWNED = [...Object.values(OUTPUT_SHEETS).map((o) => o.sheet), ...Object.values(PRINT_SHEETS).map((p) => p.sheet)];
const ZH_COUNT_FIRSTS = '=COUNTIF(Results[等次],"一等")';
const later = (days: number): Date => new Date(FIXED_NOW.getTime() + days * 86_400_000);

/** `n` units in two categories, as the engine's test workbooks have them. */
function unitsOf(n: number, bump = 0) {
  return Array.from({ length: n }, (_, i) => ({
    unit: `单位${String(i + 1).padStart(2, "0")}`,
    category: i % 2 === 0 ? "经济类" : "社会类",
    functional: 520 + 7 * i + bump,
  }));
}

/** An engine test table as the suite puts it in a workbook (those tables hold no error values). */
const specOf = (t: TableGrid): SpecTable => ({ name: t.name, sheet: t.sheet, header: t.header as SpecCell[], rows: t.rows as SpecCell[][] });
const inputsOf = (units: ReturnType<typeof unitsOf>, extra: TableGrid[] = []): SpecTable[] => simpleWorkbook(units, extra).tables.map(specOf);

/**
 * Rows as text without their trailing blank cells and rows: one reader stops a row at its last value and
 * reads a formatted blank row, another fills the used rectangle.
 */
function trimmed(rows: readonly (readonly string[])[] | null): string[][] | null {
  if (rows === null) return null;
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length > 0 && row[row.length - 1] === "") row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** The contract, for one host's driver. */
const contract = (make: () => ContractDriver) => (): void => {
  const driver: ContractDriver = make();
  afterAll(() => driver.dispose());
  /** `it`, or `it.failing` for a behaviour the driver declares it does not show yet. */
  const itUnless = (gap: KnownGap): typeof it.failing => (driver.knownGaps?.includes(gap) === true ? it.failing : it);

  it("reads every table shape: not at A1, header-only, with a totals row, Chinese and English names, beside other content", async () => {
    const units = unitsOf(6);
    const plain = simpleWorkbook(units);
    const [unitsTable, indicators, satisfaction, rules] = plain.tables.map(specOf);
    const book = await driver.create({
      cells: [{ sheet: "考评对象", at: "A1", rows: [["2016年度考评对象名单"], [], ["（由区绩效办维护）"]] }],
      tables: [
        // Chinese table name and headers, at C5 below a title and a note.
        { ...unitsTable, name: "考评对象", header: ["单位", "类别", "参加考评"], at: "C5" },
        { ...indicators, totalsLabel: "合计" },
        { ...satisfaction, name: "满意度评价", header: ["单位", "公众评议", "领导评价"], at: "B2" },
        rules,
        { name: "Bonuses", sheet: "创新争优加分", header: ["Unit", "Item", "Kind", "ApprovedPoints", "Multiplier"], rows: [] },
        { name: "通报扣分", sheet: "通报扣分", header: ["单位", "日期", "事由", "项数"], rows: [] },
      ],
    });
    const inputNames = ["考评对象", "Indicators", "满意度评价", "Rules", "Bonuses", "通报扣分"];
    const before = await Promise.all(inputNames.map((n) => book.table(n)));
    const { result, written } = await book.grade({ lang: "zh", now: FIXED_NOW });
    const expected = grade(plain);
    // Inputs are only read.
    expect(await Promise.all(inputNames.map((n) => book.table(n)))).toEqual(before);
    expect(written).toBe(true);
    expect(result.units).toEqual(expected.units);
    expect(result.diagnostics.map((d) => d.code)).toEqual(expected.diagnostics.map((d) => d.code));
    // The workbook is the one meant: the table at C5, the totals row there (and not read as data).
    expect((await book.table("考评对象"))?.address).toBe(`C5:E${5 + units.length}`);
    expect((await book.table("Indicators"))?.rows.at(-1)?.[0]).toBe("合计");
    expect((await book.table("Bonuses"))?.rows.flat().join("")).toBe("");
    // The content beside the table is the user's, untouched.
    expect((await book.sheetText("考评对象"))?.[0]?.[0]).toBe("2016年度考评对象名单");
  });

  it("reads what is beside a table and not in it: one ROWS_OUTSIDE_TABLE a block, no UNIT_UNKNOWN for the units typed under Units", async () => {
    const all = inputsOf(unitsOf(6));
    const [unitsTable, ...rest] = all;
    // Units holds 单位01–单位04 (A1:C5); 单位05 and 单位06 were typed under it, and a note column right of it.
    const book = await driver.create({
      cells: [
        {
          sheet: "考评对象",
          at: "A6",
          rows: [
            ["单位05", "经济类"],
            ["单位06", "社会类"],
          ],
        },
        { sheet: "考评对象", at: "D1", rows: [["备注"], ["新增"]] },
      ],
      tables: [{ ...unitsTable, rows: unitsTable.rows.slice(0, 4) }, ...rest],
    });
    const { result } = await book.grade({ lang: "zh", now: FIXED_NOW });
    const outside = result.diagnostics.filter((d) => d.code === "ROWS_OUTSIDE_TABLE");
    expect(outside.map((d) => [d.severity, d.table, d.cell])).toEqual([
      ["warning", "Units", "考评对象!D1:D5"],
      ["warning", "Units", "考评对象!A6:C7"],
    ]);
    expect(outside[1].message.zh).toBe(
      "表格“Units”（考评对象）下方紧接着的第 6～7 行（A6:C7）有内容，但不在表格范围内，Appraise 不读取这些行（其中有单位 单位05、单位06，它们不算作考评对象，其他表格中这些单位的行也不读取）。如果它们属于该表格，请扩展表格：在 Excel 中拖动表格右下角的调整手柄，或选中表格后用“表设计 > 调整表格大小”；在 WPS 表格中用“表格工具 > 调整表格大小”。如果不属于，请把它们移开，不要紧挨着表格。",
    );
    expect(outside[0].message.en).toBe(
      'Column D directly right of table "Units" (D1:D5) is not part of it, so Appraise does not read it. If it belongs to the table, extend it: drag the resize handle at the table\'s bottom-right corner, or select the table and use Table Design > Resize Table (in WPS Spreadsheets, Table Tools > Resize Table). If not, move it away from the table.',
    );
    // The other tables' rows of 单位05 and 单位06 are not each an unknown unit.
    expect(result.diagnostics.filter((d) => d.code === "UNIT_UNKNOWN")).toEqual([]);
    expect(result.units.map((u) => u.unit).sort()).toEqual(["单位01", "单位02", "单位03", "单位04"]);
  });

  it("names the plain data where a required table is missing (TABLE_MISSING)", async () => {
    const [unitsTable] = inputsOf(unitsOf(4));
    const summary = [["2025年度绩效考评汇总表"], [], ["单位", "职能", "共性", "综合得分"], ["单位01", 560, 90, 950], ["单位02", 540, 88, 920]];
    const book = await driver.create({ cells: [{ sheet: "汇总", at: "B2", rows: summary }], tables: [unitsTable] });
    const { result } = await book.grade({ lang: "zh", now: FIXED_NOW });
    const missing = result.diagnostics.filter((d) => d.code === "TABLE_MISSING");
    expect(missing.map((d) => [d.table, d.cell])).toEqual([["Indicators", "汇总!B2:E6"]]);
    expect(missing[0].message.zh).toBe(
      "缺少必需的表格“指标考核”（Indicators）。工作表“汇总”的 B2:E6 有像表格的数据，但那是普通单元格，不是表格。像往年汇总表那样的工作表可以用 appraise import 转换成 Appraise 的各个表格；或者选中这些单元格，用“插入 > 表格”建立表格（只保留一行列标题），并在“表设计 > 表名称”中命名为“指标考核”。",
    );
  });

  it("writes the owned tables, then refills them in place for more units and for fewer (resized, not re-created)", async () => {
    const book = await driver.create({ tables: inputsOf(unitsOf(5)) });
    await book.grade({ lang: "zh", now: FIXED_NOW });
    const first = await book.table("Results");
    const warnings = await book.table("Warnings");
    expect(first).toMatchObject({ sheet: RESULTS, address: "A1:P6" });
    expect(warnings?.sheet).toBe(OUTPUT_SHEETS.warnings.sheet);
    for (const [n, day] of [
      [9, 1],
      [3, 2],
    ] as const) {
      await book.setInputs(inputsOf(unitsOf(n)));
      const { result } = await book.grade({ lang: "zh", now: later(day) });
      const results = await book.table("Results");
      expect(results).toMatchObject({ sheet: RESULTS, address: `A1:P${n + 1}`, identity: first?.identity });
      expect(results?.rows.map((r) => r[0])).toEqual(result.units.map((u) => u.unit));
      expect((await book.table("Warnings"))?.identity).toBe(warnings?.identity);
      // Nothing of the longer run is left below the shrunk table.
      expect(trimmed(await book.sheetText(RESULTS))).toHaveLength(n + 1);
    }
  });

  it("keeps a user's COUNTIF on Results[等次] and a reference to a Results cell working after later runs", async () => {
    const book = await driver.create({ tables: inputsOf(unitsOf(4)) });
    await book.grade({ lang: "zh", now: FIXED_NOW });
    const reference = `='${RESULTS}'!A2`;
    await book.setCells({
      sheet: "封面",
      at: "A1",
      rows: [
        ["一等单位数", { formula: ZH_COUNT_FIRSTS }],
        ["首行单位", { formula: reference }],
      ],
    });
    for (const [n, day] of [
      [10, 1],
      [6, 2],
    ] as const) {
      await book.setInputs(inputsOf(unitsOf(n)));
      const { result } = await book.grade({ lang: "zh", now: later(day) });
      const firsts = result.units.filter((u) => u.tier === "first").length;
      expect(firsts).toBeGreaterThan(0);
      expect(await book.cell("封面!B1")).toEqual({ formula: ZH_COUNT_FIRSTS, value: firsts });
      expect((await book.cell("封面!B2")).formula).toBe(reference);
      expect((await book.cell(`${RESULTS}!A2`)).value).toBe(result.units[0].unit);
    }
  });

  it("appends a RunLog row per run (output fingerprint, chained digest) and a History block only when results change, across saving", async () => {
    const saved = await driver.create({ tables: inputsOf(unitsOf(4)) });
    await saved.grade({ lang: "zh", now: FIXED_NOW });
    // Saved, closed and opened again: the record and its ownership are in the workbook, not in the host's memory.
    const book = await saved.reopen();
    await book.grade({ lang: "zh", now: later(1) });
    expect((await book.table("History"))?.rows).toHaveLength(4);
    await book.setInputs(inputsOf(unitsOf(4, 30)));
    await book.grade({ lang: "zh", now: later(2) });
    const history = await book.table("History");
    expect(history?.rows).toHaveLength(8);
    expect(new Set(history?.rows.map((r) => r[0]))).toEqual(new Set([FIXED_NOW.toISOString(), later(2).toISOString()]));
    const log = await book.table("RunLog");
    expect(log?.header.slice(12)).toEqual(["输出指纹", "链摘要"]);
    expect(log?.rows.map((r) => r[0])).toEqual([FIXED_NOW, later(1), later(2)].map((d) => d.toISOString()));
    for (const row of log?.rows ?? []) {
      expect(row[12]).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(row[13]).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const digests = log?.rows.map((r) => r[13]);
    expect(new Set(digests).size).toBe(3);
    // Same results, same output fingerprint; changed results, another.
    expect(log?.rows[1][12]).toBe(log?.rows[0][12]);
    expect(log?.rows[2][12]).not.toBe(log?.rows[0][12]);
  });

  it("writes the paperwork: 考评通报 and a 反馈单 for every unit", async () => {
    const units = unitsOf(4);
    const book = await driver.create({ tables: inputsOf(units) });
    const { result } = await book.grade({ lang: "zh", now: FIXED_NOW });
    const announcement = (await book.sheetText(PRINT_SHEETS.announcement.sheet))?.flat().join("\n") ?? "";
    const letters = (await book.sheetText(PRINT_SHEETS.feedback.sheet))?.flat().join("\n") ?? "";
    expect(announcement).toContain("经济类（2个）");
    expect(announcement).toMatch(/一等（\d个）：/);
    for (const u of result.units) {
      expect(announcement).toContain(u.unit);
      expect(letters).toContain(u.unit);
    }
    expect(letters.match(/如对考评结果有异议/g)).toHaveLength(units.length);
  });

  it("protects every owned table sheet and records every owned sheet's ownership by name, leaving the input sheets open", async () => {
    const book = await driver.create({ tables: inputsOf(unitsOf(4)) });
    await book.grade({ lang: "zh", now: FIXED_NOW });
    const paperwork = Object.values(PRINT_SHEETS).map((p) => p.sheet);
    for (const sheet of (await book.sheetNames()).filter((s) => !paperwork.includes(s)))
      expect([sheet, await book.isProtected(sheet)]).toEqual([sheet, OWNED.includes(sheet)]);
    // A sheet name in a reference is quoted or not as the host spells it: Excel leaves 考评结果!$A$1 bare, a file may quote it.
    const names = Object.entries(await book.definedNames()).map(([name, ref]) => [
      name,
      ref.replace(/^'((?:[^']|'')*)'!/, (_, s: string) => `${s.replace(/''/g, "'")}!`),
    ]);
    const expected = [
      ...(Object.keys(OUTPUT_SHEETS) as (keyof typeof OUTPUT_SHEETS)[]).map((kind) => [OWNERSHIP_NAMES[kind], `${OUTPUT_SHEETS[kind].sheet}!$A$1`]),
      ...Object.values(PRINT_SHEETS).map((p) => [p.ownerName, `${p.sheet}!$A$1`]),
    ];
    expect(names).toEqual(expect.arrayContaining(expected));
  });

  itUnless("paperwork protected")("protects the paperwork sheets 考评通报 and 反馈单 as it protects the tables", async () => {
    const book = await driver.create({ tables: inputsOf(unitsOf(4)) });
    await book.grade({ lang: "zh", now: FIXED_NOW });
    for (const p of Object.values(PRINT_SHEETS)) expect([p.sheet, await book.isProtected(p.sheet)]).toEqual([p.sheet, true]);
  });

  it("writes nothing when a user's sheet has an output's name (OUTPUT_CONFLICT)", async () => {
    const mine = [["我的汇总"], ["区发改局", 1]];
    const book = await driver.create({ cells: [{ sheet: RESULTS, at: "A1", rows: mine }], tables: inputsOf(unitsOf(4)) });
    const before = await book.sheetNames();
    const { result, written } = await book.grade({ lang: "zh", now: FIXED_NOW });
    expect(written).toBe(false);
    expect(result.diagnostics.filter((d) => d.code === "OUTPUT_CONFLICT").map((d) => d.severity)).toEqual(["error"]);
    expect(await book.sheetNames()).toEqual(before);
    expect(trimmed(await book.sheetText(RESULTS))).toEqual([["我的汇总"], ["区发改局", "1"]]);
    expect(await book.isProtected(RESULTS)).toBe(false);
    expect(await book.table("Results")).toBeNull();
  });

  it("reads the dates of a 1904 workbook as the dates they show", async () => {
    const units = unitsOf(4);
    const book = await driver.create(workbook1904(inputsOf(units), units[1].unit));
    const { result } = await book.grade({ lang: "zh", now: FIXED_NOW });
    expect(result.diagnostics.map((d) => d.code)).not.toContain("PENALTY_OUTSIDE_PERIOD");
    expect(Number(result.units.find((u) => u.unit === units[1].unit)?.penalty)).toBeGreaterThan(0);
    // Read four years and a day early, the title would say 2011 and the letter 2012-05-31.
    expect((await book.sheetText(PRINT_SHEETS.announcement.sheet))?.[0]?.[0]).toBe("2016年度绩效考评结果");
    expect((await book.sheetText(PRINT_SHEETS.feedback.sheet))?.flat().join("\n")).toContain("2016-06-01");
  });

  it("writes a unit name that looks like a formula as text", async () => {
    const name = '=HYPERLINK("https://example.com","点我")';
    const units = [{ unit: name, category: "经济类", functional: 560 }, ...unitsOf(3)];
    const book = await driver.create({ tables: inputsOf(units) });
    const { result } = await book.grade({ lang: "zh", now: FIXED_NOW });
    const row = result.units.findIndex((u) => u.unit === name);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(await book.cell(`${RESULTS}!A${row + 2}`)).toEqual({ formula: null, value: name });
  });
};

for (const make of DRIVERS) {
  const { name, needs } = make();
  const title = `the port contract: ${name}`;
  if (needs === undefined) describe(title, contract(make));
  else describeWith(needs.tool, needs.available, needs.install, title, contract(make));
}

/** The golden workbooks (test/golden/xlsxVsExcel.test.ts): the bundled example, and the demo as an office's first try. */
const GOLDEN: Record<string, { readonly make: (dir: string) => Promise<string>; readonly units: number }> = {
  "the bundled example": { make: async () => EXAMPLE, units: 45 },
  "the mistakes workbook": {
    make: (dir) => writeDemoInput(dir, "mistakes.xlsx", mistakes),
    units: buildDemoTables().find((t) => t.decl.name === "Units")?.rows.length ?? 0,
  },
};

describe.each(Object.keys(GOLDEN))("%s through every host", (golden) => {
  const drivers = DRIVERS.map((make) => make());
  let dir = "";
  beforeAll(() => (dir = tempDir("appraise-contract-golden-")));
  afterAll(() => {
    drivers.forEach((d) => d.dispose());
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives identical Results, Warnings, RunLog, History blocks and paperwork", async () => {
    const file = await GOLDEN[golden].make(dir);
    const sheets = [OUTPUT_SHEETS.results, OUTPUT_SHEETS.warnings, OUTPUT_SHEETS.runlog, OUTPUT_SHEETS.history, ...Object.values(PRINT_SHEETS)].map(
      (s) => s.sheet,
    );
    const seen: (string[][] | null)[][] = [];
    for (const driver of drivers) {
      const book: HostWorkbook = await driver.open(file);
      const { result, written } = await book.grade({ lang: "zh", now: FIXED_NOW });
      expect(written).toBe(true);
      expect(result.units).toHaveLength(GOLDEN[golden].units);
      seen.push(await Promise.all(sheets.map(async (s) => trimmed(await book.sheetText(s)))));
    }
    const [first, ...others] = seen;
    // Results, Warnings and RunLog always; History and the paperwork when some unit could be graded.
    expect(first.slice(0, 3).every((rows) => (rows?.length ?? 0) > 1)).toBe(true);
    for (const other of others) sheets.forEach((sheet, i) => expect([sheet, other[i]]).toEqual([sheet, first[i]]));
  });
});
