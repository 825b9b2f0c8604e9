/**
 * The structural check that every copy the tests write must pass finds what
 * it is there to find.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { packageStructureProblems } from "../helpers/packageStructure";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";
import { rewriteZip } from "../helpers/workbooks";

let copy: Buffer;
beforeAll(async () => {
  const dir = tempDir();
  await writeDemoInput(dir, "in.xlsx");
  expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
  copy = fs.readFileSync(path.join(dir, "in.graded.xlsx"));
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

it("passes a graded copy", () => expect(packageStructureProblems(copy)).toEqual([]));

it.each([
  [
    "a relationship to a missing part",
    (n: string, t: string) =>
      n === "xl/_rels/workbook.xml.rels" ? t.replace("</Relationships>", '<Relationship Id="rIdX" Type="t" Target="nowhere.xml"/></Relationships>') : t,
    /rIdX → nowhere\.xml/,
  ],
  [
    "a part without a content type",
    (n: string, t: string) => (n === "[Content_Types].xml" ? t.replace(/<Override PartName="\/xl\/tables\/table1\.xml"[^>]*\/>/, "") : t),
    /table1\.xml has no content type/,
  ],
  [
    "a namespace prefix used and not declared (what openpyxl 3.0 inputs made of the copy)",
    (n: string, t: string) => (n === "xl/workbook.xml" ? t.replace(/ xmlns:r="[^"]*"/, "") : t),
    /^xl\/workbook\.xml: .*unbound namespace prefix: "r"/,
  ],
  ["two sheets with one id", (n: string, t: string) => (n === "xl/workbook.xml" ? t.replace(/sheetId="2"/, 'sheetId="1"') : t), /sheet ids not unique/],
  [
    "an invalid defined name",
    (n: string, t: string) => (n === "xl/workbook.xml" ? t.replace("Appraise_Owned_Results", "A1") : t),
    /defined name A1 is not a valid name/,
  ],
  [
    "an owned sheet out of schema order",
    (n: string, t: string) =>
      /<tableParts/.test(t) && /考评结果|<hyperlinks/.test(t) ? t.replace(/(<sheetViews>.*?<\/sheetViews>)(.*?<\/sheetData>)/s, "$2$1") : t,
    /elements out of schema order/,
  ],
])("finds %s", (_what, edit, problem) => {
  const problems = packageStructureProblems(rewriteZip(copy, edit));
  expect(problems.some((p) => problem.test(p))).toBe(true);
});
