/**
 * One real year through the command line (issue 17, items 1 and 2): a
 * workbook made from the 2026 template — its own empty 节假日 table left in —
 * filled as an office fills it, then graded. The appeal deadline of the
 * letters and of the JSON follows China's statutory calendar (National Day
 * 2026: 10-01…10-07 off, Saturday 10-10 a make-up day), a Holidays row adds a
 * local day off without turning that calendar off, and a feedback date in
 * 2027, a year chinese-days 1.5.7 does not have, is said to be counted
 * without that year's holidays: in the summary, the JSON and the letters.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { day } from "../../src/cli/inputTables";
import type { TableName } from "../../src/engine/types";
import { FEEDBACK_SHEET } from "../../src/workbook/print/feedbackLetters";
import { buildTemplatePlan } from "../../src/workbook/template";
import { workbookToBuffer } from "../../src/workbook/exceljs/files";
import { inputTablesWorkbook, type InputValue } from "../../src/workbook/exceljs/inputTablesWorkbook";
import { readBack, runCli, sheetValues, tempDir } from "../helpers/cli";

const UNITS = ["区发改局", "区财政局", "区统计局"];
const CATEGORY = "经济管理类和其他类";

/** Each unit's rows as an office types them under the template's Chinese headers: 单位, 指标类型, 指标组, 指标名称, 分值, 得分, 布置日期, 申报日期, 调整备案日期. */
function indicatorRows(unit: string, i: number): InputValue[][] {
  const score = 190 - 5 * i;
  return [
    [unit, "职能", "核心职能", "重点项目推进", 200, score, null, null, null],
    [unit, "职能", "核心职能", "营商环境", 200, score, null, null, null],
    [unit, "职能", "核心职能", "统计数据质量", 140, score - 60, null, null, null],
    // The temporary task of the issue: assigned during the Mid-autumn holiday, filed after National Day.
    i === 0
      ? [unit, "职能", "临时性重大工作", "防汛救灾", 60, 58, day(2026, 9, 25), day(2026, 10, 14), null]
      : [unit, "职能", null, "专项工作", 60, 55, null, null, null],
    [unit, "共性", null, "党建", 100, 95 - i, null, null, null],
  ];
}

/** The 2026 template (zh), filled: three units, their indicators and scores, feedback.date, and these Holidays rows (none: the template's empty table). */
async function filledTemplate(file: string, feedbackDate: string, holidays: InputValue[][] = []): Promise<void> {
  const rows: Partial<Record<TableName, InputValue[][]>> = {
    Units: UNITS.map((u) => [u, CATEGORY, "是"]),
    Indicators: UNITS.flatMap(indicatorRows),
    Satisfaction: UNITS.map((u, i) => [u, 186 - i, 93 - i]),
    Holidays: holidays,
  };
  const plan = buildTemplatePlan("zh", 2026).map((t) =>
    t.table === "Rules"
      ? { ...t, rows: t.rows.map((r) => (r[0] === "feedback.date" ? [r[0], feedbackDate, r[2]] : r)) }
      : { ...t, rows: rows[t.table] ?? t.rows },
  );
  expect(plan.find((t) => t.table === "Holidays")).toMatchObject({ sheet: "节假日", header: ["日期", "类型"] });
  fs.writeFileSync(file, await workbookToBuffer(inputTablesWorkbook(plan)));
}

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Graded {
  readonly summary: string;
  readonly report: JsonReport;
  /** Every appeal line of the 反馈单 sheet of the graded copy, one per letter. */
  readonly appealLines: string[];
}

async function grade(feedbackDate: string, holidays: InputValue[][] = [], lang: "zh" | "en" = "zh"): Promise<Graded> {
  await filledTemplate(path.join(dir, "2026.xlsx"), feedbackDate, holidays);
  const run = await runCli(["score", "2026.xlsx", "--json", "report.json", "--lang", lang], dir);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  const report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")) as JsonReport;
  const wb = await readBack(path.join(dir, "2026.graded.xlsx"));
  // The sheet keeps its name in English; a merged line gives its text once per row.
  const letters = sheetValues(wb, FEEDBACK_SHEET).flatMap((row) => [...new Set(row)]);
  const appealLines = letters.filter((v): v is string => typeof v === "string" && /如对考评结果有异议|disagrees with its result/.test(v));
  return { summary: run.stdout, report, appealLines };
}

const codes = (report: JsonReport, code: string) => report.diagnostics.filter((d) => d.code === code);

describe("the 2026 template with its empty 节假日 table", () => {
  it("is what `appraise template --year 2026` writes: an empty 节假日 table and calendar = china", async () => {
    expect((await runCli(["template", "t.xlsx", "--year", "2026", "--lang", "zh"], dir)).code).toBe(0);
    const wb = await readBack(path.join(dir, "t.xlsx"));
    // The header and the one empty row Excel wants under it.
    expect(sheetValues(wb, "节假日")).toEqual([["日期", "类型"], []]);
    expect((wb.getWorksheet("节假日")?.getTable("Holidays") as unknown as { model: { name: string } } | undefined)?.model.name).toBe("Holidays");
    expect(
      sheetValues(wb, "考评规则")
        .find((r) => r[0] === "calendar")
        ?.slice(0, 2),
    ).toEqual(["calendar", "china"]);
  });

  it("feedback.date 2026-09-28: every letter and the JSON say 2026-10-13, after National Day and its make-up Saturday", async () => {
    const { report, appealLines, summary } = await grade("2026-09-28");
    expect(report.units.map((u) => [u.unit, u.graded])).toEqual(UNITS.map((u) => [u, true]));
    expect(report.appealDeadline).toBe("2026-10-13");
    expect(report.calendarYearsUnknown).toEqual([]);
    expect(appealLines).toEqual(UNITS.map(() => "如对考评结果有异议，请于2026-10-13前（反馈之日起7个工作日内）向区绩效办提出复核申请。"));
    // Assigned 09-25, filed 10-14: 9 working days (09-28…09-30, 10-08…10-10, 10-12…10-14), within 10.
    expect(codes(report, "TEMPORARY_LATE")).toEqual([]);
    expect(codes(report, "CALENDAR_UNKNOWN_YEAR")).toEqual([]);
    expect(summary).not.toContain("CALENDAR_UNKNOWN_YEAR");
  });

  it("a Holidays row for a local day off counts, and the national calendar still does", async () => {
    // 10-09 off locally: 09-29, 09-30, 10-08, 10-10 (the national make-up Saturday), 10-12, 10-13, 10-14.
    const { report, appealLines } = await grade("2026-09-28", [[day(2026, 10, 9), "休"]]);
    expect(report.appealDeadline).toBe("2026-10-14");
    expect(appealLines[0]).toBe("如对考评结果有异议，请于2026-10-14前（反馈之日起7个工作日内）向区绩效办提出复核申请。");
    expect(codes(report, "TEMPORARY_LATE")).toEqual([]);
  });

  it("feedback.date 2027-02-08 and no 2027 data: CALENDAR_UNKNOWN_YEAR names 2027, in the summary, the JSON and every letter", async () => {
    const { report, appealLines, summary } = await grade("2027-02-08");
    expect(report.calendarYearsUnknown).toEqual([2027]);
    // Monday to Friday, as the warning and the letters say: 02-09…02-12, 02-15…02-17.
    expect(report.appealDeadline).toBe("2027-02-17");
    const [warning, ...more] = codes(report, "CALENDAR_UNKNOWN_YEAR");
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ severity: "warning", table: "Rules", column: "Value" });
    expect(warning?.cell).toMatch(/^考评规则!B\d+$/);
    expect(warning?.message).toContain("2027 年的放假日（类型“休”）和调休上班日（类型“班”）");
    expect(summary).toContain(`警告 CALENDAR_UNKNOWN_YEAR ${warning?.cell}：反馈单上的复核申请截止日期按工作日计算，用到了 2027 年`);
    expect(appealLines).toEqual(
      UNITS.map(
        () =>
          "如对考评结果有异议，请于2027-02-17前（反馈之日起7个工作日内）向区绩效办提出复核申请。该期限未计入2027年的法定节假日和调休（计算时尚无该年安排），按周一至周五计算。",
      ),
    );
  });

  it("says the same in English", async () => {
    const { appealLines, report } = await grade("2027-02-08", [], "en");
    expect(report.calendarYearsUnknown).toEqual([2027]);
    expect(appealLines[0]).toBe(
      "A unit that disagrees with its result may ask the district's appraisal office for a review by 2027-02-17 (within 7 working days of this feedback). This deadline is counted without 2027's public holidays and make-up days (not yet known when it was counted): Monday to Friday.",
    );
  });

  it("a Holidays row in 2027 tells Appraise the office has entered that year: no warning, its days off count", async () => {
    // The office types 2027's Spring Festival from the State Council's notice (here, made up for the test).
    const holidays = [9, 10, 11, 12].map((d) => [day(2027, 2, d), "休"]);
    const { report, appealLines } = await grade("2027-02-08", holidays);
    expect([report.calendarYearsUnknown, codes(report, "CALENDAR_UNKNOWN_YEAR")]).toEqual([[], []]);
    // 02-15…02-19, 02-22, 02-23.
    expect(report.appealDeadline).toBe("2027-02-23");
    expect(appealLines[0]).toBe("如对考评结果有异议，请于2027-02-23前（反馈之日起7个工作日内）向区绩效办提出复核申请。");
  });
});
