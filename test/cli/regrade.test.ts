/**
 * Grading a graded copy again: the owned sheets are byte-identical (the
 * same inputs give the same bytes), the RunLog has one more row, and every
 * other part, the user's too, is as it was. Owned sheets are replaced in
 * place: the same sheet ids, tab order, parts and table ids, so what a user
 * built on Results (a formula naming Results[等次], a sheet after it) keeps
 * working.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { readZip } from "../../src/workbook/xlsx/zip";
import { checkedCopies, runCli, sofficeSheets, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, SOFFICE } from "../helpers/external";
import { rewriteZip } from "../helpers/workbooks";

let dir: string;
beforeAll(() => void (dir = tempDir()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A graded copy with a user's summary sheet after the outputs: =COUNTIF(Results[等次],"一等"). */
function withSummarySheet(bytes: Buffer): Buffer {
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>一等单位数</t></is></c><c r="B1"><f>COUNTIF(Results[等次],"一等")</f></c></row></sheetData></worksheet>';
  return rewriteZip(
    bytes,
    (name, text) => {
      if (name === "xl/workbook.xml") return text.replace("</sheets>", '<sheet name="汇总" sheetId="99" r:id="rIdSummary"/></sheets>');
      if (name === "xl/_rels/workbook.xml.rels")
        return text.replace("</Relationships>", `<Relationship Id="rIdSummary" Type="${REL}/worksheet" Target="worksheets/summary.xml"/></Relationships>`);
      if (name === "[Content_Types].xml")
        return text.replace(
          "</Types>",
          '<Override PartName="/xl/worksheets/summary.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        );
      return text;
    },
    { "xl/worksheets/summary.xml": sheet },
  );
}

/** The copy with a drawing (as a chart or picture is anchored) on the Results sheet, which is the first sheet part after the inputs. */
function withDrawingOnResults(bytes: Buffer, resultsPart: string): Buffer {
  const rels = resultsPart.replace("worksheets/", "worksheets/_rels/") + ".rels";
  return rewriteZip(
    bytes,
    (name, text) => {
      if (name === resultsPart) return text.replace("<tableParts", '<drawing r:id="rIdUserDrawing"/><tableParts');
      if (name === rels)
        return text.replace(
          "</Relationships>",
          `<Relationship Id="rIdUserDrawing" Type="${REL}/drawing" Target="../drawings/userDrawing.xml"/></Relationships>`,
        );
      if (name === "[Content_Types].xml")
        return text.replace(
          "</Types>",
          '<Override PartName="/xl/drawings/userDrawing.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
        );
      return text;
    },
    {
      "xl/drawings/userDrawing.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
    },
  );
}

/** The sheets Appraise owns, in the tab order it first writes them. */
const OWNED = ["考评结果", "校验提示", "考评通报", "反馈单", "结果历史", "运行记录"];

function ownedParts(file: string): {
  sheets: { name: string; sheetId: number; part: string | null; tables: { part: string; id: number }[] }[];
  parts: Map<string, Uint8Array>;
} {
  const pkg = readPackage(fs.readFileSync(file));
  return {
    sheets: pkg.sheets.map((s) => ({ name: s.name, sheetId: s.sheetId, part: s.part, tables: s.tables.map((t) => ({ part: t.part, id: t.definition.id })) })),
    parts: readZip(fs.readFileSync(file)),
  };
}

describe("grading a graded copy again", () => {
  let first: ReturnType<typeof ownedParts>;
  let second: ReturnType<typeof ownedParts>;
  beforeAll(async () => {
    await writeDemoInput(dir, "in.xlsx");
    expect((await runCli(["score", "in.xlsx", "--out", "once.xlsx", "--lang", "zh"], dir)).code).toBe(0);
    const resultsPart = readPackage(fs.readFileSync(path.join(dir, "once.xlsx"))).sheets.find((s) => s.name === "考评结果")?.part as string;
    fs.writeFileSync(path.join(dir, "once+summary.xlsx"), withDrawingOnResults(withSummarySheet(fs.readFileSync(path.join(dir, "once.xlsx"))), resultsPart));
    expect((await runCli(["score", "once+summary.xlsx", "--out", "twice.xlsx", "--lang", "zh"], dir)).code).toBe(0);
    first = ownedParts(path.join(dir, "once+summary.xlsx"));
    second = ownedParts(path.join(dir, "twice.xlsx"));
  }, 60_000);

  it("checked the structure of both copies", () => expect(checkedCopies).toBeGreaterThanOrEqual(2));

  it("keeps every sheet's id, tab position and part, and every table's part and id", () => {
    expect(second.sheets).toEqual(first.sheets);
    expect(second.sheets.map((s) => s.name)).toEqual([...first.sheets.map((s) => s.name)]);
    expect(second.sheets.map((s) => s.name).slice(-OWNED.length - 1)).toEqual([...OWNED, "汇总"]);
  });

  it("gives byte-identical Results and Warnings sheets and tables, and changes no other part but the RunLog's", () => {
    const runLog = first.sheets.find((s) => s.name === "运行记录");
    const changing = new Set([runLog?.part, ...(runLog?.tables.map((t) => t.part) ?? [])]);
    expect([...second.parts.keys()]).toEqual([...first.parts.keys()]);
    const changed = [...first.parts]
      .filter(([name, data]) => Buffer.compare(Buffer.from(second.parts.get(name) as Uint8Array), Buffer.from(data)) !== 0)
      .map(([n]) => n);
    expect(new Set(changed)).toEqual(changing);
  });

  it("keeps a drawing the user anchored on the Results sheet", () => {
    const results = second.sheets.find((s) => s.name === "考评结果")?.part as string;
    expect(new TextDecoder().decode(second.parts.get(results))).toContain('<drawing r:id="rIdUserDrawing"/>');
    expect(new TextDecoder().decode(second.parts.get(results.replace("worksheets/", "worksheets/_rels/") + ".rels"))).toContain("../drawings/userDrawing.xml");
  });

  it("appends exactly one RunLog row", () => {
    const rows = (parts: Map<string, Uint8Array>): number => {
      const part = first.sheets.find((s) => s.name === "运行记录")?.part as string;
      return (new TextDecoder().decode(parts.get(part)).match(/<row /g) ?? []).length;
    };
    expect(rows(second.parts)).toBe(rows(first.parts) + 1);
  });

  describeWith("LibreOffice (soffice)", SOFFICE, "apt-get install -y --no-install-recommends libreoffice-calc-nogui", "LibreOffice", () => {
    it("still computes the user's formula on Results[等次] in the copy graded twice", () => {
      const sheets = sofficeSheets(path.join(dir, "twice.xlsx"));
      const firsts = (sheets.get("考评结果") as string[][]).slice(1).filter((r) => r[13] === "一等").length;
      expect(firsts).toBeGreaterThan(0);
      expect((sheets.get("汇总") as string[][])[0]).toEqual(["一等单位数", String(firsts)]);
    }, 120_000);
  });
});
