import { langOfTag } from "./langTag";

describe("langOfTag", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["zh", "zh"],
    ["ZH-hk", "zh"],
    ["zh_Hans", "zh"],
    [" zh-CN ", "zh"],
    ["zh_CN.UTF-8", "zh"],
    ["zh.UTF-8", "zh"],
    ["zh@stroke", "zh"],
    ["en_US.UTF-8", "en"],
    ["en-US", "en"],
    ["en", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ])("%p → %s", (tag, lang) => {
    expect(langOfTag(tag)).toBe(lang);
  });
});
