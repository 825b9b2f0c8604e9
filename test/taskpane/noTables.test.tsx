/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { noTables, someTables } from "./fixtures";
import { fakeApi, renderPane } from "./fakeApi";

describe("AppraisePane with no input tables", () => {
  it("explains what is missing and offers to create the tables", async () => {
    renderPane(fakeApi({ tables: noTables }));
    expect(await screen.findByRole("heading", { name: "还没有输入表格" })).toBeTruthy();
    expect(screen.getByText(/Appraise 从本工作簿中的 Excel 表格读取考评数据/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "创建输入表格" })).toBeTruthy();
    // What the button adds, the guide sheet named: the first place to read.
    expect(screen.getByText(/以及排在最前的“说明”工作表（每个表格的用途和填写方法）/)).toBeTruthy();
    // Nothing to recompute yet: the one primary action is creating the tables.
    expect(screen.queryByRole("button", { name: "重新计算" })).toBeNull();
  });

  it("creates the tables, then lists them", async () => {
    const api = fakeApi({ tables: noTables });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "创建输入表格" }));
    api.inspect.mockResolvedValue({ ok: true, tables: someTables });
    await waitFor(() => expect(api.createInputTables).toHaveBeenCalledTimes(1));
    const list = await screen.findByRole("region", { name: "输入表格" });
    expect(within(list).getByText("考评对象")).toBeTruthy();
    expect(screen.getByRole("button", { name: "重新计算" })).toBeTruthy();
  });

  it("asks the appraisal year, the current year until changed, and creates the tables for the year given", async () => {
    const api = fakeApi({ tables: noTables });
    renderPane(api);
    const year = (await screen.findByRole("spinbutton", { name: "考评年度" })) as HTMLInputElement;
    const now = new Date().getFullYear();
    expect(year.value).toBe(String(now));
    expect(screen.getByText(`考评规则表的考评期为 ${now}-01-01 至 ${now}-12-31`)).toBeTruthy();
    fireEvent.change(year, { target: { value: "2027" } });
    fireEvent.blur(year);
    expect(await screen.findByText("考评规则表的考评期为 2027-01-01 至 2027-12-31")).toBeTruthy();
    // A year Excel cannot hold a date in is not taken.
    fireEvent.change(year, { target: { value: "27" } });
    fireEvent.blur(year);
    fireEvent.click(screen.getByRole("button", { name: "创建输入表格" }));
    await waitFor(() => expect(api.createInputTables).toHaveBeenCalledWith(2027));
  });

  it("says so in English", async () => {
    renderPane(fakeApi({ tables: noTables }), "en");
    expect(await screen.findByRole("heading", { name: "No input tables yet" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create input tables" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check again" })).toBeTruthy();
  });

  it("shows a failed creation as an error with Retry", async () => {
    const api = fakeApi({ tables: noTables });
    api.createInputTables.mockResolvedValueOnce({
      ok: false,
      error: { code: "InvalidOperation", messageZh: "工作表受保护，无法添加表格。", messageEn: "The sheet is protected.", retryable: true },
    });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "创建输入表格" }));
    expect(await screen.findByText("工作表受保护，无法添加表格。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    await waitFor(() => expect(api.createInputTables).toHaveBeenCalledTimes(2));
  });
});
