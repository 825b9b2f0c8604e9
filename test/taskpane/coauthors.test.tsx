/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { PaneRunResult, RunLockWait, RunPhase } from "../../src/taskpane/state/paneTypes";
import { gradedResult } from "./fixtures";
import { deferred, fakeApi, renderPane } from "./fakeApi";

describe("AppraisePane with co-authors", () => {
  it("a co-author's edit says the results may be out of date and starts no run, even with auto-recompute on", async () => {
    const api = fakeApi();
    renderPane(api, "zh", { initialAutoRecompute: true });
    await screen.findByRole("region", { name: "输入表格" });

    act(() => api.changeInputs({ remote: true }));
    expect(await screen.findByText("结果已过期")).toBeTruthy();
    expect(screen.getByText(/其他共同编辑者改动了输入表格/)).toBeTruthy();
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(api.recompute).not.toHaveBeenCalled();

    // This user's own edit runs (auto-recompute on).
    act(() => api.changeInputs({ remote: false }));
    await waitFor(() => expect(api.recompute).toHaveBeenCalledTimes(1));
  });

  it("says whose run it waits for while the workbook's run lock is held", async () => {
    const api = fakeApi();
    const run = deferred<PaneRunResult>();
    let wait: ((w: RunLockWait) => void) | undefined;
    api.recompute.mockImplementation((_onPhase: (p: RunPhase) => void, onLockWait?: (w: RunLockWait) => void) => {
      wait = onLockWait;
      return run.promise;
    });
    renderPane(api, "en");
    fireEvent.click(await screen.findByRole("button", { name: "Recompute" }));
    act(() => wait?.({ who: "Excel on the web · 3f9a", since: "09:05:12" }));
    expect(await screen.findByText(/A co-author \(Excel on the web · 3f9a\) has been recomputing this workbook since 09:05:12/)).toBeTruthy();

    await act(async () => run.resolve({ ok: true, result: gradedResult, written: true }));
    expect(screen.queryByText(/has been recomputing this workbook/)).toBeNull();
  });
});
