/**
 * `appraise score` end to end on real files: the demo workbook written to a
 * temporary directory, graded into a copy, and the copy read back with ExcelJS.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { loadWorkbook, workbookToBuffer } from "../../src/workbook/exceljs/files";
import { readBack, renameUnit, runCli, setCell, sheetValues, tempDir, writeDemoInput } from "../helpers/cli";
import { rewriteZip, zipText } from "../helpers/workbooks";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("score", () => {
  it("writes Results, Warnings and RunLog into <in>.graded.xlsx and leaves the input's bytes alone", async () => {
    const input = await writeDemoInput(dir);
    const before = sha(input);
    const run = await runCli(["score", "in.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(before);
    const out = path.join(dir, "in.graded.xlsx");
    expect(run.stdout).toContain("Wrote in.graded.xlsx");
    const wb = await readBack(out);
    const results = sheetValues(wb, "考评结果");
    expect(results[0]).toEqual([
      "Unit",
      "Category",
      "Functional",
      "Common",
      "Target",
      "Bonus",
      "Penalty",
      "Public",
      "Leader",
      "SpotCheck",
      "Composite",
      "Rank",
      "CategorySize",
      "Tier",
      "Margin",
      "Explanation",
    ]);
    expect(results.length).toBe(46);
    expect(sheetValues(wb, "校验提示")[0]).toEqual(["Severity", "Code", "Table", "Row", "Column", "Cell", "Message"]);
    const runLog = sheetValues(wb, "运行记录");
    expect(runLog.length).toBe(2);
    expect(runLog[1].slice(0, 5)).toEqual(["2017-03-01T09:00:00.000Z", "0.1.0", expect.stringMatching(/^sha256:[0-9a-f]{64}$/), 45, 45]);
    // The input sheets travel into the copy unchanged.
    expect(sheetValues(wb, "考评对象")[1]).toEqual(["区发改局", "经济管理类和其他类", "是"]);
  });

  it("prints a per-category summary with quotas, checks and the file written", async () => {
    await writeDemoInput(dir);
    const run = await runCli(["score", "in.xlsx", "--lang", "zh"], dir);
    expect(run.stdout).toContain("经济管理类和其他类：14 个单位，已评定 14 个");
    // Each tier line: count/quota, then the tier's units best first with their composite.
    expect(run.stdout).toMatch(/\n {2}一等 6\/6 +区\S+ \d+\.\d{2}、/);
    expect(run.stdout).toMatch(/\n {2}二等 \d+\/7 +区\S+ \d+\.\d{2}/);
    expect(run.stdout).toMatch(/\n {2}不合格 \d+/);
    expect(run.stdout).toContain("（否决）");
    expect(run.stdout).toMatch(/校验：错误 0 个，警告 \d+ 个，提示 \d+ 个/);
    expect(run.stdout).toContain("结果已写入 in.graded.xlsx");
  });

  it("writes the JSON report of SPEC section 7 to stdout with --json -", async () => {
    await writeDemoInput(dir);
    const run = await runCli(["score", "in.xlsx", "--json", "-"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual([
      "appraiseVersion",
      "inputFingerprint",
      "rules",
      "units",
      "diagnostics",
      "changes",
      "appealDeadline",
      "calendarYearsUnknown",
    ]);
    expect(report.appraiseVersion).toBe("0.1.0");
    expect(report.inputFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.rules["tier.rounding"]).toBe("largest-remainder");
    expect(report.units.length).toBe(45);
    expect(Object.keys(report.units[0])).toEqual([
      "unit",
      "category",
      "assessed",
      "graded",
      "functional",
      "common",
      "target",
      "bonus",
      "penalty",
      "public",
      "leader",
      "spotCheck",
      "composite",
      "rank",
      "categorySize",
      "tier",
      "margin",
      "vetoed",
      "explanation",
    ]);
    for (const u of report.units) {
      expect(typeof u.composite).toBe("number");
      expect(Math.round(u.composite * 100) / 100).toBe(u.composite);
      expect(["first", "second", "third", "unqualified"]).toContain(u.tier);
      expect(u.target).toBeCloseTo(u.functional + u.common, 6);
    }
    const vetoed = report.units.find((u: { vetoed: boolean }) => u.vetoed);
    expect(vetoed.explanation).toContain("安全生产");
    expect(Object.keys(report.diagnostics[0])).toEqual(["severity", "code", "table", "row", "sheetRow", "column", "cell", "message"]);
    // sheetRow is the row of the cell's address, one below the data row under a header in row 1.
    const rowed = report.diagnostics.filter((d: { row: number | null; cell: string | null }) => d.row !== null && d.cell !== null);
    expect(rowed.length).toBeGreaterThan(0);
    for (const d of rowed) expect(d.cell.endsWith(`${d.sheetRow}`) || d.cell.includes(`${d.sheetRow}:`)).toBe(true);
    const codes = report.diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["APPEAL_LATE", "TEMPORARY_LATE", "PENALTY_OUTSIDE_PERIOD", "BONUS_CAPPED", "VETO_APPLIED"]));
  });

  it("writes the JSON report to a file and still prints the summary", async () => {
    await writeDemoInput(dir);
    const run = await runCli(["score", "in.xlsx", "--json", "report.json", "--out", "graded.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")).units.length).toBe(45);
    expect(run.stdout).toContain("Wrote graded.xlsx");
    expect(fs.existsSync(path.join(dir, "graded.xlsx"))).toBe(true);
  });

  it("writes nothing and exits 2 when the JSON cannot be written", async () => {
    await writeDemoInput(dir);
    const run = await runCli(["score", "in.xlsx", "--json", "no-such-folder/report.json", "--out", "nojson.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("Cannot write no-such-folder/report.json: there is no such file or folder; check the name and the folder [ENOENT]\n");
    expect(run.stdout).toBe("");
    expect(fs.existsSync(path.join(dir, "nojson.xlsx"))).toBe(false);
  });

  it("exits 0 with errors, 1 with --strict, and lists the top errors", async () => {
    await writeDemoInput(dir, "in.xlsx", (t) => setCell(t, "Indicators", 4, "Score", "abc"));
    const plain = await runCli(["score", "in.xlsx"], dir);
    expect(plain.code).toBe(0);
    // One CATEGORY_PROVISIONAL for the category with the ungraded unit (SPEC section 4 step 6, revised), not one per unit.
    // 7 of the info are BONUS_DEFAULT_MULTIPLIER: the demo's Bonuses rows with a blank 倍数, counted at 2.
    expect(plain.stdout).toMatch(/Checks: 1 error, 6 warnings, 14 info/);
    // The summary lists the errors, then what changes a score (info too), then the other warnings.
    const listed = plain.stdout
      .split("\n")
      .filter((l) => /^ {2}(Error|Warning|Info) /.test(l))
      .map((l) => l.split(" ").find((w) => /^[A-Z_]{6,}$/.test(w)));
    expect(listed).toEqual(["NOT_A_NUMBER", "BONUS_DEFAULT_MULTIPLIER", "PENALTY_OUTSIDE_PERIOD", "BONUS_CAPPED", "APPEAL_LATE"]);
    expect(plain.stdout).toContain("Error NOT_A_NUMBER 指标考核!F6");
    const strict = await runCli(["score", "in.xlsx", "--strict"], dir);
    expect(strict.code).toBe(1);
  });

  it("exits 2 when the file cannot be read or is not a workbook", async () => {
    expect((await runCli(["score", "missing.xlsx"], dir)).code).toBe(2);
    fs.writeFileSync(path.join(dir, "junk.xlsx"), "not a workbook");
    const junk = await runCli(["score", "junk.xlsx"], dir);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toBe("Cannot read junk.xlsx: this is a text file, not an Excel workbook. Name an .xlsx workbook.\n");
  });

  it("exits 2 when a required table is missing, still writing the Warnings", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("考评对象");
    ws.addTable({ name: "Units", ref: "A1", columns: [{ name: "单位" }, { name: "类别" }], rows: [["区发改局", "经济管理类和其他类"]] });
    fs.writeFileSync(path.join(dir, "in.xlsx"), await workbookToBuffer(wb));
    const run = await runCli(["score", "in.xlsx", "--json", "-"], dir);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain("TABLE_MISSING");
    const back = await readBack(path.join(dir, "in.graded.xlsx"));
    expect(back.getWorksheet("考评结果")).toBeUndefined();
    expect(sheetValues(back, "校验提示")[1][1]).toBe("TABLE_MISSING");
  });

  it("never writes over the input", async () => {
    const input = await writeDemoInput(dir);
    const before = sha(input);
    const run = await runCli(["score", "in.xlsx", "--out", "./in.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(sha(input)).toBe(before);
  });

  it("writes text from the workbook as text: a unit named =1+1 reads back literally", async () => {
    await writeDemoInput(dir, "in.xlsx", (t) => renameUnit(t, "区财政局", "=1+1"));
    const run = await runCli(["score", "in.xlsx", "--json", "-"], dir);
    expect(run.code).toBe(0);
    const unit = JSON.parse(run.stdout).units.find((u: { unit: string }) => u.unit === "=1+1");
    expect(unit.graded).toBe(true);
    const wb = await readBack(path.join(dir, "in.graded.xlsx"));
    const row = sheetValues(wb, "考评结果").find((r) => r[0] === "=1+1");
    expect(row).toBeDefined();
    expect(row![10]).toBe(unit.composite);
    const sheet = wb.getWorksheet("考评结果")!;
    sheet.eachRow((r) => r.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it("appends to the RunLog when a graded copy is graded again, and gives the same Results and Warnings", async () => {
    await writeDemoInput(dir);
    expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
    expect((await runCli(["score", "in.graded.xlsx", "--out", "again.xlsx"], dir)).code).toBe(0);
    const first = await readBack(path.join(dir, "in.graded.xlsx"));
    const second = await readBack(path.join(dir, "again.xlsx"));
    const log = sheetValues(second, "运行记录");
    expect(log.length).toBe(3);
    expect(log[1][2]).toBe(log[2][2]);
    expect(sheetValues(second, "考评结果")).toEqual(sheetValues(first, "考评结果"));
    expect(sheetValues(second, "校验提示")).toEqual(sheetValues(first, "校验提示"));
  });

  it("writes nothing on OUTPUT_CONFLICT: a foreign sheet in the input", async () => {
    await writeDemoInput(dir, "in.xlsx");
    const wb = await readBack(path.join(dir, "in.xlsx"));
    wb.addWorksheet("考评结果").getCell("A1").value = "my own notes";
    fs.writeFileSync(path.join(dir, "in.xlsx"), await workbookToBuffer(wb));
    const run = await runCli(["score", "in.xlsx", "--json", "-"], dir);
    expect(run.code).toBe(0); // SPEC §7: the run completed, with an error diagnostic
    expect((await runCli(["score", "in.xlsx", "--strict"], dir)).code).toBe(1);
    expect(run.stderr).toContain("OUTPUT_CONFLICT");
    expect(JSON.parse(run.stdout).diagnostics[0]).toMatchObject({ severity: "error", code: "OUTPUT_CONFLICT" });
    expect(fs.existsSync(path.join(dir, "in.graded.xlsx"))).toBe(false);
  });

  it("writes nothing on OUTPUT_CONFLICT: --out onto an existing file whose output sheet is not Appraise's", async () => {
    await writeDemoInput(dir, "in.xlsx");
    const theirs = new Workbook();
    theirs.addWorksheet("校验提示").getCell("A1").value = "someone else's checks";
    const target = path.join(dir, "theirs.xlsx");
    fs.writeFileSync(target, await workbookToBuffer(theirs));
    const before = sha(target);
    const run = await runCli(["score", "in.xlsx", "--out", "theirs.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("OUTPUT_CONFLICT");
    expect(run.stdout).toContain("Nothing was written.");
    expect(sha(target)).toBe(before);
  });

  it("refuses to overwrite an --out file that is not a workbook", async () => {
    await writeDemoInput(dir, "in.xlsx");
    fs.writeFileSync(path.join(dir, "notes.xlsx"), "important notes");
    const run = await runCli(["score", "in.xlsx", "--out", "notes.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "notes.xlsx"), "utf8")).toBe("important notes");
  });

  it("keeps every part of the input, byte for byte, and has nothing to warn about", async () => {
    const CHART = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    const input = await writeDemoInput(dir, "plain.xlsx");
    const chartType = '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>';
    const withChart = rewriteZip(fs.readFileSync(input), (n, t) => (n === "[Content_Types].xml" ? t.replace("</Types>", `${chartType}</Types>`) : t), {
      "xl/charts/chart1.xml": CHART,
    });
    fs.writeFileSync(path.join(dir, "in.xlsx"), withChart);
    const run = await runCli(["score", "in.xlsx", "--json", "report.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")))).not.toContain("droppedParts");
    const log = sheetValues(await readBack(path.join(dir, "in.graded.xlsx")), "运行记录");
    expect(log[1][11] ?? null).toBeNull();
    expect(zipText(fs.readFileSync(path.join(dir, "in.graded.xlsx")), "xl/charts/chart1.xml")).toBe(CHART);
  });

  it("never crashes on a package it cannot add its sheets to: it says so, exits 2 and writes nothing", async () => {
    const input = await writeDemoInput(dir, "plain.xlsx");
    fs.writeFileSync(
      path.join(dir, "odd.xlsx"),
      rewriteZip(fs.readFileSync(input), (n, t) => (n === "xl/workbook.xml" ? t.replace(/<sheets>[\s\S]*<\/sheets>/, "") : t)),
    );
    const run = await runCli(["score", "odd.xlsx", "--out", "odd.graded.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cannot write .*odd\.graded\.xlsx: the workbook part has no sheets element\n$/);
    expect(fs.existsSync(path.join(dir, "odd.graded.xlsx"))).toBe(false);
  });

  it("grades a package without a styles part, giving the copy one", async () => {
    const input = await writeDemoInput(dir, "plain.xlsx");
    const bare = rewriteZip(fs.readFileSync(input), (n, t) => {
      if (n === "xl/styles.xml") return null;
      if (n === "xl/_rels/workbook.xml.rels") return t.replace(/<Relationship [^>]*styles\.xml"\/>/, "");
      if (n === "[Content_Types].xml") return t.replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, "");
      return n.startsWith("xl/worksheets/sheet") ? t.replace(/ s="\d+"/g, "") : t;
    });
    expect(zipText(bare, "xl/styles.xml")).toBeNull();
    fs.writeFileSync(path.join(dir, "bare.xlsx"), bare);
    const run = await runCli(["score", "bare.xlsx", "--out", "bare.graded.xlsx"], dir);
    expect(run.code).toBe(0);
    const copy = fs.readFileSync(path.join(dir, "bare.graded.xlsx"));
    expect(zipText(copy, "xl/styles.xml")).toContain("<cellXfs");
    expect(sheetValues(await readBack(path.join(dir, "bare.graded.xlsx")), "考评结果").length).toBe(46);
  });

  it("lays the owned sheets out: number formats, tier fills, widths, the header frozen, links to the cells", async () => {
    await writeDemoInput(dir, "in.xlsx", (t) => setCell(t, "Indicators", 4, "Score", "abc"));
    expect((await runCli(["score", "in.xlsx", "--lang", "zh"], dir)).code).toBe(0);
    const wb = (await loadWorkbook(fs.readFileSync(path.join(dir, "in.graded.xlsx")))).workbook;
    const results = wb.getWorksheet("考评结果")!;
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(results.getColumn(16).width).toBeGreaterThan(10);
    expect(results.getCell("K2").numFmt).toBe("0.00");
    expect(results.getCell("A2").numFmt).toBe("@");
    const tier = String(results.getCell("N2").value);
    const fills: Record<string, string> = { 一等: "FFC6EFCE", 二等: "FFDDEBF7", 三等: "FFFFF2CC", 不合格: "FFFFC7CE" };
    expect((results.getCell("A2").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(fills[tier]);
    const warnings = wb.getWorksheet("校验提示")!;
    expect(warnings.getCell("B2").value).toBe("NOT_A_NUMBER");
    expect(warnings.getCell("F2").value).toEqual({ text: "指标考核!F6", hyperlink: "#指标考核!F6" });
    expect(warnings.getCell("F2").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
  });
});
