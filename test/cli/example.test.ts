/**
 * The committed example input, examples/yinhai-2016.xlsx, is the demo
 * builder's output: regenerate it with
 * `node bin/appraise.js demo examples/yinhai-2016.xlsx --inputs-only --force`
 * whenever the builder changes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputWorkbook } from "../../src/cli/inputTables";
import { loadWorkbook, workbookToBuffer } from "../../src/workbook/exceljs/files";
import { readTables } from "../../src/workbook/exceljs/readTables";
import { readZip } from "../../src/workbook/xlsx/zip";
import { runCli, tempDir } from "../helpers/cli";

it("examples/yinhai-2016.xlsx holds the demo builder's current tables", async () => {
  const committed = await loadWorkbook(fs.readFileSync(path.join(__dirname, "../../examples/yinhai-2016.xlsx")));
  const built = await loadWorkbook(await workbookToBuffer(inputWorkbook(buildDemoTables())));
  expect(readTables(committed.workbook)).toEqual(readTables(built.workbook));
});

it("examples/yinhai-2016.xlsx is, part for part, what `demo --inputs-only` writes", async () => {
  const dir = tempDir();
  try {
    expect((await runCli(["demo", "in.xlsx", "--inputs-only"], dir)).code).toBe(0);
    const parts = (file: string): [string, string][] =>
      [...readZip(fs.readFileSync(file))]
        .map(([name, data]): [string, string] => [name, Buffer.from(data).toString("utf8")])
        .sort(([a], [b]) => (a < b ? -1 : 1));
    expect(parts(path.join(dir, "in.xlsx"))).toEqual(parts(path.join(__dirname, "../../examples/yinhai-2016.xlsx")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it("examples/units-2016.tsv lists the demo's 45 units", () => {
  const tsv = fs.readFileSync(path.join(__dirname, "../../examples/units-2016.tsv"), "utf8").trim().split("\n").slice(1);
  const units = buildDemoTables()
    .find((t) => t.decl.name === "Units")!
    .rows.map((r) => `${r[0]}\t${r[1]}`);
  expect(units).toEqual(tsv);
});
