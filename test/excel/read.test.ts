/**
 * The Office.js adapter's read against the fake host: cells, origins,
 * ownership, and the number and size of syncs.
 */
import { addTable, buildWorkbook, createFakeExcel, jsonBytes, setCells } from "../fakeExcel";
import { readWorkbook } from "../../src/workbook/excel/readWorkbook";
import { portOf, runOf, smallWorkbook, syncsOf } from "./helpers";

describe("read", () => {
  it("reads every input table in one sync, with blanks, errors, booleans and the table's origin", async () => {
    const host = buildWorkbook([
      {
        name: "Units",
        sheet: "考评对象",
        header: ["Unit", "Category", "Assessed"],
        rows: [
          ["区发改局", "经济类", true],
          ["区财政局", null, "否"],
        ],
      },
      {
        name: "Indicators",
        sheet: "My sheet",
        address: "C4",
        header: ["Unit", "MaxPoints", "Score"],
        rows: [
          ["区发改局", 600, { error: "#N/A" }],
          ["#N/A", 100, 95.5],
        ],
      },
    ]);
    const port = portOf(host);
    const snapshot = await port.read();
    // One sync: Units and Indicators are there, so no sheet is looked at for plain data.
    expect(host.syncCount).toBe(1);
    // Nothing beside either table.
    expect(snapshot.input.tables.map((t) => t.beside)).toEqual([
      { belowRow: 4, below: [], right: [] },
      { belowRow: 7, below: [], right: [] },
    ]);
    expect(snapshot.input.tables.map(({ beside: _beside, ...grid }) => grid)).toEqual([
      {
        name: "Units",
        sheet: "考评对象",
        headerRow: 1,
        firstColumn: 1,
        header: ["Unit", "Category", "Assessed"],
        rows: [
          ["区发改局", "经济类", true],
          ["区财政局", null, "否"],
        ],
      },
      {
        name: "Indicators",
        sheet: "My sheet",
        headerRow: 4,
        firstColumn: 3,
        header: ["Unit", "MaxPoints", "Score"],
        rows: [
          ["区发改局", 600, { error: "#N/A" }],
          ["#N/A", 100, 95.5],
        ],
      },
    ]);
    expect(snapshot.ownership).toEqual({ results: "absent", warnings: "absent", runlog: "absent", history: "absent" });
  });

  it("finds tables by either name, case-insensitively, as spelled in the workbook", async () => {
    const host = buildWorkbook([
      { name: "UNITS", sheet: "A", header: ["单位"], rows: [["x"]] },
      { name: "满意度评价", sheet: "B", header: ["单位"], rows: [["x"]] },
    ]);
    const snapshot = await portOf(host).read();
    expect(snapshot.input.tables.map((t) => t.name)).toEqual(["UNITS", "满意度评价"]);
    expect(host.syncCount).toBe(1);
  });

  it("does not read a table that is not an input, however big: still one sync", async () => {
    const host = smallWorkbook();
    addTable(host, { name: "Budget", sheet: "预算", header: ["Item", "Amount"], rows: Array.from({ length: 40_000 }, (_, i) => [`item ${i}`, i]) });
    const snapshot = await portOf(host).read();
    expect(snapshot.input.tables.map((t) => t.name)).toEqual(["Units", "Indicators", "Satisfaction", "Rules"]);
    expect(host.syncCount).toBe(1);
    expect(host.syncs[0].responseBytes).toBeLessThan(100_000);
  });

  it("reads a district-sized Indicators table (1,500 rows) in the one sync", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`区单位${i % 60}`, i % 5 === 0 ? "common" : "functional", 20, 18.5]);
    const host = buildWorkbook([{ name: "Indicators", sheet: "指标考核", header: ["单位", "指标类型", "分值", "得分"], rows }]);
    const { snapshot } = await readWorkbook(runOf(host));
    expect(snapshot.input.tables[0].rows).toEqual(rows);
    expect(host.syncCount).toBe(1);
  });

  it("leaves out the tables on Appraise's own sheets, and reads only input tables elsewhere", async () => {
    const host = smallWorkbook();
    addTable(host, { name: "Results", sheet: "考评结果", header: ["单位"], rows: [["old"]] });
    host.store.addName("Appraise_Owned_Results", null, "='考评结果'!$A$1", "");
    addTable(host, { name: "Warnings", sheet: "校验提示", header: ["级别"], rows: [["x"]] });
    const snapshot = await portOf(host).read();
    const names = snapshot.input.tables.map((t) => t.name);
    expect(names).toEqual(["Units", "Indicators", "Satisfaction", "Rules"]);
    expect(snapshot.ownership).toEqual({ results: "owned", warnings: "foreign", runlog: "absent", history: "absent" });
  });

  it.each([
    ["no ownership name", null, "foreign"],
    ["a name pointing at another sheet", "=Other!$A$1", "foreign"],
    ["a name pointing at the sheet", "='考评结果'!$A$1", "owned"],
  ])("calls an existing 考评结果 sheet with %s %s", async (_, formula, expected) => {
    const host = smallWorkbook();
    setCells(host, "考评结果!A1", [["mine"]]);
    setCells(host, "Other!A1", [["x"]]);
    if (formula !== null) host.store.addName("Appraise_Owned_Results", host.store.referenceOf(formula), null, "");
    expect((await portOf(host).read()).ownership.results).toBe(expected);
  });

  it("calls an output foreign when its table name is taken elsewhere, even with no sheet", async () => {
    const host = smallWorkbook();
    addTable(host, { name: "RunLog", sheet: "我的表", header: ["a"], rows: [[1]] });
    expect((await portOf(host).read()).ownership).toEqual({ results: "absent", warnings: "absent", runlog: "foreign", history: "absent" });
  });

  it("reads long bodies in chunks under the budget, one sync each", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`单位${i}`, "functional", i, i / 2]);
    // The first sync probes the 22 expected names, each with the cells beside it (readBeside.ts): about 60 kB of requests.
    const host = buildWorkbook([{ name: "Indicators", sheet: "指标考核", header: ["Unit", "Type", "MaxPoints", "Score"], rows }], {
      payloadLimitBytes: 75_000,
    });
    const { snapshot } = await readWorkbook(runOf(host), { prefixRows: 50, budgetBytes: 20_000 });
    expect(snapshot.input.tables[0].rows).toEqual(rows);
    expect(host.syncs.every((s) => s.ok)).toBe(true);
    const [first, ...chunks] = host.syncs;
    expect(first.requestBytes + first.responseBytes).toBeLessThanOrEqual(75_000);
    for (const s of chunks) expect(s.requestBytes + s.responseBytes).toBeLessThanOrEqual(20_000);
    // what the chunks carry, over a budget of 20 kB, with the 25 % margin for longer rows
    const data = jsonBytes(rows.slice(50)) + jsonBytes(rows.slice(50).map(() => ["String", "String", "Double", "Double"]));
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(data / 20_000));
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil((data * 1.25) / 20_000) + 1);
  });

  it("splits a chunk Excel still finds too big and reads it again", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i === 0 ? "短" : `${"很长的文本".repeat(20)}${i}`]);
    const host = buildWorkbook([{ name: "Units", sheet: "U", header: ["Unit"], rows }], { payloadLimitBytes: 40_000 });
    const { snapshot } = await readWorkbook(runOf(host), { prefixRows: 1, budgetBytes: 35_000 });
    expect(snapshot.input.tables[0].rows).toEqual(rows);
    expect(host.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(host.syncs[host.syncs.length - 1].ok).toBe(true);
  });

  it("starts over the plain way when the probing sync fails", async () => {
    const host = smallWorkbook();
    host.failNextSync("GeneralException");
    const snapshot = await portOf(host).read();
    expect(snapshot.input.tables.map((t) => t.name)).toEqual(["Units", "Indicators", "Satisfaction", "Rules"]);
    expect(host.syncs.map((s) => s.ok)).toEqual([false, true, true, true]);
  });

  it("rejects with Excel's error when Excel is editing a cell", async () => {
    const host = smallWorkbook();
    host.honoursDelayForCellEdit = false; // a host that fails delayed batches anyway (OfficeDev/office-js#3019)
    host.cellEditMode = true;
    await expect(portOf(host).read()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.syncCount).toBe(1);
  });

  it("waits while a cell is being edited, as delayForCellEdit asks, and reads when editing ends", async () => {
    const host = smallWorkbook();
    host.cellEditMode = true;
    const reading = portOf(host).read();
    let done = false;
    void reading.then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    expect(host.syncCount).toBe(0);
    host.endCellEdit();
    expect((await reading).input.tables).toHaveLength(4);
    expect(host.syncs.every((s) => s.ok)).toBe(true);
  });

  it("reads an empty workbook", async () => {
    const host = createFakeExcel();
    host.store.addSheet("Sheet1");
    // The second sync reads the used ranges of the sheets without tables: the required tables are missing (TABLE_MISSING names plain data).
    expect(await syncsOf(host, () => portOf(host).read())).toBe(2);
  });
});
