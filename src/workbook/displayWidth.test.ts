import { displayWidth } from "./displayWidth";

describe("displayWidth", () => {
  it.each([
    ["区发改局", 8],
    ["Unit", 4],
    ["９５．５", 8],
    ["《考评通报》，", 14],
    ["한국", 4],
    ["—", 1],
    ["", 0],
  ])("%p is %i character cells wide", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
