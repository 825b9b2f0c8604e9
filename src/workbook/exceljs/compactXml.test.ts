/* eslint-disable @typescript-eslint/no-require-imports */
import { patchCompactXml } from "./compactXml";

interface XmlStream {
  openNode(name: string, attributes?: Record<string, string>): void;
  leafNode(name: string, attributes?: Record<string, string>, text?: string): void;
  closeNode(): void;
  addRollback(): void;
  rollback(): void;
  commit(): void;
  readonly xml: string;
}
const XmlStream = require("exceljs/lib/utils/xml-stream") as new () => XmlStream;

describe("patchCompactXml", () => {
  beforeAll(() => patchCompactXml());

  it("renders a large element list exactly as joined pieces would", () => {
    const s = new XmlStream();
    s.openNode("sheetData");
    let expected = "<sheetData>";
    for (let i = 0; i < 50_000; i++) {
      s.leafNode("c", { r: `A${i}` }, String(i));
      expected += `<c r="A${i}">${i}</c>`;
    }
    expect(s.xml).toBe(`${expected}</sheetData>`);
  });

  it("keeps rollbacks working across a long run of pieces", () => {
    const s = new XmlStream();
    s.openNode("root");
    s.addRollback();
    for (let i = 0; i < 40_000; i++) s.leafNode("x", { i: String(i) });
    s.rollback();
    s.leafNode("kept");
    expect(s.xml).toBe("<root><kept/></root>");
  });
});
