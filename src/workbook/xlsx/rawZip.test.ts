import { deflateRawSync, inflateRawSync } from "node:zlib";
import { readZip } from "./zip";
import { deflateRaw, deflateRawLater } from "./deflate";
import { zipParts } from "./rawZip";
import { includesBytes, sameBytes } from "./bytes";

const sheet = new TextEncoder().encode(
  Array.from(
    { length: 4000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 1000}</v></c><c r="B${i + 1}"><v>${i / 3}</v></c></row>`,
  ).join("") + "区发改局",
);

describe("deflating on the thread pool (deflate.ts deflateRawLater)", () => {
  it("gives the bytes deflateRaw gives, which inflate back to the part", async () => {
    const later = await deflateRawLater(sheet);
    expect(later).not.toBeNull();
    expect(sameBytes(later!, deflateRaw(sheet))).toBe(true);
    expect(sameBytes(later!, deflateRawSync(sheet, { level: 6 }))).toBe(true);
    expect(sameBytes(inflateRawSync(later!), sheet)).toBe(true);
  });
});

describe("zipParts", () => {
  const small = new TextEncoder().encode('<?xml version="1.0"?><workbook/>');
  // The entries' times are the zip's only bytes that follow the clock.
  beforeEach(() => jest.spyOn(Date, "now").mockReturnValue(Date.UTC(2017, 2, 1, 9)));
  afterEach(() => jest.restoreAllMocks());

  it("writes the same zip whether a part was sent to be deflated ahead or is deflated there", async () => {
    const ahead = await zipParts([
      { name: "xl/worksheets/sheet1.xml", content: sheet, deflating: deflateRawLater(sheet) },
      { name: "xl/workbook.xml", content: small },
    ]);
    const there = await zipParts([
      { name: "xl/worksheets/sheet1.xml", content: sheet },
      { name: "xl/workbook.xml", content: small },
    ]);
    expect(sameBytes(ahead, there)).toBe(true);
    expect(includesBytes(ahead, deflateRawSync(sheet, { level: 6 }))).toBe(true);
    const parts = readZip(ahead);
    expect([...parts.keys()]).toEqual(["xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
    expect(sameBytes(parts.get("xl/worksheets/sheet1.xml")!, sheet)).toBe(true);
    expect(sameBytes(parts.get("xl/workbook.xml")!, small)).toBe(true);
  });

  it("deflates a part again when the thread pool gave nothing, and keeps a carried-over part's bytes", async () => {
    const carried = { compression: 8, data: deflateRawSync(small, { level: 1 }) };
    const zip = await zipParts([
      { name: "a.xml", content: sheet, deflating: Promise.resolve(null) },
      { name: "b.xml", content: small, raw: carried },
    ]);
    expect(includesBytes(zip, deflateRaw(sheet))).toBe(true);
    expect(includesBytes(zip, carried.data)).toBe(true);
    expect(sameBytes(readZip(zip).get("a.xml")!, sheet)).toBe(true);
    expect(sameBytes(readZip(zip).get("b.xml")!, small)).toBe(true);
  });
});
