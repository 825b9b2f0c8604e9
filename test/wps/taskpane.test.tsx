/**
 * @jest-environment jsdom
 *
 * The WPS add-in's pane (src/hosts/wps/paneStart.tsx, taskpane.html's script) as WPS loads it
 * in taskpane.html, over the fake `wps` (test/fakeWps/root.ts) on the demo:
 * the page's language follows WPS's UI language, 重新计算 writes Results,
 * a user's edit to an input table says the results are out of date, and a
 * tier typed over on 考评结果 is named when the pane opens (the audit, as in
 * Excel), its link selecting the cell. Outside WPS the page says where it runs.
 */
import * as path from "node:path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { get, itemsOf } from "../../src/workbook/wps/facade";
import { inputTableNamed } from "../../src/engine/tableNames";
import { etApplication } from "../../src/hosts/wps/wpsRoot";
import { startPane } from "../../src/hosts/wps/paneStart";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { VERSION } from "../../src/version";
import { FIXED_NOW } from "../helpers/cli";
import { fakeFromFile, hostSheetText } from "../helpers/golden";
import { createFakeWpsRoot } from "../fakeWps/root";
import { buildWorkbook } from "../fakeExcel";
import { RULES } from "../../src/engine/rules";
import { TABLES } from "../../src/engine/tables";
import type { WpsRoot, WpsSheetChange } from "../../src/workbook/wps/facade";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");

/** The sheet holding the input table `name`. */
const tableOn = (root: WpsRoot, name: string) =>
  itemsOf(etApplication(root).ActiveWorkbook.Worksheets).find((s) => itemsOf(s.ListObjects).some((t) => inputTableNamed(t.Name) === name));

/** Holds back the SheetChange events WPS fires until `release`, then gives them in order. */
function holdSheetChanges(listeners: Set<WpsSheetChange>) {
  const events: Parameters<WpsSheetChange>[] = [];
  const originals = [...listeners];
  listeners.clear();
  const hold: WpsSheetChange = (...args) => void events.push(args);
  listeners.add(hold);
  return {
    count: () => events.length,
    release() {
      listeners.delete(hold);
      originals.forEach((l) => listeners.add(l));
      for (const args of events) originals.forEach((l) => l(...args));
    },
  };
}

/** Starts the pane as taskpane.html's script does, with `wps` as given (undefined: a plain browser). */
let unmount = (): void => undefined;
function openPaneOver(wps: unknown): void {
  document.body.innerHTML = '<div id="container"></div>';
  document.documentElement.lang = "zh-CN";
  unmount = startPane(document.getElementById("container")!, { wps });
}

afterEach(() => {
  act(() => unmount());
  localStorage.clear();
});

describe("the WPS pane's page", () => {
  it("speaks WPS's language: English for 1033, and 重新计算 writes Results", async () => {
    const host = await fakeFromFile(DEMO);
    await act(async () => openPaneOver(createFakeWpsRoot(host.store, { languageId: 1033 }).root));
    expect(document.documentElement.lang).toBe("en");
    fireEvent.click(await screen.findByRole("button", { name: "Recompute" }));
    expect(await screen.findByRole("heading", { name: /^Graded/ }, { timeout: 10_000 })).toBeTruthy();
    expect(hostSheetText(host, OUTPUT_SHEETS.results.sheet)?.length).toBeGreaterThan(1);
  });

  it("speaks Chinese for 2052, and says the results are out of date after the user edits an input table", async () => {
    const host = await fakeFromFile(DEMO);
    const { root } = createFakeWpsRoot(host.store, { languageId: 2052 });
    await act(async () => openPaneOver(root));
    expect(document.documentElement.lang).toBe("zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await screen.findByRole("heading", { name: /^已评定/ }, { timeout: 10_000 });
    expect(screen.queryByText(/结果已过期/)).toBeNull();
    const sheet = itemsOf(etApplication(root).ActiveWorkbook.Worksheets).find((s) =>
      itemsOf(s.ListObjects).some((t) => inputTableNamed(t.Name) === "Indicators"),
    );
    const body = itemsOf(sheet!.ListObjects).find((t) => inputTableNamed(t.Name) === "Indicators")!.DataBodyRange!;
    const score = body.Offset(0, get(body.Columns.Count) - 1).Resize(1, 1);
    await act(async () => {
      score.Value2 = 0;
    });
    expect(await screen.findByText(/结果已过期/, undefined, { timeout: 10_000 })).toBeTruthy();
  });

  it("names a tier typed over on 考评结果 when it opens, with a link that selects the cell", async () => {
    const host = await fakeFromFile(DEMO);
    const { root } = createFakeWpsRoot(host.store, { languageId: 2052 });
    const workbook = () => etApplication(root).ActiveWorkbook;
    // Graded before the pane opens (the ribbon's 重新计算), then a user types another tier over the first unit's.
    await runAppraisal(createWpsPort(workbook), { lang: "zh", version: VERSION, now: FIXED_NOW });
    const results = workbook().Worksheets.Item(OUTPUT_SHEETS.results.sheet);
    const header = results.ListObjects.Item(OUTPUT_SHEETS.results.table).HeaderRowRange!;
    const tierColumn = (header.Value2 as unknown[][])[0].indexOf("等次");
    const cell = results.Cells.Item(header.Row + 1, header.Column + tierColumn);
    const tier = String(cell.Value2);
    const typed = tier === "一等" ? "二等" : "一等";
    results.Unprotect();
    cell.Value2 = typed;
    const address = `${OUTPUT_SHEETS.results.sheet}!${String.fromCharCode(64 + header.Column + tierColumn)}${header.Row + 1}`;

    await act(async () => openPaneOver(root));
    const bar = (await screen.findByText("考评结果有 1 个单元格被手工改动", undefined, { timeout: 10_000 })).closest(".fui-MessageBar") as HTMLElement;
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([`${address} 写的是${typed}，按输入应为${tier}`]);
    fireEvent.click(within(bar).getByRole("button", { name: new RegExp(`^${address} 写的是`) }));
    await waitFor(() =>
      expect(host.store.selection).toMatchObject({
        sheetId: host.store.sheetByName(OUTPUT_SHEETS.results.sheet)?.id,
        rect: { row: header.Row, col: header.Column + tierColumn - 1 },
      }),
    );
  });

  it("creates the input tables from its button and lists them, the results not out of date", async () => {
    const host = buildWorkbook([]);
    const { root, sheetChange } = createFakeWpsRoot(host.store, { languageId: 2052 });
    // Graded once without tables (Results withheld, the RunLog written): a change to the inputs would now make the results out of date.
    const graded = await runAppraisal(
      createWpsPort(() => etApplication(root).ActiveWorkbook),
      { lang: "zh", version: VERSION, now: new Date() },
    );
    expect(graded.written).toBe(true);
    await act(async () => openPaneOver(root));
    // WPS may deliver SheetChange after the write that caused it, when the new sheets already hold their tables: held back here, given after.
    const held = holdSheetChanges(sheetChange);
    fireEvent.click(await screen.findByRole("button", { name: "创建输入表格" }));
    const tables = await screen.findByRole("region", { name: "输入表格" });
    for (const decl of TABLES)
      expect((await within(tables).findByText(decl.zh)).closest("li")?.textContent).toContain(decl.name === "Rules" ? `${RULES.length} 行` : "0 行");
    expect(screen.queryByRole("button", { name: /创建/ })).toBeNull();
    expect(tableOn(root, "Holidays")?.Name).toBe("节假日");
    expect(itemsOf(etApplication(root).ActiveWorkbook.Worksheets)[0].Name).toBe("说明");
    // The tables' own SheetChange events are Appraise's: the new tables do not make the results out of date.
    expect(held.count()).toBeGreaterThan(0);
    await act(async () => held.release());
    expect(screen.queryByText(/结果已过期/)).toBeNull();
  });

  it("says it runs inside WPS 表格 when opened in a plain browser", () => {
    openPaneOver(undefined);
    expect(document.getElementById("container")?.textContent).toContain("WPS 表格");
  });
});
