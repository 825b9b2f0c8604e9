import { inputTableNamed, namedAs, tableNameKey } from "./tableNames";
import { TABLES } from "./tables";

describe("tableNames", () => {
  it.each([
    ["Units", "Units"],
    ["UNITS", "Units"],
    ["units", "Units"],
    [" Indicators ", "Indicators"],
    ["考评对象", "Units"],
    ["results", null],
    ["Results", null],
    ["MyNotes", null],
    ["", null],
  ])("%p is the input table %p", (name, table) => {
    expect(inputTableNamed(name)).toBe(table);
  });

  it("tells the English name from the Chinese alias, whatever the case", () => {
    const units = TABLES.find((t) => t.name === "Units")!;
    expect(namedAs("uNiTs", units)).toBe("en");
    expect(namedAs("考评对象", units)).toBe("zh");
    expect(namedAs("Indicators", units)).toBeNull();
    expect(tableNameKey(" Units\u3000")).toBe("units");
  });
});
