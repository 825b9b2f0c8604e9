/**
 * History and protection over the Office.js adapter and the fake host
 * (issue 11): grade the demo, edit one Score as a user would, grade again —
 * History has two blocks and the changes name exactly the units whose
 * composite, rank or tier moved; a third run appends nothing. The owned
 * sheets are protected, and Appraise lifts and restores the protection
 * around its own write.
 */
import { buildWorkbook, tableInfo, type FakeExcelHost } from "../fakeExcel";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputGrids } from "../../src/cli/inputTables";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { NOW, portOf } from "./helpers";

const run = (host: FakeExcelHost, now = NOW) => runAppraisal(portOf(host), { lang: "zh", version: "0.1.0", now });

/** Unit → "composite|rank|tier" as the Results table shows them (columns 单位, 综合得分, 名次, 等次). */
function resultsByUnit(host: FakeExcelHost): Map<string, string> {
  const t = tableInfo(host, "Results");
  if (t === undefined) throw new Error("no Results");
  const col = (name: string) => t.header.indexOf(name);
  return new Map(t.rows.map((r) => [String(r[col("单位")]), `${r[col("综合得分")]}|${r[col("名次")]}|${r[col("等次")]}`]));
}

/** The sheet address of the Score cell of the Indicators row `index` (0-based data row). */
function scoreCell(host: FakeExcelHost, index: number): { address: string; unit: string; score: unknown } {
  const t = tableInfo(host, "Indicators");
  if (t === undefined) throw new Error("no Indicators");
  const [, top] = /^[A-Z]+(\d+)/.exec(t.address) ?? [];
  const c = t.header.indexOf("得分");
  return {
    address: `${t.sheet}!${String.fromCharCode(65 + c)}${Number(top) + 1 + index}`,
    unit: String(t.rows[index][t.header.indexOf("单位")]),
    score: t.rows[index][c],
  };
}

const blocksOf = (host: FakeExcelHost) => new Set(tableInfo(host, "History")?.rows.map((r) => r[0])).size;

describe("History over the Office.js adapter", () => {
  it("grades the demo, one Score edited, grades again: two blocks, and the changes name exactly the units that moved; a third run appends nothing", async () => {
    const host = buildWorkbook(inputGrids(buildDemoTables()).tables);
    const first = await run(host);
    expect(first.changes).toEqual({ since: null, changes: [] });
    expect(tableInfo(host, "History")?.rows).toHaveLength(45);
    expect(tableInfo(host, "History")?.header).toEqual(["运行时间", "输入指纹", "单位", "类别", "综合得分", "名次", "等次"]);
    const before = resultsByUnit(host);

    const cell = scoreCell(host, 0);
    host.userEdit(cell.address, Number(cell.score) - 40);
    const second = await run(host, new Date("2024-05-02T08:00:00.000Z"));
    const after = resultsByUnit(host);
    const moved = [...after.keys()].filter((u) => after.get(u) !== before.get(u)).sort();
    expect(moved).toContain(cell.unit);
    expect(second.changes.since).toBe(NOW.toISOString());
    expect(second.changes.changes.map((c) => c.unit).sort()).toEqual(moved);
    expect(tableInfo(host, "History")?.rows).toHaveLength(90);
    expect(blocksOf(host)).toBe(2);

    const third = await run(host, new Date("2024-05-03T08:00:00.000Z"));
    expect(third.changes.changes).toEqual([]);
    expect(tableInfo(host, "History")?.rows).toHaveLength(90);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(3);
  });
});

describe("protection of the owned sheets", () => {
  it("protects every output sheet, so typing over a tier is refused as Excel refuses it", async () => {
    const host = buildWorkbook(inputGrids(buildDemoTables()).tables);
    await run(host);
    for (const sheet of ["考评结果", "校验提示", "运行记录", "结果历史"])
      expect(host.store.sheetByName(sheet)?.protection).toEqual({ on: true, password: null });
    expect(() => host.userEdit("考评结果!N2", "一等")).toThrow(expect.objectContaining({ code: "AccessDenied" }));
  });

  it("lifts a protected Results sheet's protection before the write and restores it after", async () => {
    const host = buildWorkbook(inputGrids(buildDemoTables()).tables);
    await run(host);
    const results = host.store.sheetByName("考评结果")?.id;
    const events: string[] = [];
    const store = host.store;
    const spy = (name: "protectSheet" | "unprotectSheet" | "write") => {
      const original = store[name].bind(store) as (...args: unknown[]) => void;
      jest.spyOn(store, name).mockImplementation(((id: string, ...rest: unknown[]) => {
        if (id === results) events.push(name);
        original(id, ...rest);
      }) as never);
    };
    spy("protectSheet");
    spy("unprotectSheet");
    spy("write");
    const cell = scoreCell(host, 0);
    host.userEdit(cell.address, Number(cell.score) - 40);
    const outcome = await run(host);
    expect(outcome.written).toBe(true);
    expect(events[0]).toBe("unprotectSheet");
    expect(events[events.length - 1]).toBe("protectSheet");
    expect(events.filter((e) => e === "write").length).toBeGreaterThan(0);
    expect(store.sheetByName("考评结果")?.protection.on).toBe(true);
  });

  it("a sheet the user protected with a password stops the run before anything is written", async () => {
    const host = buildWorkbook(inputGrids(buildDemoTables()).tables);
    await run(host);
    const before = tableInfo(host, "Results");
    host.userSetProtection("考评结果", false);
    host.userSetProtection("考评结果", true, "secret");
    const cell = scoreCell(host, 0);
    host.userEdit(cell.address, Number(cell.score) - 40);
    await expect(run(host)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(tableInfo(host, "Results")).toEqual(before);
    expect(tableInfo(host, "RunLog")?.rows).toHaveLength(1);
  });
});
