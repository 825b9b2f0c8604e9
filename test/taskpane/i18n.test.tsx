/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { TIER_LABELS } from "../../src/engine/tierLabels";
import { STRINGS, type PaneStrings } from "../../src/taskpane/strings/i18n";
import { fakeApi, renderPane } from "./fakeApi";

describe("STRINGS", () => {
  const sample = (v: PaneStrings[keyof PaneStrings]): string[] => {
    if (typeof v === "string") return [v];
    if (typeof v === "function") return [String((v as (...a: unknown[]) => unknown)("X", 2, 3, true))];
    return Object.values(v);
  };

  it("has every string in both languages, none empty, and they differ", () => {
    const keys = Object.keys(STRINGS.zh) as (keyof PaneStrings)[];
    expect(Object.keys(STRINGS.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const zh = sample(STRINGS.zh[key]);
      const en = sample(STRINGS.en[key]);
      expect(zh.every((s) => s.trim() !== "")).toBe(true);
      expect(en.every((s) => s.trim() !== "")).toBe(true);
      if (key !== "step" && key !== "groupLine") expect(zh).not.toEqual(en);
    }
  });

  it("takes tier labels from the engine", () => {
    expect(STRINGS.zh.tier).toEqual({ first: "一等", second: "二等", third: "三等", unqualified: "不合格" });
    expect(STRINGS.en.tier.unqualified).toBe(TIER_LABELS.unqualified.en);
  });

  it("uses the run's phase names 读取 / 校验 / 评定 / 写入", () => {
    expect(Object.values(STRINGS.zh.phase)).toEqual(["读取", "校验", "评定", "写入"]);
  });
});

describe("AppraisePane language", () => {
  it("renders Chinese", async () => {
    renderPane(fakeApi(), "zh");
    expect(await screen.findByRole("heading", { name: "绩效考评" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "重新计算" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "自动重新计算" })).toBeTruthy();
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("zh-CN");
  });

  it("renders English, with the Chinese table aliases alongside", async () => {
    renderPane(fakeApi(), "en");
    expect(await screen.findByRole("heading", { name: "Performance appraisal" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Recompute" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Recompute automatically" })).toBeTruthy();
    const units = (await screen.findByText("Units")).closest("li");
    expect(units?.textContent).toContain("考评对象");
    expect(units?.textContent).toContain("10 rows");
    expect(document.querySelector("main")?.getAttribute("lang")).toBe("en");
  });
});
