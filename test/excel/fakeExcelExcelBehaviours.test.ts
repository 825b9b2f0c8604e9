/**
 * The fake host's models of what Excel documents (or is reported to do),
 * checked directly, so the adapter tests that rely on them mean something.
 */
import { addTable, buildWorkbook, cellInfo, createFakeExcel, filterTable, setCells, tableInfo, type FakeRequestContext } from "../fakeExcel";

const units = {
  name: "Units",
  sheet: "考评对象",
  header: ["Unit", "Category"],
  rows: [
    ["区发改局", "经济类"],
    ["区财政局", "经济类"],
    ["区教育局", "社会类"],
  ],
};
type Ctx = FakeRequestContext;

describe("the fake host, as Excel documents it", () => {
  it.each([
    [false, 42370],
    [true, 40908],
  ])("workbook.functions.date(2016, 1, 1) follows the date system (1904: %s)", async (date1904, serial) => {
    const host = createFakeExcel();
    host.store.addSheet("Sheet1");
    host.store.date1904 = date1904;
    const value = await host.run(async (ctx: Ctx) => {
      const r = ctx.workbook.functions.date(2016, 1, 1);
      r.load("value");
      await ctx.sync();
      return r.value;
    });
    expect(value).toBe(serial);
  });

  it("Table.resize keeps the top row and must overlap the table", async () => {
    const host = buildWorkbook([units]);
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.tables.getItem("Units").resize("A1:B6");
      await ctx.sync();
    });
    expect(tableInfo(host, "Units")?.address).toBe("A1:B6");
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.tables.getItem("Units").resize("A2:B6");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a structured reference follows a rename and turns into #REF! when its table is deleted", () => {
    const host = buildWorkbook([units]);
    setCells(host, "封面!A1", [[{ formula: '=COUNTIF(Units[Category],"经济类")' }]]);
    host.recalculate();
    expect(cellInfo(host, "封面!A1").value).toBe(2);
    const id = host.store.tableByName("Units")?.id as string;
    host.store.renameTable(id, "考评对象");
    expect(cellInfo(host, "封面!A1").formula).toBe('=COUNTIF(考评对象[Category],"经济类")');
    host.store.deleteTable(id);
    addTable(host, { ...units, name: "考评对象", sheet: "新表" });
    host.recalculate();
    expect(cellInfo(host, "封面!A1")).toMatchObject({ formula: '=COUNTIF(#REF!,"经济类")', value: { error: "#REF!" } });
  });

  it("a suspended sync leaves dependent formulas out of date until a later change or calculate()", async () => {
    const host = buildWorkbook([units]);
    setCells(host, "封面!A1", [[{ formula: "=ROWS(Units)" }]]);
    host.recalculate();
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.tables.getItem("Units").rows.add(undefined, [["区统计局", "经济类"]]);
      await ctx.sync();
    });
    expect(cellInfo(host, "封面!A1").value).toBe(3);
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.application.calculate("Recalculate");
      await ctx.sync();
    });
    expect(cellInfo(host, "封面!A1").value).toBe(4);
  });

  it("a table row delete does nothing while the table is filtered (OfficeDev/office-js#994)", async () => {
    const host = buildWorkbook([units]);
    filterTable(host, "Units", 1, (c) => c === "经济类");
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.tables.getItem("Units").rows.getItemAt(0).delete();
      await ctx.sync();
    });
    expect(tableInfo(host, "Units")?.rows).toHaveLength(3);
  });

  it("a hidden header row has no range; the columns keep their names", async () => {
    const host = buildWorkbook([{ ...units, headerRow: 2, showHeaders: false }]);
    const names = await host.run(async (ctx: Ctx) => {
      const cols = ctx.workbook.tables.getItem("Units").columns.load("items/name");
      await ctx.sync();
      return cols.items.map((c) => c.name);
    });
    expect(names).toEqual(["Unit", "Category"]);
    await expect(
      host.run(async (ctx: Ctx) => {
        ctx.workbook.tables.getItem("Units").getHeaderRowRange().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("row deletions reach worksheets.onChanged but not tables.onChanged (OfficeDev/office-js#294)", async () => {
    const delivered: (() => void)[] = [];
    const host = createFakeExcel({ deliver: (fn) => delivered.push(fn) });
    addTable(host, units);
    const seen: string[] = [];
    await host.run(async (ctx: Ctx) => {
      ctx.workbook.tables.onChanged.add(() => void seen.push("table"));
      ctx.workbook.worksheets.onChanged.add((args: { changeType: string }) => void seen.push(`sheet:${args.changeType}`));
      await ctx.sync();
    });
    host.userDeleteTableRows("Units", 0);
    delivered.splice(0).forEach((fn) => fn());
    expect(seen).toEqual(["sheet:RowDeleted"]);
    expect(tableInfo(host, "Units")?.rows.map((r) => r[0])).toEqual(["区财政局", "区教育局"]);
  });

  it("a batch run with delayForCellEdit waits for the edit to end; one without fails at once", async () => {
    const host = buildWorkbook([units]);
    host.startCellEdit();
    const batch = (ctx: Ctx) => ctx.sync().then(() => "synced");
    const touch = (ctx: Ctx) => void ctx.workbook.tables.getItem("Units").getRange().load("address");
    await expect(host.run((ctx: Ctx) => (touch(ctx), batch(ctx)))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const delayed = host.run({ delayForCellEdit: true }, (ctx: Ctx) => (touch(ctx), batch(ctx)));
    host.endCellEdit();
    await expect(delayed).resolves.toBe("synced");
  });
});
