/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { COUNTS, conflictResult, ECONOMIC, gradedResult, LONG_UNIT, PUBLIC_AFFAIRS } from "./fixtures";
import { fakeApi, renderPane } from "./fakeApi";
import { summaryRank } from "../../src/engine/messages";
import type { DiagnosticCode } from "../../src/engine/types";

async function runOnce(lang: "zh" | "en" = "zh", written = true, result = gradedResult, heading?: string) {
  const api = fakeApi();
  api.recompute.mockResolvedValue({ ok: true, result, written });
  renderPane(api, lang);
  fireEvent.click(await screen.findByRole("button", { name: lang === "zh" ? "重新计算" : "Recompute" }));
  await screen.findByRole("heading", { name: heading ?? (lang === "zh" ? "已评定 9/10，1 个单位未评定" : "Graded 9 of 10: 1 unit not graded") });
  return api;
}

/** Opens every diagnostic group (each is an accordion header button). */
function expandAll(): void {
  for (const group of Array.from(document.querySelectorAll<HTMLElement>("[data-group]"))) {
    const header = group.querySelector<HTMLElement>("button[aria-expanded]") as HTMLElement;
    if (header.getAttribute("aria-expanded") === "false") fireEvent.click(header);
  }
}

const categoryBlock = (name: string): HTMLElement => {
  const el = document.querySelector(`[data-category="${name}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no block for ${name}`);
  return el;
};

const tierRow = (category: string, tier: string): HTMLElement => {
  const el = categoryBlock(category).querySelector(`[data-tier="${tier}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no ${tier} row in ${category}`);
  return el;
};

describe("AppraisePane after a run with warnings", () => {
  it("shows the counts of errors, warnings and info on the severity tabs, and links to the sheets written", async () => {
    const api = await runOnce();
    const tabs = screen.getByRole("tablist", { name: "按严重程度筛选" });
    expect(within(tabs).getByRole("tab", { name: `错误 ${COUNTS.error}` })).toBeTruthy();
    expect(within(tabs).getByRole("tab", { name: `警告 ${COUNTS.warning}` })).toBeTruthy();
    expect(within(tabs).getByRole("tab", { name: `提示 ${COUNTS.info}` })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "考评结果" }));
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith("考评结果!A1"));
    fireEvent.click(screen.getByRole("button", { name: "校验提示" }));
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith("校验提示!A1"));
  });

  it("groups the diagnostics by kind, collapsed, errors first; a group opens to its items", async () => {
    await runOnce();
    const groups = () => Array.from(document.querySelectorAll<HTMLElement>("[data-group]"));
    // The summary's order (summaryRank): errors, what changes a score (an info among them), other warnings, other info.
    expect(groups().map((g) => [g.dataset.severity, summaryRank({ code: g.dataset.code as DiagnosticCode })])).toEqual([
      ["error", 0],
      ["error", 0],
      ["warning", 1],
      ["info", 1],
      ["warning", 2],
      ["warning", 2],
      ["warning", 2],
      ["info", 3],
      ["info", 3],
    ]);
    expect(screen.queryAllByRole("button", { name: /^转到 / })).toEqual([]);
    const nan = groups().find((g) => g.dataset.code === "NOT_A_NUMBER") as HTMLElement;
    const header = within(nan).getByRole("button", { expanded: false });
    expect(header.textContent).toContain("1 × 不是数字");
    fireEvent.click(header);
    expect(within(nan).getByRole("button", { name: "转到 指标考核!F6" })).toBeTruthy();
  });

  it("charts each category's tier counts against its quotas", async () => {
    await runOnce();
    expect(screen.getByRole("region", { name: "各类别等次" })).toBeTruthy();
    expect(within(categoryBlock(ECONOMIC)).getByText("5 个单位，已评定 5 个")).toBeTruthy();
    expect(tierRow(ECONOMIC, "first").textContent).toContain("一等：2 个，名额 2 个");
    expect(tierRow(ECONOMIC, "first").textContent).toContain("2/2");
    expect(tierRow(ECONOMIC, "second").textContent).toContain("2/3");
    // The vetoed unit lands in third, whose quota is 0.
    expect(tierRow(ECONOMIC, "third").textContent).toContain("三等：1 个，名额 0 个（超出名额）");
    expect(tierRow(PUBLIC_AFFAIRS, "unqualified").textContent).toContain("不合格：1 个");
    // Provisional category is marked, the other is not.
    expect(within(categoryBlock(PUBLIC_AFFAIRS)).getByText("暂定")).toBeTruthy();
    expect(within(categoryBlock(ECONOMIC)).queryByText("暂定")).toBeNull();
    expect(within(categoryBlock(PUBLIC_AFFAIRS)).getByText("5 个单位，已评定 4 个")).toBeTruthy();
  });

  it("sizes the bars from the counts, with the quota mark at its share", async () => {
    await runOnce();
    const [fill, mark] = Array.from(tierRow(ECONOMIC, "second").querySelectorAll<HTMLElement>("[aria-hidden] > div"));
    expect(fill.style.width).toBe("40%");
    expect(mark.style.insetInlineStart).toBe("60%");
  });

  it("filters the groups by severity", async () => {
    await runOnce();
    const tabs = screen.getByRole("tablist", { name: "按严重程度筛选" });
    expect(within(tabs).getByRole("tab", { name: "全部 9" }).getAttribute("aria-selected")).toBe("true");
    const codes = () => Array.from(screen.getByRole("tabpanel").querySelectorAll<HTMLElement>("[data-group]")).map((g) => g.dataset.code);
    expect(codes()).toHaveLength(9);

    fireEvent.click(within(tabs).getByRole("tab", { name: "错误 2" }));
    expect(codes()).toEqual(["SATISFACTION_MISSING", "NOT_A_NUMBER"]);
    expandAll();
    const items = within(screen.getByRole("tabpanel")).getAllByRole("listitem");
    expect(items[1].textContent).toContain('“得分”应为数字，但单元格内容是 "九十五"。');
    // The sheet row Excel shows: data row 5 under a header in row 1 is row 6, as in 指标考核!F6.
    expect(items[1].textContent).toContain("指标考核 · 第 6 行 · 单位：区民政局");

    fireEvent.click(within(tabs).getByRole("tab", { name: "警告 4" }));
    expect(codes()).toHaveLength(4);
    expect(Array.from(document.querySelectorAll<HTMLElement>("[data-group]")).every((g) => g.dataset.severity === "warning")).toBe(true);

    fireEvent.click(within(tabs).getByRole("tab", { name: "提示 3" }));
    expect(codes().sort()).toEqual(["BONUS_CAPPED", "NUMBER_NORMALIZED", "VETO_APPLIED"]);
  });

  it("selects a warning's cell when its link is clicked; warnings without a cell have no link", async () => {
    const api = await runOnce();
    expandAll();
    const panel = screen.getByRole("tabpanel");
    const links = within(panel).getAllByRole("button", { name: /^转到 / });
    expect(links.map((l) => l.textContent)).toEqual([
      "转到 指标考核!F6", // error
      "转到 通报扣分!B3", // warning
      "转到 指标考核!F9", // info
      "转到 一票否决!B2", // info
    ]);
    fireEvent.click(within(panel).getByRole("button", { name: "转到 通报扣分!B3" }));
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith("通报扣分!B3"));
    const missing = within(panel)
      .getAllByRole("listitem")
      .find((i) => i.dataset.code === "SATISFACTION_MISSING");
    expect(missing && within(missing).queryByRole("button")).toBeNull();
  });

  it("describes each link by its message, for screen readers", async () => {
    await runOnce();
    expandAll();
    const link = screen.getByRole("button", { name: "转到 指标考核!F6" });
    const description = document.getElementById(link.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe('错误：“得分”应为数字，但单元格内容是 "九十五"。');
  });

  it("shows a failed selection as a plain error without Retry", async () => {
    const api = await runOnce();
    expandAll();
    api.selectCell.mockResolvedValueOnce({
      ok: false,
      error: { code: "ItemNotFound", messageZh: "找不到工作表“通报扣分”。", messageEn: "Sheet not found.", retryable: false },
    });
    fireEvent.click(screen.getByRole("button", { name: "转到 通报扣分!B3" }));
    expect(await screen.findByText("找不到工作表“通报扣分”。")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "重试" })).toBeNull();
  });

  it("shows diagnostics and tier labels in English", async () => {
    await runOnce("en");
    expandAll();
    expect(screen.getByRole("tab", { name: "Warnings 4" })).toBeTruthy();
    expect(screen.getAllByText('"Score" must be a number, but the cell holds "九十五".').length).toBeGreaterThan(0);
    expect(tierRow(ECONOMIC, "first").textContent).toContain("First: 2, quota 2");
    expect(tierRow(PUBLIC_AFFAIRS, "unqualified").textContent).toContain("Unqualified: 1");
    expect(screen.getByRole("button", { name: "Go to 指标考核!F6" })).toBeTruthy();
    expect(screen.getByText("Indicators · row 6 · Unit: 区民政局")).toBeTruthy();
  });

  it("says prominently that a foreign output sheet blocked the write", async () => {
    await runOnce("zh", false, conflictResult);
    const bar = screen.getByTestId("output-conflict");
    expect(within(bar).getByText("结果未写入")).toBeTruthy();
    expect(bar.textContent).toContain("工作表“考评结果”（或其表格名）已被不是 Appraise 创建的内容占用，未作任何改动。");
    expect(screen.queryByText("结果已写入：")).toBeNull();
    // The bar comes before the summary, so it is read first.
    const heading = screen.getByRole("heading", { name: "已评定 9/10，1 个单位未评定" });
    // Nothing was written: the headline shows no state icon of a written run, and no links to the sheets.
    const headline = heading.closest<HTMLElement>("[data-headline]") as HTMLElement;
    expect(headline.querySelector("[data-icon]")?.getAttribute("data-icon")).toBe("unwritten");
    expect(within(headline).queryByRole("button", { name: "考评结果" })).toBeNull();
    expect(bar.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says when results were withheld", async () => {
    await runOnce("en", true, { ...gradedResult, resultsWithheld: true }, "Nothing graded: Results kept as they were");
    expect(document.querySelector("[data-headline]")?.getAttribute("data-headline")).toBe("withheld");
  });

  it("fits a narrow pane: stacked, no wide fixed widths, long names wrap", async () => {
    await runOnce();
    expandAll();
    const main = document.querySelector("main") as HTMLElement;
    expect(getComputedStyle(main).flexDirection).toBe("column");
    const px = (v: string) => (v.endsWith("px") ? parseFloat(v) : 0);
    const wide = Array.from(main.querySelectorAll<HTMLElement>("*")).filter((el) => {
      const s = getComputedStyle(el);
      return px(s.width) > 100 || px(s.minWidth) > 100;
    });
    expect(wide).toEqual([]);
    const item = document.querySelector<HTMLElement>('li[data-code="CORE_COUNT"]') as HTMLElement;
    expect(item.textContent).toContain(`单位：${LONG_UNIT}`);
    expect(getComputedStyle(item.querySelector("div") as HTMLElement).overflowWrap).toBe("anywhere");
    const category = within(categoryBlock(PUBLIC_AFFAIRS)).getByText(PUBLIC_AFFAIRS);
    expect(getComputedStyle(category).overflowWrap).toBe("anywhere");
  });
});
