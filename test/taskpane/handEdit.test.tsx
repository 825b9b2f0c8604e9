/** @jest-environment jsdom */
/**
 * The audit and the changes in the pane, over the Office.js adapter and the
 * fake Excel host (issue 11): a hand edit of 考评结果, made like a user's
 * typing after unprotecting the sheet, is reported when the pane opens with
 * a link to the cell; after a Recompute the pane lists what changed. And
 * (issue 17) an input change alone accuses no cell, a hand edit with an
 * input change names that cell alone, and an edited RunLog row is found.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/hosts/excel/App";
import { recomputeInExcel } from "../../src/workbook/excel/recomputeInExcel";
import type { ExcelRunner } from "../../src/workbook/excel/excelRun";
import { simpleWorkbook } from "../engine/workbook";
import { buildWorkbook, cellInfo, type FakeExcelHost } from "../fakeExcel";

if (typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  globalThis.TextEncoder = (require("node:util") as typeof import("node:util")).TextEncoder as typeof globalThis.TextEncoder;
}

const UNITS = ["区发改局", "区财政局", "区统计局", "区教育局", "区卫健局", "区民政局"];

function workbook(): FakeExcelHost {
  return buildWorkbook(
    simpleWorkbook(UNITS.map((unit, i) => ({ unit, category: i < 3 ? "经济管理类和其他类" : "社会管理类", functional: 520 + 10 * i }))).tables,
  );
}

function installOffice(host: FakeExcelHost): void {
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = { run: host.run };
  g.Office = {
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: "zh-CN",
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } },
    },
  };
}

const renderApp = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );

describe("the pane's audit of Results", () => {
  it("reports a hand edit of 考评结果 when it opens, with a link that selects the cell", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    const tier = cellInfo(host, "考评结果!N2").value;
    expect(() => host.userEdit("考评结果!N2", "不合格")).toThrow(expect.objectContaining({ code: "AccessDenied" }));
    host.userSetProtection("考评结果", false);
    host.userEdit("考评结果!N2", tier === "不合格" ? "一等" : "不合格");

    renderApp();
    const bar = (await screen.findByText("考评结果有 1 个单元格被手工改动")).closest(".fui-MessageBar") as HTMLElement;
    expect(bar).toBeTruthy();
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([`考评结果!N2 写的是${tier === "不合格" ? "一等" : "不合格"}，按输入应为${tier}`]);
    fireEvent.click(within(bar).getByRole("button", { name: /^考评结果!N2 写的是/ }));
    const sheet = host.store.sheetByName("考评结果");
    await waitFor(() => expect(host.store.selection).toMatchObject({ sheetId: sheet?.id, rect: { row: 1, col: 13, rows: 1, cols: 1 } }));
  });

  it("says nothing when Results are what the inputs give", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    renderApp();
    await screen.findByRole("region", { name: "输入表格" });
    await waitFor(() => expect(host.syncCount).toBeGreaterThan(3));
    expect(screen.queryByText(/被手工改动/)).toBeNull();
  });

  it("after an input change only, accuses no cell: the Results are out of date, not edited (issue 17)", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    host.userEdit("指标考核!F2", 100);
    renderApp();
    await screen.findByText("结果已过期");
    await waitFor(() => expect(host.syncCount).toBeGreaterThan(4));
    expect(screen.queryByText(/被手工改动/)).toBeNull();
    expect(screen.queryByText(/被改动过/)).toBeNull();
  });

  it("after a hand edit and an input change, names the hand-edited cell alone, against what the last run wrote", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    const tier = String(cellInfo(host, "考评结果!N3").value);
    const typed = tier === "一等" ? "二等" : "一等";
    host.userSetProtection("考评结果", false);
    host.userEdit("考评结果!N3", typed);
    host.userEdit("指标考核!F2", 100);
    renderApp();
    const bar = (await screen.findByText("考评结果有 1 个单元格被手工改动")).closest(".fui-MessageBar") as HTMLElement;
    expect(
      within(bar)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([`考评结果!N3 写的是${typed}，上次运行写入的是${tier}`]);
    // Putting N3 back gives what the last run wrote: no other edit is claimed.
    expect(bar.textContent).not.toContain("另有改动无法确指到单元格");
  });

  it("says where the record's chain breaks after an earlier RunLog row is edited", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    host.userEdit("指标考核!F2", 100);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    host.userSetProtection("运行记录", false);
    host.userEdit("运行记录!G2", 99);
    renderApp();
    const bar = (await screen.findByText("运行记录或结果历史被改动")).closest(".fui-MessageBar") as HTMLElement;
    expect(bar.textContent).toContain("记录链在运行记录!A2断开：这一行、它之前的某行，或它记下的结果历史被改动或删除");
    expect(screen.queryByText(/被手工改动/)).toBeNull();
  });

  it("lists the units that changed after a Recompute", async () => {
    const host = workbook();
    installOffice(host);
    await recomputeInExcel({ run: host.run as unknown as ExcelRunner, lang: "zh" });
    host.userEdit("指标考核!F2", 100);
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    const title = await screen.findByText(/个单位的结果有变化$/);
    const bar = title.closest(".fui-MessageBar") as HTMLElement;
    const lines = within(bar)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(title.textContent).toBe(`${lines.length} 个单位的结果有变化`);
    expect(lines.find((l) => l?.startsWith(`${cellInfo(host, "指标考核!A2").value} `))).toMatch(/综合得分 \d+\.\d\d → \d+\.\d\d/);
  });
});
