/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { missingIndicators, someTables } from "./fixtures";
import { fakeApi, renderPane } from "./fakeApi";

const rowOf = (list: HTMLElement, name: string): HTMLElement => {
  const item = within(list).getByText(name).closest("li");
  if (item === null) throw new Error(`no list item for ${name}`);
  return item;
};

describe("AppraisePane with input tables", () => {
  it("lists each input table with its row count", async () => {
    renderPane(fakeApi({ tables: someTables }));
    const list = await screen.findByRole("region", { name: "输入表格" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(11);
    expect(rowOf(list, "考评对象").textContent).toContain("10 行");
    expect(rowOf(list, "指标考核").textContent).toContain("87 行");
    expect(rowOf(list, "考评规则").textContent).toContain("22 行");
  });

  it("marks missing optional tables as optional, and Survey as not needed when Satisfaction is there", async () => {
    renderPane(fakeApi({ tables: someTables }));
    const list = await screen.findByRole("region", { name: "输入表格" });
    expect(rowOf(list, "察访核验").textContent).toContain("未使用（可选）");
    expect(rowOf(list, "满意度测评票数").textContent).toContain("未使用（可选）");
    expect(screen.queryByText("缺少（必需）")).toBeNull();
    expect(screen.queryByRole("button", { name: "创建缺少的表格" })).toBeNull();
  });

  it("marks a missing required table and offers to create it", async () => {
    renderPane(fakeApi({ tables: missingIndicators }));
    const list = await screen.findByRole("region", { name: "输入表格" });
    expect(rowOf(list, "指标考核").textContent).toContain("缺少（必需）");
    expect(screen.getByText(/缺少必需的表格时/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "创建缺少的表格" })).toBeTruthy();
    // Recompute stays available: the run reports TABLE_MISSING in the Warnings sheet.
    expect(screen.getByRole("button", { name: "重新计算" }).getAttribute("aria-disabled")).not.toBe("true");
  });

  it("names the alternative when both satisfaction tables are missing", async () => {
    const tables = someTables.map((t) => (t.name === "Satisfaction" ? { ...t, found: false, rows: 0 } : t));
    renderPane(fakeApi({ tables }), "en");
    const list = await screen.findByRole("region", { name: "Input tables" });
    expect(rowOf(list, "Satisfaction").textContent).toContain("Missing (Survey can be used instead)");
    expect(rowOf(list, "Survey").textContent).toContain("Missing (Satisfaction can be used instead)");
    expect(rowOf(list, "Units").textContent).toContain("10 rows");
    // The hint says what a run will do: Results rewritten, every unit not graded (not "grades nothing, writes only the warnings").
    expect(screen.getByText("Without a Satisfaction or a Survey table no unit can be graded: every unit in Results will be marked not graded.")).toBeTruthy();
    expect(screen.queryByText(/writes only the warnings/)).toBeNull();
  });

  it("gives each alias its own language and a space, for screen readers", async () => {
    renderPane(fakeApi({ tables: someTables }));
    const list = await screen.findByRole("region", { name: "输入表格" });
    const units = rowOf(list, "考评对象");
    expect(units.textContent).toMatch(/^考评对象 Units/);
    expect(within(units).getByText("Units").getAttribute("lang")).toBe("en");
  });
});
