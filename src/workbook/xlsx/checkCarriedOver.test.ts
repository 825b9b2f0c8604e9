import { checkCarriedOver } from "./checkCarriedOver";
import type { WorkbookPackage } from "./readPackage";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const input = {
  parts: new Map([
    ["xl/workbook.xml", bytes("<workbook/>")],
    ["xl/charts/chart1.xml", bytes("<c:chartSpace/>")],
  ]),
} as unknown as WorkbookPackage;

describe("checkCarriedOver", () => {
  it("passes a copy with every part, the unedited ones unchanged", () => {
    const parts = [
      { name: "xl/workbook.xml", content: bytes("<workbook><sheets/></workbook>") },
      { name: "xl/charts/chart1.xml", content: bytes("<c:chartSpace/>") },
      { name: "xl/worksheets/sheet9.xml", content: bytes("<worksheet/>") },
    ];
    expect(() => checkCarriedOver(input, parts, new Set(["xl/workbook.xml"]))).not.toThrow();
  });

  it("refuses a copy that lacks a part", () => {
    expect(() => checkCarriedOver(input, [{ name: "xl/workbook.xml", content: bytes("<workbook/>") }], new Set())).toThrow(
      "xl/charts/chart1.xml: the copy would lack this part of the input",
    );
  });

  it("refuses a copy that changes a part Appraise does not edit", () => {
    const parts = [
      { name: "xl/workbook.xml", content: bytes("<workbook/>") },
      { name: "xl/charts/chart1.xml", content: bytes("<c:chartSpace></c:chartSpace>") },
    ];
    expect(() => checkCarriedOver(input, parts, new Set())).toThrow("xl/charts/chart1.xml: the copy would change this part of the input");
  });
});
