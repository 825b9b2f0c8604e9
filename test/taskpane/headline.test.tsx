/** @jest-environment jsdom */
/**
 * The headline's four states and the stale state (issue 7): the words, the
 * icon (each state its own, so colour is never the only sign) and whether
 * Recompute is offered. In these states a run can succeed once the data is
 * fixed, so Recompute stays enabled; where it can only fail again (the host
 * lacks the API) it is disabled: see hostError.test.tsx.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { diagnostic } from "../../src/engine/messages";
import { sortDiagnostics } from "../../src/engine/sortDiagnostics";
import type { GradeResult } from "../../src/engine/types";
import { fakeApi, renderPane } from "./fakeApi";
import { gradedResult, PUBLIC_AFFAIRS } from "./fixtures";
import { parseAddress } from "../../src/engine/address";

/** Every assessed unit graded, no errors. */
const allGraded: GradeResult = {
  ...gradedResult,
  units: gradedResult.units.map((u) => (u.unit === "区民政局" ? { ...u, graded: true, tier: "second", rank: 5, composite: "890.00", public: "180.00" } : u)),
  categories: gradedResult.categories.map((c) =>
    c.category === PUBLIC_AFFAIRS ? { ...c, graded: 5, provisional: false, counts: { ...c.counts, second: 2 } } : c,
  ),
  diagnostics: gradedResult.diagnostics.filter((d) => d.severity !== "error" && d.code !== "CATEGORY_PROVISIONAL"),
};

const missingSatisfaction = (unit: string) =>
  diagnostic("SATISFACTION_MISSING", { table: "Units", row: 1, column: "Unit", at: parseAddress("考评对象!A2"), unit }, { unit, kind: "public" });

/** Nothing graded: no satisfaction source for anyone, and a text score. */
const noneGraded: GradeResult = {
  ...gradedResult,
  units: gradedResult.units.map((u) => ({ ...u, graded: false, tier: null, rank: null, composite: null })),
  categories: gradedResult.categories.map((c) => ({ ...c, graded: 0, provisional: true, counts: { first: 0, second: 0, third: 0, unqualified: 0 } })),
  diagnostics: sortDiagnostics([
    ...gradedResult.units.filter((u) => u.assessed).map((u) => missingSatisfaction(u.unit)),
    diagnostic(
      "NOT_A_NUMBER",
      { table: "Indicators", row: 196, column: "Score", at: parseAddress("指标考核!F197"), unit: "区民政局" },
      { column: { zh: "得分", en: "Score" }, value: '"九十"' },
    ),
  ]),
};

/** Results withheld: Indicators is missing. */
const withheld: GradeResult = {
  ...gradedResult,
  resultsWithheld: true,
  units: [],
  categories: [],
  diagnostics: [diagnostic("TABLE_MISSING", {}, { table: { en: "Indicators", zh: "指标考核" }, plain: null })],
};

async function run(result: GradeResult, heading: string, lang: "zh" | "en" = "zh") {
  const api = fakeApi();
  api.recompute.mockResolvedValue({ ok: true, result, written: true });
  renderPane(api, lang);
  fireEvent.click(await screen.findByRole("button", { name: lang === "zh" ? "重新计算" : "Recompute" }));
  const h2 = await screen.findByRole("heading", { name: heading, level: 2 });
  const bar = h2.closest<HTMLElement>("[data-headline]") as HTMLElement;
  return { api, bar, icon: bar.querySelector("[data-icon]")?.getAttribute("data-icon") };
}

const recomputeEnabled = (name = "重新计算") => {
  const button = screen.getByRole("button", { name }) as HTMLButtonElement;
  return !button.disabled && button.getAttribute("aria-disabled") !== "true";
};

describe("the headline", () => {
  it("graded: every unit graded, a tick, and links to the sheets written", async () => {
    const { api, bar, icon } = await run(allGraded, "已评定 10/10 个单位");
    expect(bar.dataset.headline).toBe("graded");
    expect(icon).toBe("graded");
    expect(bar.textContent).toContain("结果已写入：");
    expect(bar.textContent).not.toContain("主要原因");
    fireEvent.click(within(bar).getByRole("button", { name: "考评结果" }));
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith("考评结果!A1"));
    expect(recomputeEnabled()).toBe(true);
  });

  it("graded, in English: singular and plural", async () => {
    const one: GradeResult = { ...allGraded, units: allGraded.units.slice(0, 1) };
    await run(one, "Graded 1 of 1 unit", "en");
  });

  it("partial: graded of assessed, how many not, in warning colours with a warning icon, and the causes", async () => {
    const { bar, icon } = await run(gradedResult, "已评定 9/10，1 个单位未评定");
    expect(bar.dataset.headline).toBe("partial");
    expect(icon).toBe("partial");
    expect(bar.textContent).toContain("主要原因：");
    expect(within(bar).getByText("缺少满意度评价：1 个单位")).toBeTruthy();
    expect(within(bar).getByText("不是数字：1 个单位")).toBeTruthy();
    expect(recomputeEnabled()).toBe(true);
  });

  it("nothing graded: an error with why and the first thing to fix, linked to its cell; no tier chart", async () => {
    const { api, bar, icon } = await run(noneGraded, "没有评定任何单位（0/10）");
    expect(bar.dataset.headline).toBe("none");
    expect(icon).toBe("none");
    expect(bar.textContent).not.toContain("已评定 0/10 个单位");
    expect(within(bar).getByText("缺少满意度评价：10 个单位")).toBeTruthy();
    expect(bar.textContent).toContain("先修正这一处：");
    fireEvent.click(within(bar).getByRole("button", { name: "转到 考评对象!A2" }));
    await waitFor(() => expect(api.selectCell).toHaveBeenCalledWith("考评对象!A2"));
    // Empty bars say nothing: no chart when nothing was graded.
    expect(screen.queryByRole("region", { name: "各类别等次" })).toBeNull();
    // The groups, not the flood: one line for the ten SATISFACTION_MISSING.
    const group = document.querySelector<HTMLElement>('[data-group][data-code="SATISFACTION_MISSING"]') as HTMLElement;
    expect(group.textContent).toContain("10 × 缺少满意度评价");
    expect(recomputeEnabled()).toBe(true);
  });

  it("withheld: previous Results kept, why, and the first thing to fix", async () => {
    const { bar, icon } = await run(withheld, "Nothing graded: Results kept as they were", "en");
    expect(bar.dataset.headline).toBe("withheld");
    expect(icon).toBe("withheld");
    expect(bar.textContent).toContain("Results were left as they were");
    expect(bar.textContent).toContain('The required table "Indicators" (指标考核) is missing.');
    // Not "graded 0 of 0" though Units may have rows, and no link to a Results sheet that was not written.
    expect(bar.textContent).not.toMatch(/0 of 0/);
    expect(within(bar).queryByRole("button", { name: "考评结果 (Results)" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Find a unit" })).toBeNull();
    expect(recomputeEnabled("Recompute")).toBe(true);
  });

  it("stale: says so at the top, loses the tick for a clock, and dims the summary", async () => {
    const { api } = await run(allGraded, "已评定 10/10 个单位");
    act(() => api.changeInputs());
    const h2 = await screen.findByRole("heading", { name: "已过期：已评定 10/10 个单位", level: 2 });
    const bar = h2.closest<HTMLElement>("[data-headline]") as HTMLElement;
    expect(bar.querySelector("[data-icon]")?.getAttribute("data-icon")).toBe("stale");
    expect(bar.querySelector('[data-icon="graded"]')).toBeNull();
    expect(bar.textContent).toContain("以下是上次计算的结果，输入表格已改动。");
    // The notice comes first in the pane.
    const notice = screen.getByText("结果已过期");
    expect(notice.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const summary = screen.getByTestId("run-summary");
    expect(summary.dataset.stale).toBe("");
    expect(getComputedStyle(summary).opacity).toBe("0.6");
    expect(recomputeEnabled()).toBe(true);
  });
});

describe("the paperwork's sheets", () => {
  it("are linked from the headline once written, and the pane says how to set up printing where Excel cannot take it from an add-in", async () => {
    const api = { ...fakeApi(), printSetupSupported: false };
    api.recompute.mockResolvedValue({ ok: true, result: allGraded, written: true });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    expect(await screen.findByText("打印文书：")).toBeTruthy();
    expect(screen.getByRole("button", { name: "考评通报" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "反馈单" })).toBeTruthy();
    expect(screen.getByText(/此版本的 Excel 不接受加载项设置打印（需要 ExcelApi 1\.9）/)).toBeTruthy();
  });

  it("say nothing about page setup where Excel takes it", async () => {
    const api = fakeApi();
    api.recompute.mockResolvedValue({ ok: true, result: allGraded, written: true });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    expect(await screen.findByRole("button", { name: "反馈单" })).toBeTruthy();
    expect(screen.queryByText(/ExcelApi 1\.9/)).toBeNull();
  });
});
