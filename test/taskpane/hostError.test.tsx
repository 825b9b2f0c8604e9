/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { HostError } from "../../src/taskpane/state/paneTypes";
import { gradedResult } from "./fixtures";
import { fakeApi, renderPane } from "./fakeApi";

const busy: HostError = {
  code: "RequestPayloadSizeLimitExceeded",
  messageZh: "一次写入的数据超过了 Excel 网页版的 5 MB 上限。请稍后重试。",
  messageEn: "Excel on the web refused a write over 5 MB. Try again.",
  retryable: true,
};

describe("AppraisePane when the host fails", () => {
  it("shows the error in plain words, and Retry runs again", async () => {
    const api = fakeApi();
    api.recompute.mockResolvedValueOnce({ ok: false, error: busy });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    const text = await screen.findByText(busy.messageZh);
    const bar = text.closest<HTMLElement>(".fui-MessageBar");
    expect(bar).not.toBeNull();
    expect(within(bar as HTMLElement).getByText("重新计算未完成")).toBeTruthy();

    fireEvent.click(within(bar as HTMLElement).getByRole("button", { name: "重试" }));
    await waitFor(() => expect(api.recompute).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole("heading", { name: "已评定 9/10，1 个单位未评定" })).toBeTruthy();
    expect(screen.queryByText(busy.messageZh)).toBeNull();
  });

  it("offers no Retry when trying again cannot help, and can be dismissed", async () => {
    const api = fakeApi();
    api.recompute.mockResolvedValueOnce({
      ok: false,
      error: { code: "AccessDenied", messageZh: "工作簿为只读。", messageEn: "The workbook is read-only.", retryable: false },
    });
    renderPane(api, "en");
    fireEvent.click(await screen.findByRole("button", { name: "Recompute" }));
    expect(await screen.findByText("The workbook is read-only.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("The workbook is read-only.")).toBeNull();
  });

  it("keeps the last results on screen when a later run fails", async () => {
    const api = fakeApi();
    api.recompute.mockResolvedValueOnce({ ok: true, result: gradedResult, written: true }).mockResolvedValueOnce({ ok: false, error: busy });
    renderPane(api);
    const button = await screen.findByRole("button", { name: "重新计算" });
    fireEvent.click(button);
    await screen.findByRole("heading", { name: "已评定 9/10，1 个单位未评定" });
    fireEvent.click(button);
    expect(await screen.findByText(busy.messageZh)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "已评定 9/10，1 个单位未评定" })).toBeTruthy();
  });

  it("shows a rejected promise as an unexpected error instead of a blank pane", async () => {
    const api = fakeApi();
    api.recompute.mockRejectedValueOnce(new Error("boom"));
    renderPane(api, "en");
    fireEvent.click(await screen.findByRole("button", { name: "Recompute" }));
    expect(await screen.findByText("Something unexpected went wrong: boom")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("retries a failed look at the tables", async () => {
    const api = fakeApi();
    api.inspect.mockResolvedValueOnce({ ok: false, error: { ...busy, messageZh: "Excel 正忙，请稍后重试。" } });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "重试" }));
    expect(await screen.findByRole("region", { name: "输入表格" })).toBeTruthy();
    expect(api.inspect).toHaveBeenCalledTimes(2);
    expect(screen.queryByText("Excel 正忙，请稍后重试。")).toBeNull();
  });

  it("with ApiNotFound (no retry possible) disables Recompute, no longer primary, and says why", async () => {
    const api = fakeApi();
    const apiNotFound = {
      code: "ApiNotFound",
      messageZh: "此版本的 Excel 不支持 Appraise 需要的功能（ExcelApi 1.9）。",
      messageEn: "This version of Excel lacks features Appraise needs.",
      retryable: false,
    };
    api.recompute.mockResolvedValueOnce({ ok: false, error: apiNotFound });
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    expect(await screen.findByText(apiNotFound.messageZh)).toBeTruthy();
    const button = screen.getByRole("button", { name: "重新计算" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByText("此版本的 Excel 无法重新计算。")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "重试" })).toBeNull();
    fireEvent.click(button);
    expect(api.recompute).toHaveBeenCalledTimes(1);
  });

  it("titles a failed look at the tables as a load error, not as the user's mistake", async () => {
    const api = fakeApi();
    api.inspect.mockResolvedValueOnce({ ok: false, error: busy });
    renderPane(api, "en");
    const text = await screen.findByText(busy.messageEn);
    const bar = text.closest<HTMLElement>(".fui-MessageBar") as HTMLElement;
    expect(within(bar).getByText("Could not read the workbook")).toBeTruthy();
    expect(within(bar).queryByText("That did not work")).toBeNull();
  });
});
