import { diagnostic } from "./messages";
import { sortDiagnostics } from "./sortDiagnostics";

const unknown = (table: string, header: string) => diagnostic("COLUMN_UNKNOWN", { table }, { header });

describe("sortDiagnostics", () => {
  it("orders by severity first", () => {
    const info = unknown("Units", "x");
    const error = diagnostic("VALUE_REQUIRED", { table: "Units", row: 1 }, { column: { en: "Unit", zh: "单位" } });
    expect(sortDiagnostics([info, error]).map((d) => d.severity)).toEqual(["error", "info"]);
  });

  it("compares text by code point, not by UTF-16 code unit", () => {
    // "！" is U+FF01 and "𠀀" U+20000: by code point "！" comes first, but the
    // first code unit of "𠀀" (0xD840) is below 0xFF01, so `<` puts it first.
    const sorted = sortDiagnostics([unknown("考评对象𠀀", "a"), unknown("考评对象！", "a")]);
    expect(sorted.map((d) => d.table)).toEqual(["考评对象！", "考评对象𠀀"]);
    const byUnit = sortDiagnostics([
      diagnostic("SATISFACTION_MISSING", { unit: "😀" }, { unit: "😀", kind: "public" }),
      diagnostic("SATISFACTION_MISSING", { unit: "！" }, { unit: "！", kind: "public" }),
    ]);
    expect(byUnit.map((d) => d.unit)).toEqual(["！", "😀"]);
  });
});
