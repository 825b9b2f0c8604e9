/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { PaneRunResult } from "../../src/taskpane/state/paneTypes";
import { gradedResult } from "./fixtures";
import { deferred, fakeApi, renderPane } from "./fakeApi";

const notice = () => screen.queryByText("结果已过期");

describe("AppraisePane's out-of-date notice", () => {
  it("shows when the fingerprint check says the results are stale", async () => {
    renderPane(fakeApi({ stale: true }));
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    expect(screen.getByText("上次计算后输入表格有改动。点击“重新计算”更新结果。")).toBeTruthy();
  });

  it("does not show when the results are current", async () => {
    const api = fakeApi({ stale: false });
    renderPane(api);
    await screen.findByRole("region", { name: "输入表格" });
    await waitFor(() => expect(api.isStale).toHaveBeenCalled());
    expect(notice()).toBeNull();
  });

  it("shows after an input change, and goes away after a recompute", async () => {
    const api = fakeApi();
    renderPane(api);
    const button = await screen.findByRole("button", { name: "重新计算" });
    fireEvent.click(button);
    await screen.findByRole("heading", { name: "已评定 9/10，1 个单位未评定" });
    expect(notice()).toBeNull();

    act(() => api.changeInputs());
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    // The change also refreshes the list of tables.
    await waitFor(() => expect(api.inspect).toHaveBeenCalledTimes(2));
    expect(api.recompute).toHaveBeenCalledTimes(1);

    fireEvent.click(button);
    await waitFor(() => expect(notice()).toBeNull());
  });

  it("remembers a change made during a run", async () => {
    const api = fakeApi();
    const run = deferred<PaneRunResult>();
    api.recompute.mockReturnValueOnce(run.promise);
    renderPane(api);
    fireEvent.click(await screen.findByRole("button", { name: "重新计算" }));
    act(() => api.changeInputs());
    await act(async () => run.resolve({ ok: true, result: gradedResult, written: true }));
    expect(await screen.findByText("结果已过期")).toBeTruthy();
  });

  it("in English", async () => {
    renderPane(fakeApi({ stale: true }), "en");
    expect(await screen.findByText("Results are out of date")).toBeTruthy();
  });

  it("unsubscribes when the pane closes", async () => {
    const api = fakeApi();
    const { unmount } = renderPane(api);
    await screen.findByRole("region", { name: "输入表格" });
    expect(api.listenerCount()).toBe(1);
    unmount();
    expect(api.listenerCount()).toBe(0);
  });
});

describe("AppraisePane's auto-recompute switch", () => {
  it("tells the host and recomputes after input changes while on", async () => {
    const api = fakeApi();
    renderPane(api);
    const toggle = await screen.findByRole("switch", { name: "自动重新计算" });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.click(toggle);
    expect(api.setAutoRecompute).toHaveBeenCalledWith(true);
    expect(api.recompute).not.toHaveBeenCalled();

    act(() => api.changeInputs());
    await waitFor(() => expect(api.recompute).toHaveBeenCalledTimes(1));
    await screen.findByRole("heading", { name: "已评定 9/10，1 个单位未评定" });
    expect(notice()).toBeNull();

    fireEvent.click(toggle);
    expect(api.setAutoRecompute).toHaveBeenLastCalledWith(false);
    act(() => api.changeInputs());
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    expect(api.recompute).toHaveBeenCalledTimes(1);
  });

  it("brings stale results up to date when switched on", async () => {
    const api = fakeApi({ stale: true });
    renderPane(api, "en");
    await screen.findByText("Results are out of date");
    fireEvent.click(screen.getByRole("switch", { name: "Recompute automatically" }));
    await waitFor(() => expect(api.recompute).toHaveBeenCalledTimes(1));
  });

  it("starts on when the host says so, and then recomputes stale results on open", async () => {
    const api = fakeApi({ stale: true });
    renderPane(api, "zh", { initialAutoRecompute: true });
    expect(((await screen.findByRole("switch", { name: "自动重新计算" })) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(api.recompute).toHaveBeenCalledTimes(1));
  });

  it("follows a burst of changes with one run", async () => {
    const api = fakeApi();
    renderPane(api, "zh", { initialAutoRecompute: true, changeDelayMs: 30 });
    await screen.findByRole("region", { name: "输入表格" });
    act(() => {
      api.changeInputs();
      api.changeInputs();
      api.changeInputs();
    });
    await waitFor(() => expect(api.recompute).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 60));
    expect(api.recompute).toHaveBeenCalledTimes(1);
  });
});

describe("the stale check when Excel is in cell-edit mode", () => {
  it("waits for the edit to end, quietly, and checks again", async () => {
    const api = fakeApi();
    const ended = deferred<void>();
    const cellEdit = Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    api.isStale.mockRejectedValueOnce(cellEdit).mockResolvedValueOnce(true);
    renderPane({ ...api, whenCellEditEnds: () => ended.promise });
    await screen.findByRole("region", { name: "输入表格" });
    await waitFor(() => expect(api.isStale).toHaveBeenCalledTimes(1));
    expect(notice()).toBeNull();
    expect(screen.queryByText(/正在编辑单元格/)).toBeNull();
    await act(async () => ended.resolve());
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    expect(api.isStale).toHaveBeenCalledTimes(2);
  });

  it("checks again when the host says events may have missed a change", async () => {
    const api = fakeApi();
    let recheck: () => void = () => undefined;
    api.isStale.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    renderPane({ ...api, onRecheckStale: (l) => ((recheck = l), () => undefined) });
    await waitFor(() => expect(api.isStale).toHaveBeenCalledTimes(1));
    expect(notice()).toBeNull();
    act(() => recheck());
    expect(await screen.findByText("结果已过期")).toBeTruthy();
  });
});
