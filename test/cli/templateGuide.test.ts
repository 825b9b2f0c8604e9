/**
 * `appraise template` guides the person who fills it in (issue 20): read back
 * with openpyxl (Debian's python3-openpyxl, an independent reader), the 说明
 * sheet comes first with its text, every enumerated column has its drop-down
 * list, the date columns are formatted as dates and wide enough, every
 * column fits its header. LibreOffice keeps the lists when it re-saves the
 * workbook (it read them).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { TABLES, VETO_AREAS } from "../../src/engine/tables";
import { buildTemplateGuide } from "../../src/workbook/template";
import { runCli, sofficeResave, tempDir } from "../helpers/cli";
import { describeWith, findPython, runPython, SOFFICE } from "../helpers/external";

const OPENPYXL = findPython(["openpyxl"]);

/** What openpyxl sees: sheet order, validations, number formats of row 2, column widths, the guide's rows. */
const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "lists": {}, "formats": {}, "columnFormats": {}, "widths": {}, "headers": {}, "guide": []}
for ws in wb.worksheets:
    out["lists"][ws.title] = [[str(dv.sqref), dv.type, dv.formula1, dv.errorStyle, bool(dv.showErrorMessage)] for dv in ws.data_validations.dataValidation]
    cols = ws.max_column
    out["formats"][ws.title] = [ws.cell(2, c).number_format for c in range(1, cols + 1)]
    # A <col min max> element is one dimension, under its first column's letter.
    dims = {}
    for dim in ws.column_dimensions.values():
        for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
            dims[c] = dim
    out["columnFormats"][ws.title] = [dims[c].number_format if c in dims else "General" for c in range(1, cols + 1)]
    out["widths"][ws.title] = [dims[c].width if c in dims else None for c in range(1, cols + 1)]
    out["headers"][ws.title] = [ws.cell(1, c).value for c in range(1, cols + 1)]
guide = wb.worksheets[0]
out["guide"] = [[c if c is not None else "" for c in row] for row in guide.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False))
`;

interface ReadBack {
  sheets: string[];
  lists: Record<string, [string, string, string, string, boolean][]>;
  formats: Record<string, string[]>;
  columnFormats: Record<string, string[]>;
  widths: Record<string, number[]>;
  headers: Record<string, string[]>;
  guide: string[][];
}

const readBack = (file: string): ReadBack => JSON.parse(runPython(OPENPYXL ?? "python3", READ, [file])) as ReadBack;

/** Display width as Excel's default fonts take it: CJK characters count double. */
const wide = (s: string): number => [...s].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

let dir = "";
beforeAll(() => (dir = tempDir("appraise-template-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeWith("python3-openpyxl", OPENPYXL !== null, "npm run setup:tools", "the template read back with openpyxl", () => {
  it("opens on the 说明 sheet, which says what each table is for and how to fill the tricky columns", async () => {
    expect((await runCli(["template", "t.xlsx", "--year", "2026"], dir)).code).toBe(0);
    const book = readBack(path.join(dir, "t.xlsx"));
    expect(book.sheets).toEqual(["说明", ...TABLES.map((t) => t.sheet)]);
    expect(book.guide).toEqual(buildTemplateGuide("zh", 2026).rows.map((r) => [...r]));
    const text = book.guide.map((r) => r.join(" ")).join("\n");
    expect(text).toContain("2026年度绩效考评输入表");
    expect(text).toContain("满意度评价和满意度测评票数只填一个");
    expect(text).toContain("“倍数”留空时按考评规则 bonus.multiplier（默认 2）计算");
    expect(text).toContain("“项数”填通报的项数，不填扣的分数");
    expect(text).toContain("“指标组”只用于两种指标");
    expect(text).toContain("考评期（period.start, period.end）必须是考评的年份");
    expect(text).toContain("docs/guide.md");
    for (const t of TABLES) expect(book.guide.some((r) => r[0] === t.sheet && r[1].length > 10)).toBe(true);
  });

  it("has a drop-down list on every enumerated column, warning on other words", async () => {
    expect((await runCli(["template", "l.xlsx", "--year", "2026"], dir)).code).toBe(0);
    const { lists } = readBack(path.join(dir, "l.xlsx"));
    const list = (words: readonly string[]) => `"${words.join(",")}"`;
    expect(lists["考评对象"]).toEqual([["C2:C10000", "list", list(["是", "否"]), "warning", true]]);
    expect(lists["指标考核"].map((v) => [v[0], v[2]])).toEqual([
      ["B2:B10000", list(["职能", "共性"])],
      ["C2:C10000", list(["核心职能", "临时性重大工作"])],
    ]);
    expect(lists["满意度测评票数"].map((v) => [v[0], v[2]])).toEqual([["B2:B10000", list(["公众评议", "领导评价"])]]);
    expect(lists["创新争优加分"].map((v) => [v[0], v[2]])).toEqual([["C2:C10000", list(["表彰奖励", "工作创新", "指标超额"])]]);
    expect(lists["一票否决"].map((v) => [v[0], v[2]])).toEqual([["B2:B10000", list(VETO_AREAS)]]);
    expect(lists["节假日"].map((v) => [v[0], v[2]])).toEqual([["B2:B10000", list(["休", "班"])]]);
    for (const sheet of ["满意度评价", "通报扣分", "察访核验", "复核申请", "考评规则", "说明"]) expect([sheet, lists[sheet]]).toEqual([sheet, []]);
  });

  it("in English with --lang en: the Guide sheet and the English words", async () => {
    expect((await runCli(["template", "en.xlsx", "--year", "2026", "--lang", "en"], dir)).code).toBe(0);
    const book = readBack(path.join(dir, "en.xlsx"));
    expect(book.sheets[0]).toBe("Guide");
    expect(book.guide[0][0]).toBe("Input tables of the 2026 appraisal · how to fill them in");
    expect(book.guide.map((r) => r[1]).join("\n")).toContain("A blank Multiplier in Bonuses counts the bonus at the rule bonus.multiplier");
    expect(book.lists["节假日"][0][2]).toBe('"off,work"');
    expect(book.lists["考评对象"][0][2]).toBe('"yes,no"');
  });

  it("formats the date columns as dates, wide enough for a date, and every column fits its header", async () => {
    expect((await runCli(["template", "d.xlsx", "--year", "2026"], dir)).code).toBe(0);
    const book = readBack(path.join(dir, "d.xlsx"));
    for (const decl of TABLES) {
      decl.columns.forEach((c, i) => {
        const where = `${decl.sheet} ${c.zh}`;
        // The blank row's cell, and the column's format that Excel gives the rows typed under it.
        if (c.type === "date") expect([where, book.formats[decl.sheet][i], book.columnFormats[decl.sheet][i]]).toEqual([where, "yyyy-mm-dd", "yyyy-mm-dd"]);
        // "2026-05-10" is 10 characters; 2 more for the cell's margins, or Excel shows ###.
        if (c.type === "date") expect([where, book.widths[decl.sheet][i] >= 12]).toEqual([where, true]);
        // The header and its filter button.
        expect([where, book.widths[decl.sheet][i] >= wide(book.headers[decl.sheet][i]) + 2]).toEqual([where, true]);
      });
    }
  });
});

describeWith("LibreOffice (soffice)", SOFFICE && OPENPYXL !== null, "npm run setup:tools", "the template through LibreOffice", () => {
  it("keeps the lists and the guide when LibreOffice re-saves the template", async () => {
    expect((await runCli(["template", "lo.xlsx", "--year", "2026"], dir)).code).toBe(0);
    const out = tempDir("appraise-template-lo-");
    try {
      const book = readBack(sofficeResave(path.join(dir, "lo.xlsx"), out));
      expect(book.sheets[0]).toBe("说明");
      expect(book.guide[0][0]).toBe("2026年度绩效考评输入表 · 填写说明");
      // LibreOffice writes the list back over the rows it keeps (B2:B1001 here): the column, under the header.
      expect(book.lists["节假日"].map((v) => [v[0].replace(/\d+$/, ""), v[2]])).toEqual([["B2:B", '"休,班"']]);
      expect(book.lists["一票否决"][0][2]).toBe(`"${VETO_AREAS.join(",")}"`);
      // LibreOffice keeps the date format on the column (escaped: yyyy\-mm\-dd), where new rows take it from.
      expect(book.columnFormats["指标考核"][6].replace(/\\/g, "")).toBe("yyyy-mm-dd");
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
