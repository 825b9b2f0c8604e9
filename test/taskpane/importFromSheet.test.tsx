/** @jest-environment jsdom */
/**
 * The pane's "Import from this sheet" over the fake Excel host (SPEC section
 * 9): a workbook whose active sheet is last year's summary (layout (a) of
 * test/cli/import.test.ts) and no input tables. The pane imports it, shows
 * the report with each finding's cell as a link, then Recompute grades every
 * unit to the sheet's own composite and tier.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { grade } from "../../src/engine/grade";
import type { GradeResult } from "../../src/engine/types";
import { createExcelPort } from "../../src/workbook/excel/createExcelPort";
import { createInputTables } from "../../src/workbook/excel/createInputTables";
import { importFromSheet } from "../../src/workbook/excel/importFromSheet";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { createPaneApi } from "../../src/taskpane/state/paneApi";
import type { HostError } from "../../src/taskpane/state/paneTypes";
import { readSheet, sheetNames, type FakeExcelHost } from "../fakeExcel";
import { fakeApi, renderPane } from "./fakeApi";
import { summaryWorkbook } from "../helpers/fakeSummary";
import { UNITS_A, UNITS_A2, written } from "../helpers/summaryLayoutA";
import type { ExcelRunner } from "../../src/workbook/excel/excelRun";

// jest-environment-jsdom lacks TextEncoder (browsers and Node have it); the input fingerprint hashes UTF-8.
if (typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  globalThis.TextEncoder = (require("node:util") as typeof import("node:util")).TextEncoder as typeof globalThis.TextEncoder;
}

const TIER_ZH: Readonly<Record<string, string>> = { first: "一等", second: "二等", third: "三等", unqualified: "不合格" };
const describeHostError = (e: unknown): HostError => ({ code: "Test", messageZh: String(e), messageEn: String(e), retryable: true });

/** The pane's API over the fake host, as officePane.ts builds it over Office.js; every run's result kept. */
function paneOver(host: FakeExcelHost) {
  const run = host.run as unknown as ExcelRunner;
  const results: GradeResult[] = [];
  const selectCell = jest.fn(async (_address: string) => undefined);
  const api = createPaneApi({
    port: createExcelPort(run),
    engine: async () => ({ grade, runAppraisal }),
    lang: "zh",
    version: "0.1.0",
    now: () => new Date("2026-01-10T09:00:00Z"),
    describeHostError,
    selectCell,
    createInputTables: async (year) => void (await createInputTables(run, "zh", year, { lists: false })),
    importFromSheet: (year) => importFromSheet(run, { lang: "zh", fallbackYear: year, mergedAreas: true, lists: false }),
    run: async (port, options) => {
      const outcome = await runAppraisal(port, options);
      results.push(outcome.result);
      return outcome;
    },
  });
  return { api, results, selectCell };
}

describe("Import from this sheet, in the pane over the fake Excel host", () => {
  it("imports last year's summary, shows the report with links to its cells, then Recompute grades every unit to the sheet's composite", async () => {
    const host = summaryWorkbook();
    const before = readSheet(host, "2025年汇总");
    const { api, results, selectCell } = paneOver(host);
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "从当前工作表导入" }));
    const report = await screen.findByRole("region", { name: "已从工作表“2025年汇总”导入 2025 年度的输入表格" }, { timeout: 20_000 });
    // The check against the sheet's own 综合得分 first.
    const check = within(report).getByRole("region", { name: "与原表综合得分的核对" });
    expect(within(check).getByText("导入后评定：全部 11 个单位的综合得分和等次与原表相同。")).toBeTruthy();
    // The note not understood, at its cell, as a link that selects it.
    const attention = within(report).getByRole("region", { name: "需要注意" });
    expect(within(attention).getByText(/区财政局 的备注“已整改到位”无法识别/)).toBeTruthy();
    fireEvent.click(within(attention).getByRole("button", { name: "转到 '2025年汇总'!K7" }));
    await waitFor(() => expect(selectCell).toHaveBeenCalledWith("'2025年汇总'!K7"));
    // Every skipped row is listed: title, 填报单位, the two header rows, two 小计, the 合计, the footer.
    const mapped = within(report).getByRole("region", { name: "已导入、已跳过" });
    expect(within(mapped).getAllByText(/^第 \d+ 行是(标题|表头|小计|合计|表尾)行，未导入/)).toHaveLength(8);
    expect(sheetNames(host)).toContain("考评对象");
    expect(readSheet(host, "2025年汇总")).toEqual(before);

    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    await waitFor(() => expect(results).toHaveLength(1), { timeout: 20_000 });
    const graded = results[0].units.map((u) => [u.unit, u.composite === null ? null : Number(u.composite), u.tier === null ? null : TIER_ZH[u.tier]]).sort();
    expect(graded).toEqual([...UNITS_A, ...UNITS_A2].map((u) => [u.unit, written(u), u.tier.replace(/（.*$/, "")]).sort());
    fireEvent.click(screen.getByRole("button", { name: "关闭导入报告" }));
    expect(screen.queryByRole("region", { name: /已从工作表/ })).toBeNull();
  }, 60_000);

  it("offers no import where the host has none", async () => {
    renderPane(fakeApi({ tables: (await import("./fixtures")).noTables }));
    expect(await screen.findByRole("button", { name: "创建输入表格" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "从当前工作表导入" })).toBeNull();
  });
});
