/**
 * Messages that name the cause, end to end (issue 20): workbooks built the
 * way offices build them, by openpyxl (an independent writer), graded by
 * `appraise score`: a merged header that left a header cell blank, units
 * typed under the Units table it did not grow to, a summary kept in plain
 * cells. The JSON report and the Warnings sheet say each cause once.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeWith, findPython, runPython } from "../helpers/external";
import { runCli, tempDir } from "../helpers/cli";
import type { JsonReport } from "../../src/cli/report";

const OPENPYXL = findPython(["openpyxl"]);

/** Writes the workbook: Units with two units in the table and two typed under it, their indicators, and a merged satisfaction header. */
const BUILD = `
import sys, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "考评对象"
for r in [["单位", "类别"], ["区发改局", "经济类"], ["区财政局", "经济类"], ["区统计局", "经济类"], ["区审计局", "经济类"]]:
    ws.append(r)
ws.add_table(Table(displayName="考评对象", ref="A1:B3"))
ind = wb.create_sheet("指标考核")
ind.append(["单位", "指标类型", "分值", "得分"])
for i, u in enumerate(["区发改局", "区财政局", "区统计局", "区审计局"]):
    ind.append([u, "职能", 600, 560 - i])
    ind.append([u, "共性", 100, 90])
ind.add_table(Table(displayName="指标考核", ref="A1:D9"))
sat = wb.create_sheet("满意度评价")
sat.append(["单位", "满意度评价", None])
sat.merge_cells("B1:C1")
for u in ["区发改局", "区财政局"]:
    sat.append([u, 180, 90])
sat.add_table(Table(displayName="满意度评价", ref="A1:C3"))
rules = wb.create_sheet("考评规则")
for r in [["参数", "值"], ["period.start", "2016.1.1"], ["period.end", "2016.12.31"]]:
    rules.append(r)
rules.add_table(Table(displayName="考评规则", ref="A1:B3"))
wb.save(sys.argv[1])
`;

/** A summary kept in plain cells, as last year's workbook: no table at all. */
const PLAIN = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "2025年汇总"
ws.append(["2025年度区直机关绩效考评得分汇总表"])
ws.append(["序号", "单位名称", "职能", "共性", "综合得分"])
for i, u in enumerate(["区发改局", "区财政局", "区统计局"]):
    ws.append([i + 1, u, 560, 90, 950 - i])
wb.save(sys.argv[1])
`;

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "messages that name the cause, on workbooks openpyxl wrote", () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function report(script: string): Promise<JsonReport> {
    runPython(OPENPYXL as string, script, [path.join(dir, "in.xlsx")]);
    const run = await runCli(["score", "in.xlsx", "--json", "-", "--lang", "zh"], dir);
    return JSON.parse(run.stdout) as JsonReport;
  }

  // The merged 满意度评价 over B1:C1 heads neither column: the table lacks both, and the blank C1 is the cause named.
  it("a blank merged header is one HEADER_BLANK, units typed under Units one ROWS_OUTSIDE_TABLE, and no flood of either", async () => {
    const json = await report(BUILD);
    expect(json.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.code, d.cell])).toEqual([
      ["HEADER_BLANK", "满意度评价!C1"],
      ["ROWS_OUTSIDE_TABLE", "考评对象!A4:B5"],
    ]);
    expect(json.diagnostics[0].message).toBe(
      "表格“满意度评价”的这个列标题为空（常见于合并单元格的表头），该列下的数据无法读取，表格因此缺少列“公众评议”、“领导评价”。在修正前不读取该表格，也不逐行报告由此缺少的数据。请在此单元格填写列标题；合并的表头请取消合并，只保留一行列标题。",
    );
    expect(json.diagnostics[1].message).toContain("（其中有单位 区统计局、区审计局，它们不算作考评对象，其他表格中这些单位的行也不读取）");
    // 2016.1.1 is read as a date: the period is set, so no RULES_DEFAULT_PERIOD and no RULE_INVALID.
    expect(json.rules["period.start"]).toBe("2016-01-01");
    // The Warnings sheet names the tables in Chinese.
    const read =
      "import sys, json, openpyxl; ws = openpyxl.load_workbook(sys.argv[1])['校验提示']; print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)]))";
    const warnings = JSON.parse(runPython(OPENPYXL as string, read, [path.join(dir, "in.graded.xlsx")])) as unknown[][];
    expect(warnings.slice(1, 3).map((r) => r.slice(1, 5))).toEqual([
      ["HEADER_BLANK", "满意度评价", null, null],
      ["ROWS_OUTSIDE_TABLE", "考评对象", null, null],
    ]);
  });

  it("a summary in plain cells: TABLE_MISSING names its sheet and range and appraise import", async () => {
    const json = await report(PLAIN);
    expect(json.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ["TABLE_MISSING", "'2025年汇总'!A1:E5"],
      ["TABLE_MISSING", "'2025年汇总'!A1:E5"],
    ]);
    expect(json.diagnostics[0].message).toContain(
      "工作表“2025年汇总”的 A1:E5 有像表格的数据，但那是普通单元格，不是表格。像往年汇总表那样的工作表可以用 appraise import 转换",
    );
  });
});
