/**
 * A copy that would come out broken is never written (issue 17 item 5): when
 * the check of the parts Appraise edited or added fails, the command says it
 * is a bug in Appraise, names the part, exits 2, and leaves the file at the
 * copy's path (or, with --in-place, the workbook) byte for byte as it was.
 * The check itself is tested against real broken XML in
 * src/workbook/xlsx/packageEdits.test.ts; here it is made to fail.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { CopyDefect } from "../../src/workbook/xlsx/copyDefect";
import { runCli, tempDir, writeDemoInput } from "../helpers/cli";

let failing = false;
jest.mock("../../src/workbook/xlsx/copyDefect", () => {
  const actual = jest.requireActual("../../src/workbook/xlsx/copyDefect");
  return {
    ...actual,
    checkWellFormed: (parts: Iterable<readonly [string, string]>) => {
      if (failing) throw new actual.CopyDefect("xl/workbook.xml", '1:80: unbound namespace prefix: "r".');
      return actual.checkWellFormed(parts);
    },
  };
});

let dir: string;
beforeEach(() => void (dir = tempDir()));
afterEach(() => {
  failing = false;
  fs.rmSync(dir, { recursive: true, force: true });
});
const sha = (file: string): string =>
  crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(dir, file)))
    .digest("hex");

it("is the class the writer throws", () => expect(new CopyDefect("a.xml", "why").message).toBe("a.xml: why"));

it("reports a bug, names the part, exits 2 and leaves the earlier copy as it was", async () => {
  await writeDemoInput(dir, "in.xlsx");
  expect((await runCli(["score", "in.xlsx"], dir)).code).toBe(0);
  const before = sha("in.graded.xlsx");
  failing = true;
  const run = await runCli(["score", "in.xlsx", "--force"], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    'This is a bug in Appraise, not a problem with the workbook: the copy\'s part xl/workbook.xml came out wrong (1:80: unbound namespace prefix: "r".). ' +
      "Nothing was written; in.graded.xlsx is as it was. Please report it with the input workbook and this message.\n",
  );
  expect(sha("in.graded.xlsx")).toBe(before);
});

it("with --in-place, leaves the workbook as it was, in Chinese too", async () => {
  await writeDemoInput(dir, "book.xlsx");
  const before = sha("book.xlsx");
  failing = true;
  const run = await runCli(["score", "book.xlsx", "--in-place", "--lang", "zh"], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("这是 Appraise 的程序错误，不是工作簿的问题：副本中的部件 xl/workbook.xml 生成得不正确");
  expect(run.stderr).toContain("book.xlsx 保持原样");
  expect(sha("book.xlsx")).toBe(before);
  expect(fs.readdirSync(dir)).toEqual(["book.xlsx"]);
});
