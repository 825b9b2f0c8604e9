/**
 * Issue 22, must-show 2: the WPS 表格 adapter (src/workbook/wps) against the
 * fake WPS host (test/fakeWps, on the fake Excel store). The demo graded
 * through it gives the package port's Results, Warnings, History and
 * paperwork; owned tables are refilled in place; `=1+1` stays text; a
 * protected owned sheet is written and protected again; a foreign 考评结果
 * blocks the write; a build whose members are methods grades the same.
 */
import * as path from "node:path";
import type { TableGrid } from "../../src/engine/types";
import { OUTPUT_SHEETS, PRINT_SHEETS } from "../../src/workbook/port";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { simpleWorkbook } from "../engine/workbook";
import { FIXED_NOW } from "../helpers/cli";
import { fakeFromFile, hostSheetText } from "../helpers/golden";
import type { SpecCell, SpecTable } from "../contract/driver";
import { packageDriver } from "../contract/packageDriver";
import { wpsDriver } from "../contract/wpsDriver";
import { workbook1904 } from "../contract/workbook1904";
import { createFakeWps } from "../fakeWps";
import { portOf } from "../excel/helpers";
import { buildWorkbook } from "../fakeExcel";
import { MAX_PRINT_ROWS } from "../../src/workbook/print/printLimit";
import { span } from "../../src/workbook/print/printPlan";
import { writePrintSheet } from "../../src/workbook/wps/printWps";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");
const RESULTS = OUTPUT_SHEETS.results.sheet;
const COMPARED = [RESULTS, OUTPUT_SHEETS.warnings.sheet, PRINT_SHEETS.announcement.sheet, PRINT_SHEETS.feedback.sheet];
/** Rows without trailing blank cells and blank rows at the end (a file keeps a table's blank last row, the fake store does not). */
const trimmed = (rows: string[][] | null): string[][] | null => {
  if (rows === null) return null;
  const out = rows.map((r) => r.slice(0, r.length - [...r].reverse().findIndex((c) => c !== "")).filter(() => r.some((c) => c !== "")));
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
};
const later = (days: number): Date => new Date(FIXED_NOW.getTime() + days * 86_400_000);

const units = (n: number, first = "单位01") =>
  Array.from({ length: n }, (_, i) => ({
    unit: i === 0 ? first : `单位${String(i + 1).padStart(2, "0")}`,
    category: i % 2 === 0 ? "经济类" : "社会类",
    functional: 520 + 7 * i,
  }));
const specOf = (t: TableGrid): SpecTable => ({ name: t.name, sheet: t.sheet, header: t.header as SpecCell[], rows: t.rows as SpecCell[][] });
const inputs = (n: number, first?: string): SpecTable[] => simpleWorkbook(units(n, first)).tables.map(specOf);

describe("the WPS adapter on the fake WPS host", () => {
  const pkg = packageDriver();
  afterAll(() => pkg.dispose());

  it("grades the demo with the package port's Results, Warnings, History and paperwork", async () => {
    const wps = await wpsDriver.open(DEMO);
    const file = await pkg.open(DEMO);
    const [a, b] = [await wps.grade({ lang: "zh", now: FIXED_NOW }), await file.grade({ lang: "zh", now: FIXED_NOW })];
    expect(a.written).toBe(true);
    expect(a.result.units).toEqual(b.result.units);
    for (const sheet of [...COMPARED, OUTPUT_SHEETS.history.sheet])
      expect([sheet, trimmed(await wps.sheetText(sheet))]).toEqual([sheet, trimmed(await file.sheetText(sheet))]);
    expect((await wps.sheetText(RESULTS))?.[1]).toContain("区政府采购中心");
  });

  it("grades the same in a WPS build whose Count, UsedRange, ProtectContents and Date1904 are methods", async () => {
    const texts = async (methods: boolean) => {
      const host = await fakeFromFile(DEMO);
      await runAppraisal(
        createWpsPort(() => createFakeWps(host.store, { methods }).ActiveWorkbook),
        { lang: "zh", version: "0.1.0", now: FIXED_NOW },
      );
      return COMPARED.map((s) => hostSheetText(host, s));
    };
    const [asProperties, asMethods] = [await texts(false), await texts(true)];
    expect(asMethods).toEqual(asProperties);
    expect(asMethods[0]?.length).toBeGreaterThan(10);
  });

  it("refills Results in place: a user's formula on it survives three runs, the table keeps its identity", async () => {
    const book = await wpsDriver.create({ tables: inputs(6) });
    await book.grade({ lang: "zh", now: FIXED_NOW });
    const identity = (await book.table("Results"))?.identity;
    await book.setCells({ sheet: "汇总", at: "A1", rows: [[{ formula: '=COUNTIF(Results[等次],"一等")' }]] });
    for (const [i, n] of [8, 3, 5].entries()) {
      await book.setInputs(inputs(n).slice(0, 1));
      await book.grade({ lang: "zh", now: later(i + 1) });
      expect((await book.table("Results"))?.identity).toBe(identity);
      expect((await book.table("Results"))?.rows).toHaveLength(n);
      expect((await book.cell("汇总!A1")).formula).toBe('=COUNTIF(Results[等次],"一等")');
      const tier = (await book.sheetText(RESULTS))?.[0]?.indexOf("等次") ?? -1;
      const firsts = (await book.sheetText(RESULTS))?.filter((r) => r[tier] === "一等").length;
      expect([tier >= 0, (await book.cell("汇总!A1")).value]).toEqual([true, firsts]);
    }
  });

  it("writes a unit named =1+1 as text, not a formula", async () => {
    const book = await wpsDriver.create({ tables: inputs(4, "=1+1") });
    await book.grade({ lang: "zh", now: FIXED_NOW });
    const text = (await book.sheetText(RESULTS)) ?? [];
    const row = text.findIndex((r) => r.includes("=1+1"));
    expect(row).toBeGreaterThan(0);
    const col = String.fromCharCode(65 + text[row].indexOf("=1+1"));
    expect(await book.cell(`${RESULTS}!${col}${row + 1}`)).toEqual({ formula: null, value: "=1+1" });
  });

  it("writes a protected owned sheet and protects it again", async () => {
    const host = await fakeFromFile(DEMO);
    const port = () => createWpsPort(() => createFakeWps(host.store).ActiveWorkbook);
    await runAppraisal(port(), { lang: "zh", version: "0.1.0", now: FIXED_NOW });
    const sheet = host.store.sheetByName(RESULTS);
    expect(sheet?.protection.on).toBe(true);
    const { written } = await runAppraisal(port(), { lang: "en", version: "0.1.0", now: later(1) });
    expect(written).toBe(true);
    expect(hostSheetText(host, RESULTS)?.[0]).toContain("Unit");
    expect(host.store.sheetByName(RESULTS)?.protection.on).toBe(true);
  });

  it("writes nothing when a user's own sheet is named 考评结果 (OUTPUT_CONFLICT)", async () => {
    const book = await wpsDriver.create({ cells: [{ sheet: RESULTS, at: "A1", rows: [["我的汇总"]] }], tables: inputs(4) });
    const before = await book.sheetNames();
    const { result, written } = await book.grade({ lang: "zh", now: FIXED_NOW });
    expect(written).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain("OUTPUT_CONFLICT");
    expect(await book.sheetNames()).toEqual(before);
    expect(await book.sheetText(RESULTS)).toEqual([["我的汇总"]]);
    expect(await book.definedNames()).toEqual({});
  });
});

describe("the paperwork's looks through WPS", () => {
  it("gives 考评通报 and 反馈单 the Office.js adapter's fonts, fills, alignment, wrap, borders and row heights", async () => {
    const looks = async (wps: boolean) => {
      const host = await fakeFromFile(DEMO);
      const port = wps ? createWpsPort(() => createFakeWps(host.store).ActiveWorkbook) : portOf(host);
      await runAppraisal(port, { lang: "zh", version: "0.1.0", now: FIXED_NOW });
      return [PRINT_SHEETS.announcement.sheet, PRINT_SHEETS.feedback.sheet].map((name) => {
        const sheet = host.store.sheetByName(name);
        const styles = [...(sheet?.print.styles ?? new Map())]
          .map(([k, st]) => [k, { ...st }])
          .filter(([, st]) => Object.values(st).some((v) => v !== undefined && v !== false));
        return { name, styles: Object.fromEntries(styles), heights: Object.fromEntries(sheet?.print.rowHeights ?? new Map()) };
      });
    };
    const [excel, wps] = [await looks(false), await looks(true)];
    expect(Object.keys(excel[0].styles).length).toBeGreaterThan(5);
    expect(wps).toEqual(excel);
  });
});

describe("a print sheet too long to lay out", () => {
  it("holds one line saying how to print it, in both languages, naming WPS 表格", () => {
    const host = buildWorkbook([]);
    const rows = Array.from({ length: MAX_PRINT_ROWS + 1 }, (_, i) => span(`第${i + 1}行`));
    const plan = {
      kind: "feedback" as const,
      sheet: PRINT_SHEETS.feedback.sheet,
      columnWidths: [20, 20],
      numberFormat: "0.00",
      rows,
      pageBreaksAfter: [10],
      titleRows: null,
    };
    writePrintSheet(createFakeWps(host.store).ActiveWorkbook, plan, { ownership: "absent", sheetExists: false, ownerNameExists: false, protected: false });
    const text = hostSheetText(host, PRINT_SHEETS.feedback.sheet) ?? [];
    expect(text.map((r) => r[0])).toEqual([expect.stringContaining("appraise print"), expect.stringContaining("appraise print")]);
    expect(text[0][0]).toContain(String(MAX_PRINT_ROWS + 1));
    // It names the host the user is in, not Excel.
    expect(text[0][0]).toContain("超过在 WPS 表格 中排版的上限");
    expect(text[1][0]).toContain("more than WPS 表格 lays out here");
    expect(text.flat().join("")).not.toContain("Excel");
    expect(host.store.sheetByName(PRINT_SHEETS.feedback.sheet)?.print.pageBreaks).toEqual([]);
  });
});

describe("a 1904 workbook through WPS", () => {
  it("grades the period its rules show (Workbook.Date1904), not one four years and a day early", async () => {
    const book = await wpsDriver.create(workbook1904(inputs(4), "单位02"));
    const { result } = await book.grade({ lang: "zh", now: FIXED_NOW });
    expect(result.diagnostics.map((d) => d.code)).not.toContain("PENALTY_OUTSIDE_PERIOD");
    expect(Number(result.units.find((u) => u.unit === "单位02")?.penalty)).toBeGreaterThan(0);
    expect((await book.sheetText(PRINT_SHEETS.announcement.sheet))?.[0]?.[0]).toBe("2016年度绩效考评结果");
  });
});
