/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { PaneRunResult, RunPhase } from "../../src/taskpane/state/paneTypes";
import { gradedResult } from "./fixtures";
import { deferred, fakeApi, renderPane } from "./fakeApi";

describe("AppraisePane while running", () => {
  it("disables the one Recompute button and shows each phase", async () => {
    const api = fakeApi();
    const run = deferred<PaneRunResult>();
    let report: (p: RunPhase) => void = () => undefined;
    api.recompute.mockImplementation((onPhase) => {
      report = onPhase;
      return run.promise;
    });
    renderPane(api);
    await screen.findByRole("region", { name: "输入表格" });
    const button = screen.getByRole("button", { name: "重新计算" });
    fireEvent.click(button);

    expect(button.getAttribute("aria-disabled")).toBe("true");
    // The button says what is happening.
    expect(button.textContent).toBe("正在计算…");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getAllByText("正在开始…").length).toBeGreaterThan(0);
    const steps = screen.getByRole("list", { name: "计算步骤" });
    expect(steps.textContent).toMatch(/读取.*校验.*评定.*写入/);

    act(() => report("read"));
    expect(screen.getAllByText("第 1/4 步 · 读取：正在读取输入表格").length).toBeGreaterThan(0);
    act(() => report("check"));
    act(() => report("grade"));
    expect(screen.getAllByText("第 3/4 步 · 评定：正在计算得分和等次").length).toBeGreaterThan(0);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("3");
    const current = steps.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain("评定");
    act(() => report("write"));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("4");

    // A second click while running starts nothing.
    fireEvent.click(button);
    expect(api.recompute).toHaveBeenCalledTimes(1);

    await act(async () => run.resolve({ ok: true, result: gradedResult, written: true }));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(button.getAttribute("aria-disabled")).not.toBe("true");
    expect(button.textContent).toBe("重新计算");
    expect(screen.getByRole("heading", { name: "已评定 9/10，1 个单位未评定" })).toBeTruthy();
  });

  it("shows the phases in English", async () => {
    const api = fakeApi();
    let report: (p: RunPhase) => void = () => undefined;
    api.recompute.mockImplementation((onPhase) => {
      report = onPhase;
      return deferred<PaneRunResult>().promise;
    });
    renderPane(api, "en");
    fireEvent.click(await screen.findByRole("button", { name: "Recompute" }));
    act(() => report("check"));
    expect(screen.getAllByText("Step 2 of 4 · Check: checking the output sheets").length).toBeGreaterThan(0);
    expect(screen.getByRole("list", { name: "Steps" }).textContent).toMatch(/Read.*done.*Check.*in progress.*Grade.*Write/);
  });
});
