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
import { act, fireEvent, screen } from "@testing-library/react";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { get, itemsOf } from "../../src/workbook/wps/facade";
import { inputTableNamed } from "../../src/engine/tableNames";
import { etApplication } from "../../src/hosts/wps/wpsRoot";
import { startPane } from "../../src/hosts/wps/paneStart";
import { fakeFromFile, hostSheetText } from "../helpers/golden";
import { createFakeWpsRoot } from "../fakeWps/root";

const DEMO = path.join(__dirname, "../../examples/yinhai-2016.xlsx");

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

  it("says it runs inside WPS 表格 when opened in a plain browser", () => {
    openPaneOver(undefined);
    expect(document.getElementById("container")?.textContent).toContain("WPS 表格");
  });
});
