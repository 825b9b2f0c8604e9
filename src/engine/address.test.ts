import {
  cellAddress,
  cellRange,
  columnLetters,
  columnNumber,
  formatAddress,
  parseAddress,
  parseCellRef,
  parseLocalAddress,
  parseLocalBox,
  quoteSheet,
  sheetOfAddress,
} from "./address";

describe("address", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [16384, "XFD"],
  ])("column %i is %s and back", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  it.each([
    ["指标", "指标"],
    ["My sheet", "'My sheet'"],
    ["It's", "'It''s'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["2016", "'2016'"],
  ])("quotes %s as %s", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });

  it.each([
    ["指标!F7", { sheet: "指标", row: 7, column: 6, lastRow: 7, lastColumn: 6 }],
    ["'My sheet'!$A$1:F1", { sheet: "My sheet", row: 1, column: 1, lastRow: 1, lastColumn: 6 }],
    ["='It''s'!b2", { sheet: "It's", row: 2, column: 2, lastRow: 2, lastColumn: 2 }],
    ["B2", null],
    ["指标!", null],
    ["指标!F0", null],
    ["指标!F7:A1", null],
    ["指标!A:A", null],
  ])("parses %s", (text, range) => {
    expect(parseAddress(text)).toEqual(range);
  });

  it("formats what it parses, quoting where Excel needs it", () => {
    for (const text of ["指标!F7", "'My sheet'!A1:F1", "'It''s'!XFD1048576", "考评对象!A2:C9"]) {
      const range = parseAddress(text);
      expect(range && formatAddress(range)).toBe(text);
    }
    expect(cellAddress("My sheet", 3, 28)).toBe("'My sheet'!AB3");
    expect(formatAddress(cellRange("指标", 7, 6))).toBe("指标!F7");
  });

  it("reads a local reference and the sheet of a defined name's reference", () => {
    expect(parseLocalAddress("$C$4:F9")).toEqual({ row: 4, column: 3, lastRow: 9, lastColumn: 6 });
    expect(sheetOfAddress("='考评结果'!$A$1")).toBe("考评结果");
    expect(sheetOfAddress(" 考评结果!$A$1")).toBe("考评结果");
    expect(sheetOfAddress("#REF!")).toBeNull();
  });

  it.each([
    ["A1", { row: 1, column: 1 }],
    ["AB12", { row: 12, column: 28 }],
    ["xfd1048576", { row: 1048576, column: 16384 }],
    ["$C$4", { row: 4, column: 3 }],
    ["A01", { row: 1, column: 1 }],
    ["A0", null],
    ["12", null],
    ["A", null],
    ["ABCD1", null],
    ["A1B", null],
    ["A 1", null],
    ["", null],
  ])("reads the cell reference %s (a sheet part's `r`)", (ref, cell) => {
    expect(parseCellRef(ref)).toEqual(cell);
  });

  it.each([
    ["B2:F20", { row: 2, column: 2, lastRow: 20, lastColumn: 6 }],
    ["F20:B2", { row: 2, column: 2, lastRow: 20, lastColumn: 6 }],
    [" $A$1 ", { row: 1, column: 1, lastRow: 1, lastColumn: 1 }],
    ["A1:", null],
    ["A1:B2:C3", null],
    ["A:A", null],
  ])("reads a file's ref %s in either corner order", (ref, range) => {
    expect(parseLocalBox(ref)).toEqual(range);
  });

  it("a local reference must run from its top left corner, a file's ref need not", () => {
    expect(parseLocalAddress("F9:C4")).toBeNull();
    expect(parseLocalAddress("A1:")).toBeNull();
    expect(parseLocalBox("F9:C4")).toEqual(parseLocalAddress("C4:F9"));
  });
});
