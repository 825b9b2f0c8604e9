/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read properties before load and sync on purpose, to check the fake throws as Office.js does */
/**
 * The fake host itself: it must behave like Excel where the adapter relies on
 * it, or the adapter's tests prove nothing.
 */
import { addTable, buildWorkbook, cellInfo, createFakeExcel, FakeExcelError, readCells, setCells, tableInfo } from "../fakeExcel";

const units = () =>
  buildWorkbook([
    {
      name: "Units",
      sheet: "考评对象",
      header: ["Unit", "Category"],
      rows: [
        ["区发改局", "经济类"],
        ["区财政局", "经济类"],
      ],
    },
  ]);

describe("load and sync", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const host = units();
    await host.run(async (ctx) => {
      const range = ctx.workbook.tables.getItem("Units").getDataBodyRange();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["区发改局", "经济类"],
        ["区财政局", "经济类"],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(host.syncCount).toBe(1);
  });

  it("fails the sync with ItemNotFound for getItem of a missing name, and gives a null object for getItemOrNullObject", async () => {
    const host = units();
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.tables.getItem("Nope");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await host.run(async (ctx) => {
      const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
      const found = ctx.workbook.tables.getItemOrNullObject("UNITS");
      const header = missing.getHeaderRowRange().load("values");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(header.isNullObject).toBe(true);
      missing.delete(); // a method on a null object does nothing
      await ctx.sync();
    });
  });

  it("loads collection items with navigation paths", async () => {
    const host = units();
    await host.run(async (ctx) => {
      const tables = ctx.workbook.tables.load("items/name, items/worksheet/name");
      await ctx.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Units", "考评对象"]]);
    });
  });

  it("does not round-trip for a sync with nothing queued", async () => {
    const host = units();
    await host.run(async (ctx) => {
      await ctx.sync();
    });
    expect(host.syncCount).toBe(0);
  });
});

describe("typing in values", () => {
  it.each([
    ["=SUM(A1)", "General", { formula: "=SUM(A1)" }],
    ["-x", "General", { formula: "=-x" }],
    ["+1", "General", { value: 1, formula: null }],
    ["001", "General", { value: 1, formula: null }],
    ["#N/A", "General", { value: { error: "#N/A" }, valueType: "Error" }],
    ["TRUE", "General", { value: true }],
    ["=SUM(A1)", "@", { value: "=SUM(A1)", formula: null, valueType: "String" }],
    ["001", "@", { value: "001" }],
    ["'=SUM(A1)", "General", { value: "=SUM(A1)", formula: null }],
  ])("writes %j over format %s as Excel does", async (input, format, expected) => {
    const host = units();
    await host.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("考评对象").getRange("D1");
      cell.numberFormat = [[format]];
      cell.values = [[input]];
      await ctx.sync();
    });
    expect(cellInfo(host, "考评对象!D1")).toMatchObject(expected);
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const host = units();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("考评对象").getRange("A2:B2").values = [[null, ""]];
    });
    expect(readCells(host, "考评对象!A2:B2")).toEqual([["区发改局", null]]);
  });

  it("rejects an array that does not fit the range", async () => {
    const host = units();
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("考评对象").getRange("A1:B1").values = [["x"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("payload limit and failures", () => {
  it("fails an oversized write before applying anything", async () => {
    const host = createFakeExcel({ payloadLimitBytes: 1000 });
    setCells(host, "S!A1", [["old"]]);
    const big = Array.from({ length: 100 }, (_, i) => [`row ${i} with some text`]);
    await expect(
      host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [["new"]];
        ws.getRange("B1:B100").values = big;
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(readCells(host, "S!A1")).toEqual([["old"]]);
  });

  it("rolls back a batch whose reads push it over the limit", async () => {
    const host = createFakeExcel({ payloadLimitBytes: 2000 });
    setCells(
      host,
      "S!A1",
      Array.from({ length: 200 }, () => ["some text in a cell"]),
    );
    await expect(
      host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("C1").values = [["written"]];
        ws.getRange("A1:A200").load("values");
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(readCells(host, "S!C1")).toEqual([[null]]);
  });

  it("applies nothing of a sync failed by failNextSync", async () => {
    const host = units();
    host.failNextSync("InvalidOperationInCellEditMode");
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("考评对象").getRange("A2").values = [["改了"]];
      }),
    ).rejects.toBeInstanceOf(FakeExcelError);
    expect(readCells(host, "考评对象!A2")).toEqual([["区发改局"]]);
    expect(host.syncs[0]).toMatchObject({ ok: false, error: "InvalidOperationInCellEditMode" });
  });

  it("keeps the commands before a failing one, as Excel does", async () => {
    const host = units();
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("考评对象").getRange("C1").values = [["first"]];
        ctx.workbook.worksheets.getItem("missing").getRange("A1").values = [["second"]];
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(readCells(host, "考评对象!C1")).toEqual([["first"]]);
  });
});

describe("tables", () => {
  it("gives a header-only table one empty data row, and rows.add fills it first", async () => {
    const host = createFakeExcel();
    setCells(host, "Log!A1", [["Time", "Note"]]);
    await host.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Log").tables.add("A1:B1", true);
      t.name = "RunLog";
      await ctx.sync();
      t.rows.add(undefined, [["t1", "a"]]);
      t.rows.add(undefined, [["t2", "b"]]);
    });
    expect(tableInfo(host, "RunLog")).toMatchObject({
      address: "A1:B3",
      rows: [
        ["t1", "a"],
        ["t2", "b"],
      ],
    });
  });

  it("refuses a second table with a name already used (case-insensitive)", async () => {
    const host = units();
    addTable(host, { name: "Other", sheet: "S", header: ["A"], rows: [[1]] });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.tables.getItem("Other").name = "units";
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("events", () => {
  it("fires onChanged for the add-in's own writes and for a user's edit", async () => {
    const delivered: (() => void)[] = [];
    const host = buildWorkbook([{ name: "Units", sheet: "U", header: ["Unit"], rows: [["a"]] }], { deliver: (fn) => delivered.push(fn) });
    const seen: string[] = [];
    await host.run(async (ctx) => {
      ctx.workbook.tables.onChanged.add(async (args) => void seen.push(`${args.type}:${args.address}`));
      await ctx.sync();
    });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("U").getRange("A2").values = [["b"]];
    });
    host.userEdit("U!A2", "c");
    delivered.forEach((fn) => fn());
    expect(seen).toEqual(["TableChanged:A2", "TableChanged:A2"]);
  });

  it("fires worksheet and table onChanged with the trigger source", async () => {
    const delivered: (() => void)[] = [];
    const host = buildWorkbook([{ name: "Units", sheet: "U", header: ["Unit"], rows: [["a"]] }], { deliver: (fn) => delivered.push(fn) });
    const seen: unknown[] = [];
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("U").onChanged.add(async (args) => void seen.push(args));
      ctx.workbook.tables.getItem("Units").onChanged.add(async (args) => void seen.push(args.type));
      await ctx.sync();
    });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("U").getRange("C5").values = [["outside the table"]];
    });
    host.userEdit("U!A2", "b");
    delivered.forEach((fn) => fn());
    expect(seen).toEqual([
      expect.objectContaining({ type: "WorksheetChanged", address: "C5", triggerSource: "ThisLocalAddin" }),
      expect.objectContaining({ type: "WorksheetChanged", address: "A2", triggerSource: "Unknown" }),
      "TableChanged",
    ]);
  });
});

describe("names, selection and the application", () => {
  it("keeps a name's reference, shows #REF! once its sheet is deleted, and frees the name for reuse", async () => {
    const host = units();
    setCells(host, "Out!A1", [["x"]]);
    await host.run(async (ctx) => {
      ctx.workbook.names.add("Owner", ctx.workbook.worksheets.getItem("Out").getRange("A1"), "why");
    });
    await host.run(async (ctx) => {
      const name = ctx.workbook.names.getItemOrNullObject("OWNER");
      name.load("formula, type");
      const range = name.getRange();
      range.load("address");
      await ctx.sync();
      expect([name.formula, name.type, range.address]).toEqual(["=Out!$A$1", "Range", "Out!A1"]);
      ctx.workbook.worksheets.getItem("Out").delete();
      name.load("formula, type");
      await ctx.sync();
      expect([name.formula, name.type]).toEqual(["=#REF!$A$1", "Error"]);
    });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.names.add("Owner", "=考评对象!$A$1");
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("selects, reports the selection, and keeps the calculation mode", async () => {
    const host = units();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("考评对象").getRange("B2").select();
      ctx.workbook.application.calculationMode = "Manual";
      await ctx.sync();
      const selected = ctx.workbook.getSelectedRange().load("address");
      ctx.workbook.application.load("calculationMode");
      await ctx.sync();
      expect([selected.address, ctx.workbook.application.calculationMode]).toEqual(["考评对象!B2", "Manual"]);
    });
  });
});
