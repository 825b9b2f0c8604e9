/**
 * Which tables are inputs, decided once (src/workbook/inputTables.ts) and
 * asked by the package reader (`appraise score`), the Office.js reader (on
 * the fake host, holding the same file) and the pane's table list: on the
 * same file they agree, whatever the case of a table's name.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { tableStatuses } from "../../src/taskpane/state/inputTables";
import type { WorkbookSnapshot } from "../../src/workbook/port";
import { workbookToBuffer } from "../../src/workbook/exceljs/files";
import { openPackage } from "../../src/workbook/xlsx/openPackage";
import { portOf } from "../excel/helpers";
import { fakeFromFile } from "../helpers/golden";
import { workbookWith } from "../helpers/workbooks";

const UNITS = { sheet: "考评对象", name: "UNITS", headers: ["单位", "类别"], rows: [["区财政局", "经济管理类和其他类"]] };
const INDICATORS = { sheet: "指标考核", name: "指标考核", headers: ["单位", "指标"], rows: [["区财政局", "预算执行"]] };

/** What a reader handed the engine: each input table's name and sheet. */
type Seen = { name: string; sheet: string }[];

async function throughBoth(wb: Workbook, ownerOf?: string): Promise<{ pkg: Seen; excel: Seen; ownership: WorkbookSnapshot["ownership"][] }> {
  if (ownerOf !== undefined) wb.definedNames.add(`'${ownerOf}'!$A$1`, "Appraise_Owned_Results");
  const bytes = await workbookToBuffer(wb);
  const opened = openPackage(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const file = join(mkdtempSync(join(tmpdir(), "appraise-inputs-")), "in.xlsx");
  writeFileSync(file, bytes);
  const host = await fakeFromFile(file);
  if (ownerOf !== undefined) await host.run(async (ctx) => void ctx.workbook.names.add("Appraise_Owned_Results", `='${ownerOf}'!$A$1`));
  const snapshot = await portOf(host).read();
  const seen = (tables: readonly { name: string; sheet: string }[]): Seen => tables.map((t) => ({ name: t.name, sheet: t.sheet }));
  const pkgOwnership = {
    results: opened.opened.ownership.results,
    warnings: opened.opened.ownership.warnings,
    runlog: opened.opened.ownership.runlog,
    history: opened.opened.ownership.history,
  };
  return { pkg: seen(opened.opened.tables), excel: seen(snapshot.input.tables), ownership: [pkgOwnership, snapshot.ownership] };
}

describe("which tables are inputs, asked through each reader", () => {
  it("a user's table named 'results' on their own sheet is no input and makes Results foreign, through either adapter", async () => {
    const wb = workbookWith([UNITS, INDICATORS, { sheet: "我的汇总", name: "results", headers: ["单位"], rows: [["区财政局"]] }]);
    const { pkg, excel, ownership } = await throughBoth(wb);
    const inputs = [
      { name: "UNITS", sheet: "考评对象" },
      { name: "指标考核", sheet: "指标考核" },
    ];
    expect(pkg).toEqual(inputs);
    expect(excel).toEqual(inputs);
    expect(ownership[0]).toEqual({ results: "foreign", warnings: "absent", runlog: "absent", history: "absent" });
    expect(ownership[1]).toEqual(ownership[0]);
  });

  it("the pane lists the same tables found from either adapter's read", async () => {
    const wb = workbookWith([UNITS, { sheet: "我的汇总", name: "results", headers: ["单位"], rows: [["区财政局"]] }]);
    const { pkg, excel } = await throughBoth(wb);
    const found = (seen: Seen) =>
      tableStatuses(seen.map((t) => ({ name: t.name, rows: [["x"]] })))
        .filter((s) => s.found)
        .map((s) => s.name);
    expect(found(pkg)).toEqual(["Units"]);
    expect(found(excel)).toEqual(found(pkg));
  });

  it("a table named like an input on Appraise's own 考评结果 is no input, through either adapter", async () => {
    const wb = workbookWith([UNITS, { sheet: "考评结果", name: "Results", headers: ["单位"], rows: [["区财政局"]] }]);
    wb.getWorksheet("考评结果")!.addTable({ name: "indicators", ref: "D1", headerRow: true, columns: [{ name: "单位" }], rows: [["区财政局"]] });
    const { pkg, excel, ownership } = await throughBoth(wb, "考评结果");
    expect(ownership[0].results).toBe("owned");
    expect(ownership[1].results).toBe("owned");
    expect(pkg).toEqual([{ name: "UNITS", sheet: "考评对象" }]);
    expect(excel).toEqual(pkg);
  });
});
