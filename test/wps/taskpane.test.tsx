/**
 * @jest-environment jsdom
 *
 * The WPS add-in's pane (src/hosts/wps/paneStart.tsx, taskpane.html's script) as WPS loads it
 * in taskpane.html, over the fake `wps` (test/fakeWps/root.ts) on the demo:
 * the page's language follows WPS's UI language, 重新计算 writes Results,
 * and a user's edit to an input table says the results are out of date.
 * Outside WPS the page says where it runs.
 */
import * as path from "node:path";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { get, itemsOf } from "../../src/workbook/wps/facade";
import { inputTableNamed } from "../../src/engine/tableNames";
import { etApplication } from "../../src/hosts/wps/wpsRoot";
import { startPane } from "../../src/hosts/wps/paneStart";
import { fakeFromFile, hostSheetText } from "../helpers/golden";
import { createFakeWpsRoot } from "../fakeWps/root";
import { buildWorkbook } from "../fakeExcel";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { VERSION } from "../../src/version";
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
