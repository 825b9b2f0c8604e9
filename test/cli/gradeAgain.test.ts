/**
 * Nothing a user has is lost by grading again (SPEC §7, revised; issue 17
 * item 3): `score` never replaces a file that holds what the new copy would
 * not carry (a sheet added, a chart, earlier RunLog rows, History blocks)
 * without --force; `--in-place` grades the workbook itself, as the add-in
 * does; the README's quick start still works when run twice.
 *
 * The sheets are added to graded copies by other programs (openpyxl, or the
 * zip rewritten by hand), never through Appraise, and what the copies hold
 * is read back with ExcelJS.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/report";
import { readZip } from "../../src/workbook/xlsx/zip";
import { FIXED_NOW, readBack, runCli, setCell, sheetValues, sofficeSheets, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, findPython, runPython, SOFFICE } from "../helpers/external";
import { rewriteZip } from "../helpers/workbooks";

const OPENPYXL = findPython(["openpyxl"]);
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Later runs, a day apart: a second run at another time than the first, as in real life. */
const at = (day: number): Date => new Date(FIXED_NOW.getTime() + day * 86_400_000);

let dir: string;
beforeEach(() => void (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (file: string): string =>
  crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(dir, file)))
    .digest("hex");

/** The RunLog's data rows of a workbook, read with ExcelJS. */
async function runLogRows(file: string): Promise<unknown[][]> {
  return sheetValues(await readBack(path.join(dir, file)), "运行记录").slice(1);
}

async function sheetNames(file: string): Promise<string[]> {
  return (await readBack(path.join(dir, file))).worksheets.map((ws) => ws.name);
}

/**
 * A workbook with a sheet of the user's added by rewriting its zip (as another
 * program would), nothing else changed in its sheets. (Its part is named
 * sheetN.xml: ExcelJS, which reads the copies back, finds sheets by that name.)
 */
function addSheet(file: string, name: string): void {
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>备忘</t></is></c></row></sheetData></worksheet>';
  const bytes = rewriteZip(
    fs.readFileSync(path.join(dir, file)),
    (part, text) => {
      if (part === "xl/workbook.xml") return text.replace("</sheets>", `<sheet name="${name}" sheetId="99" r:id="rIdUser"/></sheets>`);
      if (part === "xl/_rels/workbook.xml.rels")
        return text.replace("</Relationships>", `<Relationship Id="rIdUser" Type="${REL}/worksheet" Target="worksheets/sheet90.xml"/></Relationships>`);
      if (part === "[Content_Types].xml")
        return text.replace(
          "</Types>",
          '<Override PartName="/xl/worksheets/sheet90.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        );
      return text;
    },
    { "xl/worksheets/sheet90.xml": sheet },
  );
  fs.writeFileSync(path.join(dir, file), bytes);
}

describe("score into a copy that is already there", () => {
  it("the README's quick start twice: the same input graded again replaces a copy that holds nothing more, without --force", async () => {
    await writeDemoInput(dir, "in.xlsx");
    expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
    const second = await runCli(["score", "in.xlsx"], dir, undefined, at(1));
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Wrote in.graded.xlsx");
    // The copy of the second run: its own time, and only its row (the first said the same, but for the time).
    expect((await runLogRows("in.graded.xlsx")).map((r) => r[0])).toEqual([at(1).toISOString()]);
  });

  it("refuses a copy with a sheet the user added: exit 2, OUTPUT_WOULD_OVERWRITE, the file byte-identical; --force replaces it", async () => {
    await writeDemoInput(dir, "in.xlsx");
    expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
    addSheet("in.graded.xlsx", "汇总");
    const before = sha("in.graded.xlsx");
    const run = await runCli(["score", "in.xlsx", "--json", "report.json"], dir, undefined, at(1));
    expect(run.code).toBe(2);
    expect(sha("in.graded.xlsx")).toBe(before);
    const expected =
      'in.graded.xlsx exists and holds what this run would not keep: the sheet "汇总". It was not replaced. To keep one record, grade the workbook itself: ' +
      "appraise score in.xlsx --in-place (as recomputing in Excel does); or write another file with --out; to replace it anyway, add --force.";
    expect(run.stderr).toBe(`${expected}\n`);
    expect(run.stdout).toContain(`Error OUTPUT_WOULD_OVERWRITE: ${expected}`);
    expect(run.stdout).toMatch(/Nothing was written\.\n$/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8")) as JsonReport;
    expect(report.diagnostics[0]).toMatchObject({ severity: "error", code: "OUTPUT_WOULD_OVERWRITE", cell: null, message: expected });
    expect(report.units).toHaveLength(45);

    const forced = await runCli(["score", "in.xlsx", "--force"], dir, undefined, at(2));
    expect(forced.code).toBe(0);
    expect(await sheetNames("in.graded.xlsx")).not.toContain("汇总");
    expect((await runLogRows("in.graded.xlsx")).map((r) => r[0])).toEqual([at(2).toISOString()]);
  });

  it("says it in Chinese, with the earlier RunLog row and History block an input change would lose", async () => {
    await writeDemoInput(dir, "in.xlsx");
    expect((await runCli(["score", "in.xlsx", "--lang", "zh"], dir)).code).toBe(0);
    // The office fixes a score and grades the same file again: the copy's record of the first run would go.
    await writeDemoInput(dir, "in.xlsx", (t) => setCell(t, "Indicators", 0, "Score", 1));
    const before = sha("in.graded.xlsx");
    const run = await runCli(["score", "in.xlsx", "--lang", "zh"], dir, undefined, at(1));
    expect(run.code).toBe(2);
    expect(sha("in.graded.xlsx")).toBe(before);
    expect(run.stderr).toContain("in.graded.xlsx 已存在，其中有本次运行不会保留的内容：");
    expect(run.stderr).toContain("运行记录中 1 行以前的运行；结果历史中 1 组以前的结果");
    expect(run.stderr).toContain("appraise score in.xlsx --in-place");
  });

  it("names a drawing the user anchored on Results as a part the copy would lack", async () => {
    await writeDemoInput(dir, "in.xlsx");
    expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
    const bytes = rewriteZip(
      fs.readFileSync(path.join(dir, "in.graded.xlsx")),
      (part, text) =>
        part === "[Content_Types].xml"
          ? text.replace(
              "</Types>",
              '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
            )
          : text,
      { "xl/drawings/drawing9.xml": '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>' },
    );
    fs.writeFileSync(path.join(dir, "in.graded.xlsx"), bytes);
    const run = await runCli(["score", "in.xlsx"], dir, undefined, at(1));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("holds what this run would not keep: 1 other part (xl/drawings/drawing9.xml).");
  });

  it("refuses a file at --out that is not a workbook, and --force replaces it", async () => {
    await writeDemoInput(dir, "in.xlsx");
    fs.writeFileSync(path.join(dir, "notes.xlsx"), "meeting notes, not a workbook");
    const run = await runCli(["score", "in.xlsx", "--out", "notes.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("notes.xlsx exists and holds what this run would not keep: it is not a workbook Appraise can read");
    expect(fs.readFileSync(path.join(dir, "notes.xlsx"), "utf8")).toBe("meeting notes, not a workbook");
    expect((await runCli(["score", "in.xlsx", "--out", "notes.xlsx", "--force"], dir)).code).toBe(0);
    expect(await sheetNames("notes.xlsx")).toContain("考评结果");
  });

  it("quotes a file name with a space in the command it suggests", async () => {
    await writeDemoInput(dir, "my book.xlsx");
    fs.writeFileSync(path.join(dir, "my book.graded.xlsx"), "not a workbook");
    const run = await runCli(["score", "my book.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('grade the workbook itself: appraise score "my book.xlsx" --in-place (as recomputing');
  });

  it("--in-place with --out is a usage error", async () => {
    await writeDemoInput(dir, "in.xlsx");
    const before = sha("in.xlsx");
    const run = await runCli(["score", "in.xlsx", "--in-place", "--out", "x.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--in-place and --out cannot be used together");
    expect(sha("in.xlsx")).toBe(before);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("score --in-place", () => {
  it("three times gives one workbook: three RunLog rows, every user sheet, every input part byte for byte", async () => {
    await writeDemoInput(dir, "book.xlsx");
    addSheet("book.xlsx", "汇总");
    const original = readZip(fs.readFileSync(path.join(dir, "book.xlsx")));
    for (const day of [1, 2, 3]) {
      const run = await runCli(["score", "book.xlsx", "--in-place"], dir, undefined, at(day));
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Wrote book.xlsx");
    }
    expect(fs.readdirSync(dir)).toEqual(["book.xlsx"]);
    expect((await runLogRows("book.xlsx")).map((r) => r[0])).toEqual([at(1), at(2), at(3)].map((d) => d.toISOString()));
    const names = await sheetNames("book.xlsx");
    expect(names).toContain("汇总");
    expect(names.slice(-6)).toEqual(["考评结果", "校验提示", "考评通报", "反馈单", "结果历史", "运行记录"]);
    // Every part of the input but the four shared ones Appraise adds its entries to is the same bytes: the input tables' sheets, the user's sheet.
    const graded = readZip(fs.readFileSync(path.join(dir, "book.xlsx")));
    const shared = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
    const changed = [...original].filter(([name, data]) => !shared.has(name) && Buffer.compare(Buffer.from(graded.get(name) ?? []), Buffer.from(data)) !== 0);
    expect(changed.map(([name]) => name)).toEqual([]);
    // One History block: the three runs graded the same inputs the same way.
    expect(
      new Set(
        sheetValues(await readBack(path.join(dir, "book.xlsx")), "结果历史")
          .slice(1)
          .map((r) => r[0]),
      ),
    ).toEqual(new Set([at(1).toISOString()]));
  });

  it("writes nothing into a workbook whose output sheet is someone else's (OUTPUT_CONFLICT)", async () => {
    await writeDemoInput(dir, "book.xlsx");
    addSheet("book.xlsx", "考评结果");
    const before = sha("book.xlsx");
    const run = await runCli(["score", "book.xlsx", "--in-place"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("OUTPUT_CONFLICT");
    expect(sha("book.xlsx")).toBe(before);
  });

  it("keeps the workbook's permissions", async () => {
    await writeDemoInput(dir, "book.xlsx");
    fs.chmodSync(path.join(dir, "book.xlsx"), 0o640);
    expect((await runCli(["score", "book.xlsx", "--in-place"], dir)).code).toBe(0);
    expect(fs.statSync(path.join(dir, "book.xlsx")).mode & 0o777).toBe(0o640);
  });
});

describe("an owned sheet another program saved with prefixes of its own", () => {
  it("keeps the drawing anchored on Results, written again in the names the new sheet declares", async () => {
    await writeDemoInput(dir, "book.xlsx");
    expect((await runCli(["score", "book.xlsx", "--in-place"], dir)).code).toBe(0);
    const resultsPart = "xl/worksheets/sheet12.xml";
    const rels = "xl/worksheets/_rels/sheet12.xml.rels";
    expect(new TextDecoder().decode(readZip(fs.readFileSync(path.join(dir, "book.xlsx"))).get(resultsPart))).toContain("<tableParts");
    // As some writers save it: the relationships namespace bound to ns2 on the root, the drawing using ns2:id.
    const bytes = rewriteZip(
      fs.readFileSync(path.join(dir, "book.xlsx")),
      (part, text) => {
        if (part === resultsPart)
          return text.replace("<worksheet ", `<worksheet xmlns:ns2="${REL}" `).replace("<tableParts", '<drawing ns2:id="rIdUserDrawing"/><tableParts');
        if (part === rels)
          return text.replace(
            "</Relationships>",
            `<Relationship Id="rIdUserDrawing" Type="${REL}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`,
          );
        if (part === "[Content_Types].xml")
          return text.replace(
            "</Types>",
            '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
          );
        return text;
      },
      { "xl/drawings/drawing9.xml": '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>' },
    );
    fs.writeFileSync(path.join(dir, "book.xlsx"), bytes);
    expect((await runCli(["score", "book.xlsx", "--in-place"], dir, undefined, at(1))).code).toBe(0);
    const results = new TextDecoder().decode(readZip(fs.readFileSync(path.join(dir, "book.xlsx"))).get(resultsPart));
    expect(results).toContain('<drawing r:id="rIdUserDrawing"/><tableParts');
    expect(results).not.toContain("ns2:");
  });
});

describeWith("python3-openpyxl", OPENPYXL !== null, "apt-get install -y python3-openpyxl", "a sheet added to the graded copy with openpyxl", () => {
  it("refuses to replace it, keeps it byte for byte, and --in-place on it keeps the sheet", async () => {
    await writeDemoInput(dir, "in.xlsx");
    expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
    runPython(
      OPENPYXL as string,
      "import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); wb.create_sheet('汇总')['A1'] = '备忘'; wb.save(sys.argv[1])",
      [path.join(dir, "in.graded.xlsx")],
    );
    const before = sha("in.graded.xlsx");
    const run = await runCli(["score", "in.xlsx"], dir, undefined, at(1));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the sheet "汇总"');
    expect(sha("in.graded.xlsx")).toBe(before);
    // The one record: the graded copy graded in place, the user's sheet and both runs in it (read back with openpyxl: ExcelJS cannot read its files).
    expect((await runCli(["score", "in.graded.xlsx", "--in-place"], dir, undefined, at(2))).code).toBe(0);
    const read = runPython(
      OPENPYXL as string,
      "import openpyxl, sys, json; wb = openpyxl.load_workbook(sys.argv[1]); print(json.dumps([wb.sheetnames, [r[0].value for r in wb['运行记录'].iter_rows(min_row=2)]]))",
      [path.join(dir, "in.graded.xlsx")],
    );
    const [names, times] = JSON.parse(read) as [string[], string[]];
    expect(names).toContain("汇总");
    expect(times).toEqual([FIXED_NOW, at(2)].map((d) => d.toISOString()));
    // And LibreOffice opens the one record (an undeclared prefix once made it refuse such a file).
    if (SOFFICE) expect((sofficeSheets(path.join(dir, "in.graded.xlsx")).get("运行记录") ?? []).map((r) => r[0])).toEqual(["Time", ...times]);
  }, 120_000);
});

describe("the installed command, run twice as the README's quick start does", () => {
  const root = path.join(__dirname, "../..");
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json")], { stdio: "pipe" });
  }, 120_000);

  it("grades examples/yinhai-2016.xlsx twice, exit 0 both times", () => {
    fs.mkdirSync(path.join(dir, "examples"));
    fs.copyFileSync(path.join(root, "examples/yinhai-2016.xlsx"), path.join(dir, "examples/yinhai-2016.xlsx"));
    const appraise = () =>
      spawnSync(process.execPath, [path.join(root, "bin/appraise.js"), "score", "examples/yinhai-2016.xlsx"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
      });
    const first = appraise();
    expect(first.status).toBe(0);
    const second = appraise();
    expect(second.stderr).toBe("");
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Wrote examples/yinhai-2016.graded.xlsx");
  }, 60_000);
});
