import { dateToSerial } from "../../engine/serialDates";
import { toCell } from "./toCell";

describe("toCell", () => {
  it.each([
    ["blank", null, null],
    ["undefined", undefined, null],
    ["number", 95.5, 95.5],
    ["text", " 95.5 ", " 95.5 "],
    ["text like a formula", "=1+1", "=1+1"],
    ["boolean", true, true],
    ["error", { error: "#N/A" }, { error: "#N/A" }],
    ["rich text", { richText: [{ text: "区" }, { font: { bold: true }, text: "财政局" }] }, "区财政局"],
    ["hyperlink", { text: "区教育局", hyperlink: "https://example.com" }, "区教育局"],
    ["hyperlink with rich text", { text: { richText: [{ text: "区" }, { text: "民政局" }] }, hyperlink: "#A1" }, "区民政局"],
    ["hyperlink on a number", { text: 95.5, hyperlink: "#Sheet!A1" }, 95.5],
    ["formula with a number", { formula: "A1*2", result: 12 }, 12],
    ["formula with text", { formula: "A1&B1", result: "ab" }, "ab"],
    ["formula with an error", { formula: "1/0", result: { error: "#DIV/0!" } }, { error: "#DIV/0!" }],
    ["formula with no result", { formula: "A1*2" }, { error: "#UNCOMPUTED" }],
    ["shared formula with no result", { sharedFormula: "C2" }, { error: "#UNCOMPUTED" }],
    ["date", new Date(Date.UTC(2016, 10, 25)), 42699],
    ["date and time", new Date(Date.UTC(2016, 10, 25, 12)), 42699.5],
    ["formula giving a date", { formula: "TODAY()", result: new Date(Date.UTC(2017, 0, 1)) }, 42736],
  ])("converts %s", (_label, value, cell) => {
    expect(toCell(value)).toEqual(cell);
  });

  it("uses UTC whatever the machine's time zone", () => {
    // 45000 is 2023-03-15 in Excel's 1900 system.
    expect(dateToSerial(new Date("2023-03-15T00:00:00Z"))).toBe(45000);
  });
});
