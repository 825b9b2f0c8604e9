/**
 * Workbooks saved by programs other than Appraise grade exactly as the
 * workbook they came from: the same units, scores, tiers and diagnostics, and
 * the same input fingerprint. Each file is made here, by the program itself:
 *
 * - openpyxl (Debian's python3-openpyxl), loading and saving the demo inputs as
 *   an office script would: absolute relationship targets, inline strings;
 * - XlsxWriter (python3-xlsxwriter), writing the demo's tables in a layout of
 *   its own: tables off A1, several on one sheet, Chinese table names, a totals
 *   row under Indicators, and the 1904 date system;
 * - openpyxl 3.0 (Debian's and Ubuntu's python3-openpyxl) writing the tables
 *   anew as real Excel tables: it declares `xmlns:r` on each `<sheet>`, not on
 *   `<workbook>`, which once made the copy's new sheets use an undeclared prefix;
 * - LibreOffice, through an OpenDocument spreadsheet (.xlsx → .ods → .xlsx).
 *
 * Every copy is well-formed (issue 17, must-show 4): each XML part parses with
 * its namespaces (runCli checks every copy, and the last block says it for
 * these), and LibreOffice opens it and reads Results as graded.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import type { JsonReport } from "../../src/cli/report";
import { readZip } from "../../src/workbook/xlsx/zip";
import { runCli, sofficeConvert, sofficeSheets, tempDir, writeDemoInput } from "../helpers/cli";
import { namespaceProblems } from "../helpers/packageStructure";
import { describeWith, findPython, runPython, SOFFICE, tablesJson } from "../helpers/external";
import { zipText } from "../helpers/workbooks";

const OPENPYXL = findPython(["openpyxl"]);
const XLSXWRITER = findPython(["xlsxwriter"]);

let dir: string;
let original: JsonReport;
/** Each graded copy of this file, with the report of its run. */
const copies: { file: string; report: JsonReport }[] = [];

beforeAll(async () => {
  dir = tempDir();
  await writeDemoInput(dir, "original.xlsx");
  original = await graded("original.xlsx");
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function graded(file: string): Promise<JsonReport> {
  const run = await runCli(["score", file, "--json", "-", "--lang", "zh", "--out", `${file}.graded.xlsx`], dir);
  if (run.code !== 0) throw new Error(`score ${file} exited ${run.code}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as JsonReport;
  copies.push({ file: `${file}.graded.xlsx`, report });
  return report;
}

/** What must not depend on the program that saved the file: everything but the cells' addresses. */
function gradedAlike(report: JsonReport, options: { sameCells: boolean }): void {
  expect(report.units).toEqual(original.units);
  expect(report.inputFingerprint).toBe(original.inputFingerprint);
  const located = (r: JsonReport) =>
    r.diagnostics.map((d) => ({ ...d, cell: options.sameCells ? d.cell : null, sheetRow: options.sameCells ? d.sheetRow : null }));
  expect(located(report)).toEqual(located(original));
}

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "a workbook saved by openpyxl", () => {
  it("grades the demo inputs as saved by openpyxl exactly as the original", async () => {
    runPython(OPENPYXL as string, "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", [
      path.join(dir, "original.xlsx"),
      path.join(dir, "openpyxl.xlsx"),
    ]);
    // openpyxl's own form of the package, which ExcelJS alone cannot read (exceljs#1468).
    const bytes = fs.readFileSync(path.join(dir, "openpyxl.xlsx"));
    expect(zipText(bytes, "xl/worksheets/_rels/sheet1.xml.rels")).toContain('Target="/xl/tables/table1.xml"');
    gradedAlike(await graded("openpyxl.xlsx"), { sameCells: true });
  });

  it("grades an empty template round-tripped through openpyxl without errors", async () => {
    expect((await runCli(["template", "new.xlsx", "--year", "2026"], dir)).code).toBe(0);
    runPython(OPENPYXL as string, "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", [
      path.join(dir, "new.xlsx"),
      path.join(dir, "re.xlsx"),
    ]);
    const report = await graded("re.xlsx");
    expect(report.units).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.rules["period.start"]).toBe("2026-01-01");
  });
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "a workbook written anew by openpyxl 3.0", () => {
  let bytes: Buffer;
  let report: JsonReport;
  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, "tables.json"), tablesJson(buildDemoTables()));
    const script = fs.readFileSync(path.join(__dirname, "..", "writers", "openpyxl_tables.py"), "utf8");
    runPython(OPENPYXL as string, script, [path.join(dir, "tables.json"), path.join(dir, "openpyxl-tables.xlsx")]);
    bytes = fs.readFileSync(path.join(dir, "openpyxl-tables.xlsx"));
    report = await graded("openpyxl-tables.xlsx");
  }, 60_000);

  it("is the form it means to test: xmlns:r declared on each <sheet>, not on <workbook>", () => {
    const workbook = zipText(bytes, "xl/workbook.xml") ?? "";
    expect(workbook).toMatch(/<sheet xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/);
    expect(/<workbook[^>]*xmlns:r=/.test(workbook)).toBe(false);
  });

  it("grades exactly as the original, into a copy whose new sheets declare r:", () => {
    gradedAlike(report, { sameCells: false });
    const workbook = zipText(fs.readFileSync(path.join(dir, "openpyxl-tables.xlsx.graded.xlsx")), "xl/workbook.xml") ?? "";
    expect(workbook).toMatch(
      /<sheet name="考评结果" sheetId="\d+" xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships" r:id="rId\d+"\/>/,
    );
  });
});

describeWith("python3-xlsxwriter", XLSXWRITER !== null, "apt-get install -y python3-xlsxwriter", "a workbook written by XlsxWriter", () => {
  let report: JsonReport;
  let bytes: Buffer;
  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, "tables.json"), tablesJson(buildDemoTables()));
    const script = fs.readFileSync(path.join(__dirname, "..", "writers", "xlsxwriter_tables.py"), "utf8");
    runPython(XLSXWRITER as string, script, [path.join(dir, "tables.json"), path.join(dir, "xlsxwriter.xlsx")]);
    bytes = fs.readFileSync(path.join(dir, "xlsxwriter.xlsx"));
    report = await graded("xlsxwriter.xlsx");
  }, 60_000);

  it("is the layout it means to test: 1904 dates, tables off A1 and side by side, a totals row", () => {
    expect(zipText(bytes, "xl/workbook.xml")).toMatch(/date1904="1"/);
    const tables = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => zipText(bytes, `xl/tables/table${i}.xml`) ?? "");
    expect(tables.find((t) => t.includes('name="考评对象"'))).toMatch(/ref="B3:D48"/);
    expect(tables.find((t) => t.includes('name="Indicators"'))).toMatch(/totalsRowCount="1"/);
  });

  it("grades exactly as the original: same units, scores, tiers, diagnostics and fingerprint", () => {
    gradedAlike(report, { sameCells: false });
  });

  it("points each diagnostic at the cell where XlsxWriter put it", () => {
    const late = report.diagnostics.find((d) => d.code === "PENALTY_OUTSIDE_PERIOD");
    const before = original.diagnostics.find((d) => d.code === "PENALTY_OUTSIDE_PERIOD");
    // Penalties starts at H1 of 加减分 instead of A1 of 通报扣分: the same data row, seven columns right.
    expect(before?.cell).toBe("通报扣分!B4");
    expect(late?.cell).toBe("加减分!I4");
  });
});

describeWith(
  "LibreOffice (soffice)",
  SOFFICE,
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  "a workbook LibreOffice saved from an .ods",
  () => {
    it("grades the demo inputs, converted to .ods and back to .xlsx by LibreOffice, exactly as the original", async () => {
      const odsDir = path.join(dir, "ods");
      const backDir = path.join(dir, "back");
      fs.mkdirSync(odsDir);
      fs.mkdirSync(backDir);
      const ods = sofficeConvert(path.join(dir, "original.xlsx"), "ods", odsDir);
      const back = sofficeConvert(ods, "xlsx", backDir);
      fs.copyFileSync(back, path.join(dir, "libreoffice.xlsx"));
      gradedAlike(await graded("libreoffice.xlsx"), { sameCells: true });
    }, 240_000);
  },
);

describe("every copy is well-formed", () => {
  it("graded a copy from every writer", () => expect(copies.length).toBeGreaterThanOrEqual(OPENPYXL && XLSXWRITER && SOFFICE ? 6 : 1));

  it("every XML part of each copy parses with its namespaces", () => {
    for (const { file } of copies)
      expect({ file, problems: namespaceProblems(readZip(fs.readFileSync(path.join(dir, file)))) }).toEqual({ file, problems: [] });
  });

  describeWith("LibreOffice (soffice)", SOFFICE, "apt-get install -y --no-install-recommends libreoffice-calc-nogui", "LibreOffice opens each copy", () => {
    it("and reads its Results as graded: every unit with its composite", () => {
      for (const { file, report } of copies) {
        const results = sofficeSheets(path.join(dir, file)).get("考评结果") ?? [];
        const read = new Map(results.slice(1).map((row) => [row[0], row[10] === "" ? null : Number(row[10])]));
        expect({ file, units: read }).toEqual({ file, units: new Map(report.units.map((u) => [u.unit, u.composite])) });
      }
    }, 600_000);
  });
});
